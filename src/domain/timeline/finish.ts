import type { TimedTask, Timeline } from './types';

/** A task's finish as stated, or as its start plus its expected duration; undefined when neither says. */
export function finishOf(task: TimedTask): number | undefined {
  if (task.finish !== undefined) return task.finish;
  return task.start !== undefined && task.durationMinutes !== undefined ? task.start + task.durationMinutes : undefined;
}

/** Every finish worked out, so the chart and the detector read one `finish` per task. */
export function resolveFinishes(timeline: Timeline): Timeline {
  return {
    ...timeline,
    tasks: timeline.tasks.map((t) => {
      const finish = finishOf(t);
      return finish === undefined || t.finish !== undefined ? t : { ...t, finish };
    }),
  };
}
