import { useEffect, useRef } from 'react';
import type { Conclusion } from '../../domain/diagnosis/verdict';
import { SEAMS } from '../../domain/seams';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';

function Block({ title, children }: { title: string; children: string }) {
  return (
    <div>
      <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{title}</h4>
      <p className="mt-0.5 text-sm break-words">{children}</p>
    </div>
  );
}

/** The conclusion: where, what was assumed versus got, how to confirm, fix, and prevent. */
export function VerdictCard({ conclusion, canAskMore, accepted }: { conclusion: Conclusion; canAskMore: boolean; accepted: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { top, runnerUp } = conclusion;
  const { acceptConclusion, setWalkView } = appStore.getState();
  useEffect(() => heading.current?.focus(), []);

  return (
    <article aria-labelledby="verdict-title" data-testid="walkthrough-verdict" data-seam={top.cause.seam} data-cause={top.cause.id} className="space-y-3">
      <div className="rounded-lg border-2 border-rose-400 bg-rose-50 p-3 dark:border-rose-700 dark:bg-rose-950/60">
        <p className="text-xs font-semibold text-rose-800 dark:text-rose-300">
          Most likely broken seam · {Math.round(conclusion.topSeamProbability * 100)}%{conclusion.settled ? '' : ' (not yet settled)'}
        </p>
        <h3 id="verdict-title" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
          {SEAMS[top.cause.seam].name}
        </h3>
        <p className="text-sm font-medium">{top.cause.title}</p>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div className="rounded-md bg-slate-100 p-2 dark:bg-slate-800">
          <h4 className="text-xs font-semibold text-slate-500 uppercase dark:text-slate-400">Receiving side assumed</h4>
          <p className="mt-0.5 text-sm break-words">{top.cause.assumed}</p>
        </div>
        <div className="rounded-md bg-rose-100/70 p-2 dark:bg-rose-950">
          <h4 className="text-xs font-semibold text-rose-800 uppercase dark:text-rose-300">Actually got</h4>
          <p className="mt-0.5 text-sm break-words">{top.cause.actual}</p>
        </div>
      </div>
      <Block title="How to confirm">{top.cause.confirm}</Block>
      <Block title="Fix it now">{top.cause.fixNow}</Block>
      <Block title="Write this clause down">{top.cause.contractClause}</Block>
      {runnerUp && (
        <p className="rounded-md border border-dashed border-slate-300 p-2 text-sm dark:border-slate-600">
          <span className="font-semibold">Runner-up: </span>
          {SEAMS[runnerUp.cause.seam].name} — {runnerUp.cause.title} ({Math.round(runnerUp.probability * 100)}%)
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={() => acceptConclusion(top.cause.id)}>
          {accepted ? 'Write it into the contract again' : 'Accept: write it into the contract'}
        </Button>
        <Button onClick={() => setWalkView('questions')}>{canAskMore ? 'Ask more questions' : 'Review answers'}</Button>
      </div>
    </article>
  );
}
