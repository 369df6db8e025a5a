import { useEffect, useRef } from 'react';
import type { Answer, Question } from '../../domain/diagnosis/types';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';

interface Props {
  question: Question;
  number: number;
}

const CHOICES: readonly { value: Answer; label: string; key: string }[] = [
  { value: 'yes', label: 'Yes', key: 'y' },
  { value: 'no', label: 'No', key: 'n' },
  { value: 'unsure', label: 'Not sure', key: 'u' },
];

/** One question at a time: why it is asked, how to find out, and three ways to answer. */
export function QuestionCard({ question, number }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLElement>(null);
  const { answerQuestion } = appStore.getState();
  // A new question takes the focus, so keyboard users answer in place.
  useEffect(() => {
    first.current?.focus({ preventScroll: true });
    card.current?.scrollIntoView({ block: 'nearest' });
  }, [question.id]);

  return (
    <article
      ref={card}
      aria-labelledby="question-text"
      data-question={question.id}
      className="rounded-lg border border-sky-200 bg-sky-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/40"
      onKeyDown={(e) => {
        const choice = CHOICES.find((c) => c.key === e.key.toLowerCase());
        // A held key would answer the next questions too.
        if (e.repeat || e.altKey || e.metaKey || e.ctrlKey) return;
        if (choice && !(e.target instanceof HTMLTextAreaElement)) answerQuestion(question.id, choice.value);
      }}
    >
      <p className="text-xs font-semibold text-sky-800 dark:text-sky-300">Question {number}</p>
      <h3 id="question-text" className="mt-0.5 text-base font-semibold leading-snug">{question.text}</h3>
      <div className="mt-3 flex gap-2" role="group" aria-label="Your answer">
        {CHOICES.map((c, i) => (
          <Button
            key={c.value}
            ref={i === 0 ? first : undefined}
            variant={c.value === 'unsure' ? 'secondary' : 'primary'}
            className="flex-1 whitespace-nowrap"
            aria-keyshortcuts={c.key.toUpperCase()}
            onClick={() => answerQuestion(question.id, c.value)}
          >
            {c.label}
          </Button>
        ))}
      </div>
      <p className="mt-1 text-right text-[11px] text-slate-500 dark:text-slate-400">
        Keys: <kbd>Y</kbd> yes · <kbd>N</kbd> no · <kbd>U</kbd> not sure
      </p>
      <details className="mt-3 text-sm" open>
        <summary className="cursor-pointer text-xs font-semibold text-slate-600 dark:text-slate-300">Why we ask · how to find out</summary>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{question.why}</p>
        <p className="mt-1 text-slate-700 dark:text-slate-300"><span className="font-semibold">Look: </span>{question.howToFind}</p>
        {question.check && (
          <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-2 font-mono text-xs whitespace-pre-wrap break-words text-slate-100 dark:bg-black">
            <code>{question.check}</code>
          </pre>
        )}
      </details>
    </article>
  );
}
