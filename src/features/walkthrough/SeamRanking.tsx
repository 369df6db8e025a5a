import type { SeamReason } from '../../domain/diagnosis/explain';
import type { KnowledgeBase } from '../../domain/diagnosis/knowledgeBase';
import type { SeamScore } from '../../domain/diagnosis/rank';
import { SEAMS, type SeamId } from '../../domain/seams';
import { pct, reasonText } from '../../domain/diagnosis/words';

interface Props {
  kb: KnowledgeBase;
  seams: readonly SeamScore[];
  reasons: ReadonlyMap<SeamId, readonly SeamReason[]>;
  hasEvidence: boolean;
}

/** How many reasons each explained seam lists, strongest first. */
const SHOWN = 3;

/** The live ranking of seams; the top ones say, without a click, what raised and lowered them. */
export function SeamRanking({ kb, seams, reasons, hasEvidence }: Props) {
  return (
    <section aria-labelledby="ranking-title" data-testid="seam-ranking">
      <h3 id="ranking-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Where it likely broke
      </h3>
      {!hasEvidence && <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Cannot tell yet: every seam is equally likely until you say what you saw.</p>}
      <ol className="mt-1 space-y-1.5" aria-label="Seams by likelihood">
        {seams.map((s, i) => {
          const mine = reasons.get(s.seam)?.slice(0, SHOWN) ?? [];
          return (
            <li key={s.seam} data-seam={s.seam} data-rank={i + 1} data-probability={s.probability.toFixed(4)} className="text-sm">
              <div className="flex items-center gap-2">
                <span className="w-4 shrink-0 text-right text-xs tabular-nums text-slate-500 dark:text-slate-400">{i + 1}</span>
                <span className={`w-36 shrink-0 truncate ${i === 0 ? 'font-semibold' : ''}`}>{SEAMS[s.seam].name}</span>
                <span className="h-2 min-w-0 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" aria-hidden>
                  <span className={`block h-full rounded-full ${i === 0 ? 'bg-sky-600 dark:bg-sky-400' : 'bg-slate-400 dark:bg-slate-500'}`} style={{ width: pct(s.probability) }} />
                </span>
                <span className="w-10 shrink-0 text-right text-xs tabular-nums">{pct(s.probability)}</span>
              </div>
              {hasEvidence && mine.length > 0 && (
                <ul className="mt-0.5 ml-6 space-y-0.5 text-xs" aria-label={`Why ${SEAMS[s.seam].name}`}>
                  {mine.map((r) => (
                    <li key={`${r.kind}:${r.id}`} className={r.effect > 0 ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300'}>
                      <span aria-hidden>{r.effect > 0 ? '▲ ' : '▼ '}</span>
                      <span className="sr-only">{r.effect > 0 ? 'Raised by: ' : 'Lowered by: '}</span>
                      {reasonText(kb, r)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
