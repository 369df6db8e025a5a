import type { KnowledgeBase } from '../../domain/diagnosis/knowledgeBase';
import type { Reason, SeamScore } from '../../domain/diagnosis/rank';
import { SEAMS } from '../../domain/seams';

const pct = (p: number) => `${Math.round(p * 100)}%`;

function reasonText(kb: KnowledgeBase, r: Reason): string {
  if (r.kind === 'symptom') return kb.symptoms.find((s) => s.id === r.id)?.label ?? r.id;
  const q = kb.questions.find((x) => x.id === r.id)?.text ?? r.id;
  return `${q} — ${r.answer === 'yes' ? 'yes' : 'no'}`;
}

/** The live ranking of seams; each says which answers raised or lowered it. */
export function SeamRanking({ kb, seams }: { kb: KnowledgeBase; seams: readonly SeamScore[] }) {
  return (
    <section aria-labelledby="ranking-title">
      <h3 id="ranking-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Where it likely broke
      </h3>
      <ol className="mt-1 space-y-1" aria-label="Seams by likelihood">
        {seams.map((s, i) => {
          const raised = s.top.reasons.filter((r) => r.direction === 'raised');
          const lowered = s.top.reasons.filter((r) => r.direction === 'lowered');
          return (
            <li key={s.seam} data-seam={s.seam} data-rank={i + 1}>
              <details className="group rounded-md px-1 py-0.5 open:bg-slate-50 dark:open:bg-slate-800/60">
                <summary className="flex cursor-pointer items-center gap-2 text-sm">
                  <span className="w-4 shrink-0 text-right text-xs tabular-nums text-slate-500">{i + 1}</span>
                  <span className={`w-36 shrink-0 truncate ${i === 0 ? 'font-semibold' : ''}`}>{SEAMS[s.seam].name}</span>
                  <span className="h-2 min-w-0 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" aria-hidden>
                    <span className={`block h-full rounded-full ${i === 0 ? 'bg-sky-600 dark:bg-sky-400' : 'bg-slate-400 dark:bg-slate-500'}`} style={{ width: pct(s.probability) }} />
                  </span>
                  <span className="w-10 shrink-0 text-right text-xs tabular-nums">{pct(s.probability)}</span>
                </summary>
                <div className="mt-1 ml-6 space-y-1 pb-1 text-xs">
                  <p>
                    Likeliest clause: <span className="font-medium">{s.top.cause.title}</span>
                  </p>
                  {raised.length > 0 && (
                    <p className="text-emerald-800 dark:text-emerald-300">
                      <span className="font-semibold">▲ Raised by: </span>
                      {raised.map((r) => reasonText(kb, r)).join('; ')}
                    </p>
                  )}
                  {lowered.length > 0 && (
                    <p className="text-rose-800 dark:text-rose-300">
                      <span className="font-semibold">▼ Lowered by: </span>
                      {lowered.map((r) => reasonText(kb, r)).join('; ')}
                    </p>
                  )}
                  {raised.length + lowered.length === 0 && <p className="text-slate-500">Nothing said yet moves it.</p>}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
