import { Button } from '../../components/ui/Button';
import { templateById } from '../../domain/catalog';
import { grade, type QuizAnswer } from '../../domain/quiz/score';
import type { QuizItem, QuizLevel } from '../../domain/quiz/types';
import { SEAMS } from '../../domain/seams';
import { TID } from '../../testIds';
import { openSeamLesson } from './lessonLink';

const clauseTitle = (id: string | undefined) => (id ? (templateById(id)?.title ?? id) : 'none');

/** Right or wrong, the facts in the story that pointed at the answer, and where to read more. */
export function QuizVerdict({ item, level, answer, last, onNext }: { item: QuizItem; level: QuizLevel; answer: QuizAnswer | undefined; last: boolean; onNext: () => void }) {
  if (!answer) return null;
  const g = grade(item, answer, level);
  const seam = SEAMS[item.seam];
  return (
    <section data-testid={TID.quizVerdict} data-right={g.right} aria-label="Verdict" className="space-y-4">
      <blockquote className="rounded-lg border-l-4 border-slate-300 px-4 py-2 text-slate-700 dark:border-slate-600 dark:text-slate-300">{item.story}</blockquote>
      <p className={`text-lg font-semibold ${g.right ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300'}`}>
        <span aria-hidden>{g.right ? '✓ ' : '✕ '}</span>
        {g.seamRight ? `It broke at ${seam.name}.` : `You picked ${SEAMS[answer.seam].name}; it broke at ${seam.name}.`}
      </p>
      {level === 2 && (
        <p>
          {g.clauseRight ? 'Your clause is the one: ' : `You picked “${clauseTitle(answer.clause)}”. The clause that would have prevented it: `}
          <strong>{item.clauses.map((id) => clauseTitle(id)).join(' · ')}</strong>
        </p>
      )}
      <div>
        <h3 className="font-semibold">What pointed there</h3>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {item.pointers.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {seam.name} covers {seam.dimensions.join(', ')}.{' '}
        <button type="button" className="font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300" onClick={() => openSeamLesson(item.seam)}>
          Read the {seam.name} lesson
        </button>{' '}
        (the quiz waits where you left it).
      </p>
      <Button variant="primary" onClick={onNext} data-autofocus>
        {last ? 'See your score' : 'Next question'}
      </Button>
    </section>
  );
}
