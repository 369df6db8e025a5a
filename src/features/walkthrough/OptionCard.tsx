import { useEffect, useRef } from 'react';
import type { Question } from '../../domain/diagnosis/types';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';
import { ANSWER_LABEL } from '../../domain/diagnosis/words';
import { WALK_START } from './focusWalkStart';
import { ANSWER_KEYS, KEY } from '../shortcuts/keys';

interface Props {
  group: string;
  text: string;
  options: readonly Question[];
  number: number;
  aboutLeft: number;
}

/**
 * A question with options, asked once: the user picks the part the report names (a digit key),
 * or says not sure for all of them.
 */
export function OptionCard({ group, text, options, number, aboutLeft }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLElement>(null);
  const { answerGroup } = appStore.getState();
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !card.current?.contains(active)) return;
    first.current?.focus({ preventScroll: true });
    card.current?.scrollIntoView({ block: 'nearest' });
  }, [group]);

  return (
    <article
      ref={card}
      aria-labelledby="question-text"
      aria-describedby="question-progress"
      data-question={group}
      data-kind="observation"
      className="scroll-mt-20 rounded-lg border border-sky-200 bg-sky-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/40"
      onKeyDown={(e) => {
        if (e.repeat || e.altKey || e.metaKey || e.ctrlKey) return;
        const digit = Number.parseInt(e.key, 10);
        const picked = Number.isInteger(digit) ? options[digit - 1] : undefined;
        if (picked) answerGroup(group, picked.id);
        else if (e.key.toLowerCase() === ANSWER_KEYS.unsure) answerGroup(group, null);
      }}
    >
      <p id="question-progress" className="flex flex-wrap items-center gap-x-2 text-xs font-semibold text-sky-800 dark:text-sky-300" aria-live="polite">
        <span>
          Question {number} · about {aboutLeft} left
        </span>
        <span className="rounded bg-sky-100 px-1.5 py-0.5 font-medium text-sky-900 dark:bg-sky-900 dark:text-sky-100">From what you know · pick one</span>
      </p>
      <h3 id="question-text" className="mt-1 text-base leading-snug font-semibold">{text}</h3>
      <div className="mt-3 flex flex-col gap-1.5" role="group" aria-label="Your answer" aria-describedby="question-text">
        {options.map((q, i) => (
          <Button
            key={q.id}
            ref={i === 0 ? first : undefined}
            {...(i === 0 ? { [WALK_START]: '' } : {})}
            variant="secondary"
            data-option={q.id}
            className="w-full justify-start! text-left whitespace-normal!"
            aria-keyshortcuts={String(i + 1)}
            onClick={() => answerGroup(group, q.id)}
          >
            <kbd className="mr-1 shrink-0 self-start pt-0.5 text-xs text-slate-500 dark:text-slate-400">{i + 1}</kbd>
            <span className="min-w-0">{q.option ?? q.text}</span>
          </Button>
        ))}
        <Button variant="secondary" className="w-full justify-start!" aria-keyshortcuts={ANSWER_KEYS.unsure.toUpperCase()} onClick={() => answerGroup(group, null)}>
          <kbd className="mr-1 shrink-0 text-xs text-slate-500 dark:text-slate-400">U</kbd>
          {ANSWER_LABEL.unsure}
        </Button>
      </div>
      <p className="mt-1 text-right text-[11px] text-slate-600 dark:text-slate-400">
        Keys: <kbd>1</kbd>–<kbd>{options.length}</kbd> pick · <kbd>U</kbd> not sure · <kbd>{KEY.verdict.toUpperCase()}</kbd> verdict now
      </p>
    </article>
  );
}
