import { useEffect, useRef } from 'react';
import type { Answer, Question } from '../../domain/diagnosis/types';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';
import { ANSWER_LABEL } from '../../domain/diagnosis/words';
import { WALK_START } from './focusWalkStart';
import { ANSWER_KEYS as KEYS, KEY } from '../shortcuts/keys';

interface Props {
  question: Question;
  number: number;
  aboutLeft: number;
}

/** One question at a time, one line long; why, how to find out and the check unfold on demand. */
export function QuestionCard({ question, number, aboutLeft }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLElement>(null);
  const { answerQuestion } = appStore.getState();
  // Only a question with a premise can have a false one.
  const choices: readonly Answer[] = question.requires ? ['yes', 'no', 'unsure', 'na'] : ['yes', 'no', 'unsure'];
  // A new question takes the focus, so keyboard users answer in place; but not from someone
  // changing an earlier answer in the trail.
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !card.current?.contains(active)) return;
    first.current?.focus({ preventScroll: true });
    card.current?.scrollIntoView({ block: 'nearest' });
  }, [question.id]);

  return (
    <article
      ref={card}
      aria-labelledby="question-text"
      aria-describedby="question-progress"
      data-question={question.id}
      data-kind={question.kind}
      className="scroll-mt-20 rounded-lg border border-sky-200 bg-sky-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/40"
      onKeyDown={(e) => {
        // A held key would answer the next questions too.
        if (e.repeat || e.altKey || e.metaKey || e.ctrlKey || e.target instanceof HTMLTextAreaElement) return;
        const choice = choices.find((c) => KEYS[c] === e.key.toLowerCase());
        if (choice) answerQuestion(question.id, choice);
      }}
    >
      <p id="question-progress" className="flex flex-wrap items-center gap-x-2 text-xs font-semibold text-sky-800 dark:text-sky-300" aria-live="polite">
        <span>
          Question {number} · about {aboutLeft} left
        </span>
        {question.kind === 'check' ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200">Check: someone has to run this</span>
        ) : (
          <span className="rounded bg-sky-100 px-1.5 py-0.5 font-medium text-sky-900 dark:bg-sky-900 dark:text-sky-100">From what you know</span>
        )}
      </p>
      <h3 id="question-text" className="mt-1 text-base leading-snug font-semibold">{question.text}</h3>
      <div className="mt-3 grid grid-cols-2 gap-2 sm:flex" role="group" aria-label="Your answer" aria-describedby="question-text">
        {choices.map((c, i) => (
          <Button
            key={c}
            ref={i === 0 ? first : undefined}
            {...(i === 0 ? { [WALK_START]: '' } : {})}
            variant={c === 'yes' || c === 'no' ? 'primary' : 'secondary'}
            className="flex-1 whitespace-nowrap"
            aria-keyshortcuts={KEYS[c].toUpperCase()}
            onClick={() => answerQuestion(question.id, c)}
          >
            {ANSWER_LABEL[c]}
          </Button>
        ))}
      </div>
      <p className="mt-1 text-right text-[11px] text-slate-600 dark:text-slate-400">
        Keys: <kbd>Y</kbd> yes · <kbd>N</kbd> no · <kbd>U</kbd> not sure{question.requires && <> · <kbd>A</kbd> does not apply</>} · <kbd>{KEY.verdict.toUpperCase()}</kbd> verdict now
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-xs font-semibold text-slate-700 dark:text-slate-300">Why we ask · how to find out</summary>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{question.why}</p>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          <span className="font-semibold">Look: </span>
          {question.howToFind}
        </p>
        {question.check && (
          <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-2 font-mono text-xs break-words whitespace-pre-wrap text-slate-100 dark:bg-black">
            <code>{question.check}</code>
          </pre>
        )}
      </details>
    </article>
  );
}
