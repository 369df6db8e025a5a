import { useEffect, useRef } from 'react';
import { neighbours } from '../../domain/lessons/path';
import type { LessonTarget } from '../../domain/lessons/types';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';
import { lessonTitle } from './lessonTitle';
import { SeamLesson } from './SeamLesson';
import { StageLesson } from './StageLesson';

/** A lesson in the side panel, with the path on to the next one. */
export function LessonPanel({ target }: { target: LessonTarget }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { previous, next } = neighbours(target);
  const { openLesson, closeLesson } = appStore.getState();
  // A lesson opened from a link or the path replaces what had focus: start reading at its title.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [target]);

  return (
    <section data-testid={TID.lessonPanel} data-lesson={target.kind === 'stage' ? target.stage : target.seam} aria-labelledby="lesson-title" className="space-y-4">
      <header className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-semibold tracking-wide text-violet-700 uppercase dark:text-violet-300">Lesson · {target.kind === 'stage' ? 'stage' : 'seam'}</p>
          <h2 id="lesson-title" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">{lessonTitle(target)}</h2>
        </div>
        <Button variant="ghost" className="-mt-1 px-2" aria-label="Close the lesson and show the overview" onClick={closeLesson}>✕</Button>
      </header>
      {target.kind === 'stage' ? <StageLesson stage={target.stage} /> : <SeamLesson seam={target.seam} />}
      <nav aria-label="Lessons" className="flex flex-wrap justify-between gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
        {previous ? <Button variant="ghost" onClick={() => openLesson(previous)}>Previous: {lessonTitle(previous)}</Button> : <span />}
        {next && <Button variant="ghost" onClick={() => openLesson(next)}>Next: {lessonTitle(next)}</Button>}
      </nav>
    </section>
  );
}
