import { STAGE_LESSONS } from '../../domain/lessons/stageLessons';
import { SEAM_LIST } from '../../domain/seams';
import type { Stage } from '../../domain/stages';
import { LABEL } from '../../components/ui/fieldStyle';
import { appStore } from '../../store/appStore';
import { Linked, makeLinker } from './Linked';

const PROSE = 'text-sm leading-relaxed text-slate-700 dark:text-slate-300';

/** What a stage does, what it is built from, and the seams on either side of it. */
export function StageLesson({ stage }: { stage: Stage }) {
  const lesson = STAGE_LESSONS[stage];
  const link = makeLinker();
  const seams = SEAM_LIST.filter((s) => s.from === stage || s.to === stage || s.id === 'orchestration');
  const { openLesson } = appStore.getState();
  return (
    <>
      <div>
        <h3 className={LABEL}>What it does</h3>
        <p className={`${PROSE} mt-1`}><Linked segments={link(lesson.does)} /></p>
      </div>
      <div>
        <h3 className={LABEL}>Typically built with</h3>
        <p className={`${PROSE} mt-1`}>{lesson.examples}</p>
      </div>
      <div>
        <h3 className={LABEL}>What it owes the next stage</h3>
        <p className={`${PROSE} mt-1`}><Linked segments={link(lesson.owes)} /></p>
      </div>
      <div>
        <h3 className={LABEL}>Its seams</h3>
        <ul className="mt-1 flex flex-wrap gap-1.5">
          {seams.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="rounded-full border border-slate-300 px-2.5 py-0.5 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800"
                onClick={() => openLesson({ kind: 'seam', seam: s.id })}
              >
                {s.name}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
