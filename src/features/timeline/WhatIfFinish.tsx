import { LABEL } from '../../components/ui/fieldStyle';
import { parseClock } from '../../domain/timeline/clock';
import type { Timeline } from '../../domain/timeline/types';
import { unfinishedUpstreams } from '../../domain/timeline/whatIf';

/** Tasks others read from, with no finish given: the learner can try one, and it becomes a handle on the chart. */
export function WhatIfFinish({ timeline, onFinish }: { timeline: Timeline; onFinish: (task: string, minute: number) => void }) {
  const open = unfinishedUpstreams(timeline);
  if (open.length === 0) return null;
  return (
    <fieldset>
      <legend className={LABEL}>What if it finished at…</legend>
      {open.map((t) => (
        <label key={t.id} className="mt-1 flex items-center gap-2 text-sm">
          {`${t.name} finished writing at`}
          <input
            type="time"
            className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-900"
            onChange={(e) => {
              const m = parseClock(e.target.value);
              if (m !== null) onFinish(t.id, m);
            }}
          />
          <span className="text-xs text-slate-600 dark:text-slate-400">UTC</span>
        </label>
      ))}
    </fieldset>
  );
}
