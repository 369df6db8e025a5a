import { templateById } from '../../domain/catalog';
import { causeById } from '../../domain/diagnosis/causes';
import { symptomById } from '../../domain/diagnosis/symptoms';
import { SEAM_LESSONS } from '../../domain/lessons/seamLessons';
import { presetById } from '../../domain/presets';
import { SEAMS, type SeamId } from '../../domain/seams';
import { Button } from '../../components/ui/Button';
import { LABEL } from '../../components/ui/fieldStyle';
import { appStore } from '../../store/appStore';
import { EvidenceView } from '../seamPanel/EvidenceView';
import { Linked, makeLinker } from './Linked';

const PROSE = 'text-sm leading-relaxed text-slate-700 dark:text-slate-300';

/** What crosses a seam, the source's dimensions, its worked example, how it breaks and what to write down. */
export function SeamLesson({ seam }: { seam: SeamId }) {
  const lesson = SEAM_LESSONS[seam];
  const def = SEAMS[seam];
  const preset = presetById(lesson.example);
  const link = makeLinker();
  const { selectSeam, openPreset, startScenario } = appStore.getState();
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs text-slate-500 dark:text-slate-400">{def.heading} · {def.parties}</span>
        <Button className="ml-auto" onClick={() => selectSeam(seam)}>Open its contract</Button>
      </div>
      <div>
        <h3 className={LABEL}>What crosses it</h3>
        <p className={`${PROSE} mt-1`}><Linked segments={link(lesson.crosses)} /></p>
      </div>
      <div>
        <h3 className={LABEL}>Dimensions, as the source names them</h3>
        <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Dimensions">
          {def.dimensions.map((d) => (
            <li key={d} className="rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900 ring-1 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800">{d}</li>
          ))}
        </ul>
      </div>
      {preset && (
        <div className="space-y-2">
          <h3 className={LABEL}>Worked example: {preset.title}</h3>
          <p className={PROSE}><Linked segments={link(lesson.exampleSays)} /></p>
          <EvidenceView evidence={preset.evidence} />
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void openPreset(preset.id).then(() => selectSeam(seam))}>Open this example</Button>
            <Button variant="ghost" onClick={() => void startScenario(preset.id)}>Walk through it</Button>
          </div>
        </div>
      )}
      <div>
        <h3 className={LABEL}>Common ways it breaks</h3>
        <ul className="mt-1 space-y-2" aria-label="Common ways it breaks">
          {lesson.breaks.map((b) => {
            const symptoms = (causeById(b.cause)?.symptoms ?? []).flatMap((id) => symptomById(id)?.label ?? []);
            return (
              <li key={b.cause} className="rounded-lg border border-slate-200 p-2.5 dark:border-slate-700">
                <p className={PROSE}><Linked segments={link(b.plain)} /></p>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  <span className="font-semibold">Shows as:</span> {symptoms.join(' · ')}
                </p>
              </li>
            );
          })}
        </ul>
      </div>
      <div>
        <h3 className={LABEL}>Clauses to write down</h3>
        <ul className="mt-1 space-y-2" aria-label="Clauses to write down">
          {lesson.clauses.flatMap((id) => templateById(id) ?? []).map((t) => (
            <li key={t.id} className="text-sm">
              <span className="font-medium">{t.title}</span>
              <span className="ml-1.5 rounded-full bg-slate-100 px-1.5 text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300">{t.dimension}</span>
              <span className="block text-slate-600 dark:text-slate-400">Assumed: {t.assumed}</span>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
