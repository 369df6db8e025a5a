import { useEffect, useRef, useState } from 'react';
import { seamVerdict } from '../../domain/clause';
import { SEAMS, type SeamId } from '../../domain/seams';
import { Button } from '../../components/ui/Button';
import { LABEL } from '../../components/ui/fieldStyle';
import { VerdictBadge } from '../../components/ui/VerdictBadge';
import { appStore, useApp } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { TID } from '../../testIds';
import { ClauseCard } from './ClauseCard';
import { EvidenceView } from './EvidenceView';
import { TemplatePicker } from './TemplatePicker';
import { TimelineCallout } from '../timeline/TimelineCallout';

/** One seam's contract: what it is about, its dimensions, the example's evidence and its clauses. */
export function SeamPanel({ seam }: { seam: SeamId }) {
  const contract = useApp((s) => selectActive(s).seams[seam]);
  const [picking, setPicking] = useState(false);
  const def = SEAMS[seam];
  const verdict = seamVerdict(contract.clauses);
  const { selectSeam, addClause, openLesson } = appStore.getState();
  const heading = useRef<HTMLHeadingElement>(null);
  // When the panel replaces what had focus (an accepted verdict, a closed dialog), focus lands here, not on the page.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus({ preventScroll: true });
  }, [seam]);

  return (
    <section data-testid={TID.seamPanel} data-seam={seam} aria-labelledby="seam-panel-title" className="space-y-4">
      <header>
        <div className="flex items-start gap-2">
          <h2 id="seam-panel-title" ref={heading} tabIndex={-1} className="min-w-0 flex-1 text-lg font-semibold outline-none">{def.name}</h2>
          <Button variant="ghost" className="-mt-1 px-2 text-violet-800 dark:text-violet-300" aria-label="Open the lesson on this seam" onClick={() => openLesson({ kind: 'seam', seam })}>Lesson</Button>
          <Button variant="ghost" className="-mt-1 px-2" aria-label="Close seam and show the overview" onClick={() => selectSeam(null)}>✕</Button>
        </div>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <VerdictBadge verdict={verdict} />
          <span className="text-xs text-slate-500 dark:text-slate-400">{def.heading} · {def.parties}</span>
        </div>
      </header>

      <p className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">{def.about}</p>

      <div>
        <h3 className={LABEL}>Dimensions</h3>
        <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Dimensions">
          {def.dimensions.map((d) => (
            <li key={d} className="rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900 ring-1 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800">{d}</li>
          ))}
        </ul>
      </div>

      {contract.evidence && <EvidenceView evidence={contract.evidence} />}

      {seam === 'orchestration' && <TimelineCallout text="On a clock: when each task starts, what it reads, and the rows a race loses." />}

      <div>
        <div className="flex items-center justify-between">
          <h3 className={LABEL}>Contract · {contract.clauses.length} {contract.clauses.length === 1 ? 'clause' : 'clauses'}</h3>
          <Button data-testid={TID.addClause} aria-expanded={picking} onClick={() => setPicking((p) => !p)}>+ Add clause</Button>
        </div>
        {picking && (
          <div className="mt-2">
            <TemplatePicker
              seam={seam}
              onPick={(template) => {
                addClause(seam, template);
                setPicking(false);
              }}
            />
          </div>
        )}
        {contract.clauses.length === 0 ? (
          <p className="mt-2 rounded-lg border border-dashed border-slate-300 p-3 text-sm text-slate-500 dark:border-slate-600 dark:text-slate-400">
            No clauses yet. Add what the receiving side assumes about this handoff, then what it actually got.
          </p>
        ) : (
          <ol className="mt-2 space-y-3" aria-label="Clauses">
            {contract.clauses.map((c, i) => (
              <ClauseCard key={c.id} seam={seam} clause={c} index={i} count={contract.clauses.length} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
