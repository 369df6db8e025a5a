import { describe, expect, it } from 'vitest';
import type { PipelineComponent, PipelineGraph, Placement } from '../pipeline';
import { detectFlags } from './detect';
import { hasSchedules, MAX_TIMELINE_TASKS, pipelineTimeline } from './fromPipeline';

const comp = (id: string, placement: Placement, schedule?: string): PipelineComponent => ({
  id,
  name: id,
  placement,
  confidence: 1,
  uncertain: false,
  reason: 'set by you',
  ...(schedule === undefined ? {} : { schedule }),
});

/** Two DAGs: `extract` at 02:00 writes what `load_raw`, in a DAG at 03:00, reads. */
const twoDags: PipelineGraph = {
  format: 'airflow',
  components: [comp('nightly', 'orchestrate', '0 2 * * *'), comp('extract', 'ingest'), comp('loads', 'orchestrate', '0 3 * * *'), comp('load_raw', 'ingest'), comp('build', 'process')],
  edges: [
    { from: 'nightly', to: 'extract', control: true },
    { from: 'loads', to: 'load_raw', control: true },
    { from: 'loads', to: 'build', control: true },
    { from: 'extract', to: 'load_raw' },
    { from: 'load_raw', to: 'build' },
  ],
};

describe('a workspace timeline from its schedules', () => {
  it('starts each task with the orchestrator that runs it', () => {
    const { timeline } = pipelineTimeline(twoDags);
    expect(timeline.tasks.map((t) => [t.name, t.start, t.everyMinutes, t.schedule])).toEqual([
      ['extract', 120, 1440, '0 2 * * *'],
      ['load_raw', 180, 1440, '0 3 * * *'],
      ['build', 180, 1440, '0 3 * * *'],
    ]);
  });

  it('treats a handoff inside one DAG as waited for, and one across schedules as not', () => {
    const { timeline } = pipelineTimeline(twoDags);
    expect(timeline.tasks.find((t) => t.id === 'build')?.upstream).toEqual([{ task: 'load_raw', declared: true }]);
    expect(timeline.tasks.find((t) => t.id === 'load_raw')?.upstream).toEqual([{ task: 'extract', declared: false }]);
  });

  it('invents no finish: the undeclared handoff is flagged as unknown, not as a race', () => {
    const { timeline } = pipelineTimeline(twoDags);
    expect(timeline.tasks.every((t) => t.finish === undefined)).toBe(true);
    expect(detectFlags(timeline).map((f) => [f.kind, f.task])).toEqual([['unknownFinish', 'load_raw']]);
  });

  it('takes a component with its own schedule as a task, and nothing from a workspace without schedules', () => {
    const own: PipelineGraph = { format: 'yaml', components: [comp('load_raw', 'ingest', '@hourly'), comp('Spark', 'process')], edges: [] };
    expect(pipelineTimeline(own).timeline.tasks.map((t) => t.name)).toEqual(['load_raw']);
    expect(hasSchedules(own)).toBe(true);
    const none: PipelineGraph = { format: 'yaml', components: [comp('a', 'ingest', '@once'), comp('b', 'process')], edges: [] };
    expect(hasSchedules(none)).toBe(false);
    expect(pipelineTimeline(none).timeline.tasks).toEqual([]);
    expect(hasSchedules(undefined)).toBe(false);
  });

  it('draws a readable number of tasks and counts the rest', () => {
    const many: PipelineGraph = {
      format: 'yaml',
      components: Array.from({ length: MAX_TIMELINE_TASKS + 5 }, (_, i) => comp(`t${i}`, 'process', '@daily')),
      edges: [],
    };
    const { timeline, omitted } = pipelineTimeline(many);
    expect(timeline.tasks).toHaveLength(MAX_TIMELINE_TASKS);
    expect(omitted).toBe(5);
  });
});
