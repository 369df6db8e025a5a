import type { Workspace } from '../workspace';
import { hasSchedules, pipelineTimeline } from './fromPipeline';
import type { Timeline } from './types';

/**
 * Where a timeline's figures come from, so the chart can say so: a worked example's (never shown
 * as the user's own) or the schedules of the user's imported pipeline.
 */
export type TimelineSource =
  | { readonly origin: 'example'; readonly exampleTitle: string; readonly timeline: Timeline }
  | { readonly origin: 'workspace'; readonly timeline: Timeline; readonly omitted: number };

export interface TimedExample {
  readonly title: string;
  readonly timeline?: Timeline;
}

/**
 * The timeline to draw for a workspace: the example it was opened from if that example has one,
 * else its own schedules, else the orchestration example so the seam can still be taught.
 */
export function timelineSource(ws: Workspace, openedFrom: TimedExample | undefined, fallback: TimedExample & { timeline: Timeline }): TimelineSource {
  if (openedFrom?.timeline) return { origin: 'example', exampleTitle: openedFrom.title, timeline: openedFrom.timeline };
  if (ws.pipeline && hasSchedules(ws.pipeline)) return { origin: 'workspace', ...pipelineTimeline(ws.pipeline) };
  return { origin: 'example', exampleTitle: fallback.title, timeline: fallback.timeline };
}
