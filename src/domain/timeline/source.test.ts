import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets';
import { blankWorkspace } from '../workspace';
import { timelineSource } from './source';

const T0 = '2026-01-01T00:00:00.000Z';
const example = PRESETS.find((p) => p.id === 'undeclared-dependency')!;
const other = PRESETS.find((p) => p.id === 'undeclared-grain')!;
const fallback = { title: example.title, timeline: example.timeline! };

describe('which timeline a workspace shows', () => {
  it('the example it was opened from, labelled as the example', () => {
    expect(timelineSource(blankWorkspace('w', 'x', T0), example, fallback)).toMatchObject({ origin: 'example', exampleTitle: example.title });
  });

  it('the user\'s own schedules before any example', () => {
    const ws = {
      ...blankWorkspace('w', 'x', T0),
      pipeline: { format: 'yaml', components: [{ id: 'l', name: 'load_raw', placement: 'ingest' as const, confidence: 1, uncertain: false, reason: '', schedule: '0 3 * * *' }], edges: [] },
    };
    const source = timelineSource(ws, other, fallback);
    expect(source.origin).toBe('workspace');
    expect(source.timeline.tasks.map((t) => [t.name, t.start])).toEqual([['load_raw', 180]]);
  });

  it('the orchestration example, labelled, when the workspace has no times of its own', () => {
    expect(timelineSource(blankWorkspace('w', 'x', T0), other, fallback)).toMatchObject({ origin: 'example', exampleTitle: example.title });
  });
});
