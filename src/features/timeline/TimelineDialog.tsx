import { useMemo, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { LABEL } from '../../components/ui/fieldStyle';
import { Modal } from '../../components/ui/Modal';
import { presetById } from '../../domain/presets';
import { duration } from '../../domain/timeline/clock';
import { detectFlags, missedMinutes } from '../../domain/timeline/detect';
import { resolveFinishes } from '../../domain/timeline/finish';
import { describeFlag, flagTitle } from '../../domain/timeline/explain';
import { timelineSource } from '../../domain/timeline/source';
import type { Timeline, TimelineFlag } from '../../domain/timeline/types';
import { addNeed, clockRange, declareWait, dependencies, moveTask, removeNeed, widenRange } from '../../domain/timeline/whatIf';
import type { Workspace } from '../../domain/workspace';
import { TID } from '../../testIds';
import { ChartLegend } from './ChartLegend';
import { NeedForm } from './NeedForm';
import { TimelineChart } from './TimelineChart';
import { WhatIfFinish } from './WhatIfFinish';

/** The seam's own worked example: drawn when a workspace has no times of its own. */
const ORCHESTRATION_EXAMPLE = 'undeclared-dependency';

const TONE = {
  race: 'bg-rose-50 text-rose-900 dark:bg-rose-950 dark:text-rose-100',
  unknown: 'bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50',
  clear: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
} as const;

/** The one figure a learner watches: rows lost to races, or why there are none. */
function headline(flags: readonly TimelineFlag[]): { text: string; tone: keyof typeof TONE } {
  const missed = missedMinutes(flags);
  if (missed > 0) return { text: `${duration(missed)} of rows never loaded`, tone: 'race' };
  const unknown = flags.filter((f) => f.kind === 'unknownFinish').length;
  if (unknown > 0) return { text: `Cannot tell: ${unknown === 1 ? 'one handoff' : `${unknown} handoffs`} with no wait declared and no finish time`, tone: 'unknown' };
  return { text: 'No race: every task starts after what it reads has finished, or waits for it', tone: 'clear' };
}

/** The orchestration timeline: a Gantt of the tasks' schedules, races and misses flagged, every time draggable as a what-if. */
export function TimelineDialog({ workspace, onClose }: { workspace: Workspace; onClose: () => void }) {
  const source = useMemo(() => {
    const fallback = presetById(ORCHESTRATION_EXAMPLE);
    const opened = workspace.presetId ? presetById(workspace.presetId) : undefined;
    return timelineSource(workspace, opened, { title: fallback?.title ?? '', timeline: fallback?.timeline ?? { tasks: [], needs: [] } });
  }, [workspace]);
  const [timeline, setTimeline] = useState<Timeline>(source.timeline);
  const [range, setRange] = useState(() => clockRange(resolveFinishes(source.timeline)));
  // Drawn with every finish worked out; what-ifs still change the figures as given.
  const shown = resolveFinishes(timeline);
  const flags = detectFlags(timeline);
  const names = new Map(timeline.tasks.map((t) => [t.id, t.name]));
  const head = headline(flags);

  return (
    <Modal title="Orchestration timeline" testId={TID.timelineDialog} wide onClose={onClose}>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {source.origin === 'example'
          ? `Worked example: ${source.exampleTitle}. These are the example's figures, not your pipeline's.`
          : `Your pipeline's schedules, in UTC. Imports give no finish times, so none is drawn.${source.omitted > 0 ? ` ${source.omitted} more scheduled tasks are not drawn.` : ''}`}
      </p>
      <p
        data-testid={TID.timelineHeadline}
        role="status"
        data-tone={head.tone}
        className={`rounded-md px-3 py-2 text-base font-semibold ${TONE[head.tone]}`}
      >
        {head.text}
      </p>
      {timeline.tasks.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No task here has a time of day.</p>
      ) : (
        <>
          <TimelineChart timeline={shown} range={range} flags={flags} onMove={(id, change) => setTimeline((t) => moveTask(t, id, change))} />
          <ChartLegend />
        </>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Drag a start or a finish, or focus one and use the arrow keys (Shift: 15 minutes, Page Up and Down: an hour). What you move here is a what-if and is not saved.
      </p>
      {dependencies(timeline).length > 0 && (
        <fieldset>
          <legend className={LABEL}>Declared waits</legend>
          {dependencies(timeline).map((d) => (
            <label key={`${d.task}<${d.upstream}`} className="mt-1 flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={d.declared}
                onChange={(e) => setTimeline((t) => declareWait(t, d.task, d.upstream, e.target.checked))}
                className="size-4 accent-sky-700"
              />
              {`${names.get(d.task) ?? d.task} waits for ${names.get(d.upstream) ?? d.upstream} (a sensor or a declared dependency)`}
            </label>
          ))}
        </fieldset>
      )}
      <WhatIfFinish
        timeline={shown}
        onFinish={(id, minute) => {
          setRange((r) => widenRange(r, minute));
          setTimeline((t) => moveTask(t, id, { finish: minute }));
        }}
      />
      {timeline.tasks.length > 0 && (
        <NeedForm timeline={timeline} onAdd={(need) => setTimeline((t) => addNeed(t, need))} onRemove={(i) => setTimeline((t) => removeNeed(t, i))} />
      )}
      {flags.length > 0 && (
        <ul data-testid={TID.timelineFlags} aria-label="What the timeline flags" className="space-y-2">
          {flags.map((f) => (
            <li key={`${f.kind}:${f.task}:${'upstream' in f ? f.upstream : f.consumer}`} data-flag={f.kind} className="rounded-md border border-rose-200 bg-rose-50/60 px-3 py-2 text-sm dark:border-rose-900 dark:bg-rose-950/40">
              <span className="mr-1 font-semibold text-rose-900 dark:text-rose-200">{flagTitle(f)}:</span>
              {describeFlag(f, timeline)}
            </li>
          ))}
        </ul>
      )}
      <div className="flex justify-end">
        <Button
          onClick={() => {
            setTimeline(source.timeline);
            setRange(clockRange(resolveFinishes(source.timeline)));
          }}
        >{source.origin === 'example' ? "Back to the example's figures" : 'Back to the schedules'}</Button>
      </div>
    </Modal>
  );
}
