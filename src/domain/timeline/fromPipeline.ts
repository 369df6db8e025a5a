import type { PipelineComponent, PipelineGraph } from '../pipeline';
import { readCadence, type Cadence } from './cron';
export { hasSchedules } from './hasSchedules';
import type { TimedTask, Timeline } from './types';

/** More rows than this stop being readable as a chart; the rest are counted, not drawn. */
export const MAX_TIMELINE_TASKS = 40;

const cadenceOf = (c: PipelineComponent): Cadence | null => (c.schedule === undefined ? null : readCadence(c.schedule));

/**
 * The workspace's scheduled work on the clock. A task runs on its own schedule or on that of the
 * orchestrator that runs it (an Airflow DAG's tasks start with the DAG). Two tasks run by the same
 * orchestrator wait for each other as its edges say; a handoff between tasks on separate schedules
 * is waited for by nothing. No finish time is invented: imports do not state one.
 */
export function pipelineTimeline(graph: PipelineGraph): { timeline: Timeline; omitted: number } {
  const byId = new Map(graph.components.map((c) => [c.id, c]));
  const runners = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!e.control || byId.get(e.from)?.placement !== 'orchestrate') continue;
    runners.set(e.to, [...(runners.get(e.to) ?? []), e.from]);
  }
  const scheduledRunner = (id: string) => (runners.get(id) ?? []).find((r) => byId.get(r) && cadenceOf(byId.get(r)!) !== null);
  const runsSomething = new Set([...runners.values()].flat());

  const placed: { c: PipelineComponent; cadence: Cadence; schedule: string; runner: string | undefined }[] = [];
  for (const c of graph.components) {
    const own = cadenceOf(c);
    if (own && !(c.placement === 'orchestrate' && runsSomething.has(c.id))) {
      placed.push({ c, cadence: own, schedule: c.schedule ?? '', runner: undefined });
      continue;
    }
    const runner = own ? undefined : scheduledRunner(c.id);
    const r = runner === undefined ? undefined : byId.get(runner);
    const cadence = r ? cadenceOf(r) : null;
    if (r && cadence) placed.push({ c, cadence, schedule: r.schedule ?? '', runner: r.id });
  }
  const shown = placed.slice(0, MAX_TIMELINE_TASKS);
  const runnerOf = new Map(shown.map((p) => [p.c.id, p.runner]));
  const tasks: TimedTask[] = shown.map(({ c, cadence, schedule }) => ({
    id: c.id,
    name: c.name,
    start: cadence.start,
    schedule,
    ...(cadence.everyMinutes === undefined ? {} : { everyMinutes: cadence.everyMinutes }),
    upstream: graph.edges
      .filter((e) => !e.control && e.to === c.id && runnerOf.has(e.from))
      .map((e) => ({ task: e.from, declared: runnerOf.get(e.from) !== undefined && runnerOf.get(e.from) === runnerOf.get(c.id) })),
  }));
  return { timeline: { tasks, needs: [] }, omitted: placed.length - shown.length };
}
