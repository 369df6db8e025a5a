import { useEffect, useRef } from 'react';
import { SETTLED } from '../../domain/diagnosis/verdict';
import { SEAMS } from '../../domain/seams';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';
import type { WalkState } from '../../store/walkthroughSelectors';
import { FactList } from './FactList';
import { WALK_START } from './focusWalkStart';
import { confidenceLabel, pct } from '../../domain/diagnosis/words';

function Block({ title, children }: { title: string; children: string }) {
  return (
    <div>
      <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{title}</h4>
      <p className="mt-0.5 text-sm break-words">{children}</p>
    </div>
  );
}

const TONE = {
  settled: 'border-rose-400 bg-rose-50 dark:border-rose-700 dark:bg-rose-950/60',
  leaning: 'border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/50',
  undecided: 'border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-800/60',
} as const;

/** The conclusion: where, assumed versus what the user reported, how to confirm, fix and prevent. */
export function VerdictCard({ walk, accepted, takeFocus = true }: { walk: WalkState; accepted: boolean; takeFocus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { acceptConclusion, setWalkView } = appStore.getState();
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const c = walk.conclusion;
  if (!c || c.confidence === 'no-evidence') {
    return (
      <article aria-labelledby="verdict-title" data-testid="walkthrough-verdict" data-confidence="no-evidence" className="space-y-2 rounded-lg border border-slate-300 p-3 dark:border-slate-600">
        <h3 id="verdict-title" ref={heading} tabIndex={-1} {...{ [WALK_START]: '' }} className="text-lg font-semibold">Cannot tell yet</h3>
        <p className="text-sm">Nothing you have said points at one seam more than another. Paste the incident text, pick what you saw, or answer a question.</p>
        <Button variant="primary" onClick={() => setWalkView('symptoms')}>What did you see? →</Button>
      </article>
    );
  }
  const { top, runnerUp, confidence } = c;
  const cause = top.top.cause;
  const settled = confidence === 'settled';
  return (
    <article aria-labelledby="verdict-title" data-testid="walkthrough-verdict" data-seam={top.seam} data-cause={cause.id} data-confidence={confidence} className="space-y-3">
      <div className={`rounded-lg border-2 p-3 ${TONE[confidence]}`}>
        <p className="text-xs font-semibold">
          Most likely broken seam · {pct(top.probability)} · <span data-testid="verdict-confidence">{confidenceLabel(confidence)}</span>
        </p>
        <h3 id="verdict-title" ref={heading} tabIndex={-1} {...{ [WALK_START]: '' }} className="text-lg font-semibold">{SEAMS[top.seam].name}</h3>
        <p className="text-sm font-medium">{cause.title}</p>
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="rounded-md bg-slate-100 p-2 dark:bg-slate-800">
          <h4 className="text-xs font-semibold text-slate-600 uppercase dark:text-slate-400">Receiving side assumed</h4>
          <p className="mt-0.5 text-sm break-words">{cause.assumed}</p>
        </div>
        <div className="rounded-md bg-rose-100/70 p-2 dark:bg-rose-950">
          <h4 className="text-xs font-semibold text-rose-900 uppercase dark:text-rose-300">Actually got (what you reported)</h4>
          <p className="mt-0.5 text-sm break-words" data-testid="verdict-actual">{walk.reported}</p>
        </div>
      </div>
      <FactList fits={c.fits} against={c.against} />
      <Block title="How this breaks">{cause.mechanism}</Block>
      <Block title="How to confirm">{cause.confirm}</Block>
      <Block title="Fix it now">{cause.fixNow}</Block>
      <Block title="Write this clause down">{cause.contractClause}</Block>
      {runnerUp && (
        <p className="rounded-md border border-dashed border-slate-300 p-2 text-sm dark:border-slate-600" data-testid="verdict-runner-up">
          <span className="font-semibold">Runner-up: </span>
          {SEAMS[runnerUp.seam].name} — {runnerUp.top.cause.title} ({pct(runnerUp.probability)})
        </p>
      )}
      {!settled && walk.progress.next && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span className="font-semibold">Still open: </span>
          {walk.progress.next.text}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {settled ? (
          <Button variant="primary" onClick={() => acceptConclusion(cause.id, false)}>
            {accepted ? 'Write it into the contract again' : 'Accept: mark it broken'}
          </Button>
        ) : (
          <>
            <Button variant="primary" onClick={() => acceptConclusion(cause.id, false)}>Accept as suspect</Button>
            <Button onClick={() => acceptConclusion(cause.id, true)}>I confirmed it: mark broken</Button>
          </>
        )}
        <Button variant="ghost" onClick={() => setWalkView('questions')}>{walk.progress.next ? 'Ask more questions' : 'Review answers'}</Button>
      </div>
      {!settled && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Below {pct(SETTLED)} the walkthrough is not settled, so Accept writes a Suspect clause. Mark it broken once a check confirms it.
        </p>
      )}
    </article>
  );
}
