import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/Button';
import { FullScreenDialog } from '../../components/ui/FullScreenDialog';
import { quizItemById } from '../../domain/quiz/items';
import { grade } from '../../domain/quiz/score';
import { newSeed, type QuizLink } from '../../domain/quiz/seed';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';
import { QuizQuestion } from './QuizQuestion';
import { QuizResult } from './QuizResult';
import { QuizVerdict } from './QuizVerdict';
import { useQuizSession } from './useQuizSession';

/** "Which seam broke?": ten incident stories, a verdict on each, then the score and weak spots. */
export function QuizDialog({ link }: { link: QuizLink }) {
  const [session, dispatch] = useQuizSession(link);
  const item = quizItemById(session.itemIds[session.index] ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  const step = `${session.attempt}:${session.index}:${session.phase}`;
  // Each new question, verdict or result is announced by moving focus to its heading.
  useEffect(() => heading.current?.focus(), [step]);

  const { closeTeaching, openQuiz } = appStore.getState();
  const total = session.itemIds.length;
  const answer = item ? session.answers[item.id] : undefined;
  const verdict = item && answer && session.phase === 'answered' ? (grade(item, answer, link.level).right ? ': right' : ': not quite') : '';
  const title =
    session.phase === 'done' ? 'Your round' : `${session.attempt > 0 ? 'Again: q' : 'Q'}uestion ${session.index + 1} of ${total}${verdict}`;

  return (
    <FullScreenDialog label="Quiz: which seam broke?" testId={TID.quiz} onClose={closeTeaching}>
      <div className="mx-auto flex min-h-full max-w-4xl flex-col gap-4 px-4 py-4 md:px-6">
        <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-200 pb-3 dark:border-slate-700">
          <p className="text-lg font-semibold">Which seam broke?</p>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Round <span className="font-mono">{link.seed}</span> · {link.level === 1 ? 'Level 1: the seam' : 'Level 2: seam and clause'}
          </p>
          <div className="ml-auto flex flex-wrap gap-2">
            <Button onClick={() => openQuiz({ seed: link.seed, level: link.level === 1 ? 2 : 1 })}>
              {link.level === 1 ? 'Level 2: ask the clause too' : 'Level 1: the seam only'}
            </Button>
            <Button onClick={() => openQuiz({ seed: newSeed(Math.random), level: link.level })}>New round</Button>
            <Button variant="ghost" aria-label="Close the quiz" onClick={closeTeaching}>
              ✕
            </Button>
          </div>
        </header>
        <h2 ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none focus-visible:outline-2 focus-visible:outline-sky-600">
          {title}
        </h2>
        {session.phase === 'done' ? (
          <QuizResult session={session} link={link} onRetry={(missed) => dispatch({ type: 'retry', missed })} />
        ) : item ? (
          session.phase === 'asking' ? (
            <QuizQuestion key={item.id} item={item} level={link.level} onAnswer={(answer) => dispatch({ type: 'answer', answer })} />
          ) : (
            <QuizVerdict
              item={item}
              level={link.level}
              answer={answer}
              last={session.index + 1 >= total}
              onNext={() => dispatch({ type: 'next' })}
            />
          )
        ) : null}
      </div>
    </FullScreenDialog>
  );
}
