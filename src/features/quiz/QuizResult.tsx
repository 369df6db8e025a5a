import { Button } from '../../components/ui/Button';
import { quizItemById } from '../../domain/quiz/items';
import { summarize } from '../../domain/quiz/score';
import { quizFragment, type QuizLink } from '../../domain/quiz/seed';
import type { QuizSession } from '../../domain/quiz/session';
import { SEAMS } from '../../domain/seams';
import { TID } from '../../testIds';
import { openSeamLesson } from './lessonLink';

/** The score, the seams missed and what they were taken for, a retry of the missed, and the round's link. */
export function QuizResult({ session, link, onRetry }: { session: QuizSession; link: QuizLink; onRetry: (missed: readonly string[]) => void }) {
  const items = session.itemIds.flatMap((id) => quizItemById(id) ?? []);
  const result = summarize(items, session.answers, session.level);
  const url = `${window.location.origin}${window.location.pathname}${quizFragment(link)}`;
  return (
    <section data-testid={TID.quizResult} aria-label="Score" className="space-y-5">
      <p className="text-xl" data-testid="quiz-score">
        You got <strong>{result.right}</strong> of {result.total} right{session.attempt > 0 ? ' on this retry' : ''}.
      </p>
      {result.weakSpots.length > 0 ? (
        <div>
          <h3 className="font-semibold">Weak spots</h3>
          <ul className="mt-1 space-y-1.5" data-testid="quiz-weak-spots">
            {result.weakSpots.map((w) => (
              <li key={w.seam}>
                <strong>{SEAMS[w.seam].name}</strong>: missed {w.missed} of {w.asked}
                {w.takenFor.length > 0 && <> — taken for {w.takenFor.map((s) => SEAMS[s].name).join(', ')}</>}.{' '}
                <button type="button" className="text-sky-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300" onClick={() => openSeamLesson(w.seam)}>
                  Read the {SEAMS[w.seam].name} lesson
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>No weak spots in this round.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" data-autofocus disabled={result.missed.length === 0} onClick={() => onRetry(result.missed)}>
          Try again on what I missed{result.missed.length > 0 ? ` (${result.missed.length})` : ''}
        </Button>
      </div>
      <label className="block text-sm">
        <span className="font-medium">Link to this round</span> (everyone who opens it gets the same ten questions)
        <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900" />
      </label>
    </section>
  );
}
