import { describe, expect, it } from 'vitest';
import { seamVerdict } from '../clause';
import { templateById } from '../catalog';
import { SEAMS, SEAM_IDS } from '../seams';
import { PRESETS, presetWorkspace } from './index';

const T0 = '2026-01-01T00:00:00.000Z';
const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('the seed presets', () => {
  it('are the six example failures, one per seam', () => {
    expect(PRESETS).toHaveLength(6);
    expect(new Set(PRESETS.map((p) => p.brokenSeam))).toEqual(new Set(SEAM_IDS));
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s breaks the seam the seed names, and only that one', (_id, preset) => {
    const ws = presetWorkspace(preset, counter(), T0);
    expect(seamVerdict(ws.seams[preset.brokenSeam].clauses)).toBe('broken');
    for (const seam of SEAM_IDS.filter((s) => s !== preset.brokenSeam)) {
      expect(seamVerdict(ws.seams[seam].clauses)).not.toBe('broken');
    }
    expect(ws.seams[preset.brokenSeam].evidence).toEqual(preset.evidence);
    expect(ws.presetId).toBe(preset.id);
  });

  it('use only their seam\'s dimensions and real catalog templates', () => {
    for (const p of PRESETS) {
      for (const [seam, clauses] of Object.entries(p.clauses)) {
        for (const c of clauses) {
          expect(SEAMS[seam as keyof typeof SEAMS].dimensions).toContain(c.dimension);
          const t = c.templateId ? templateById(c.templateId) : undefined;
          expect(t?.seam, `${p.id}: template ${c.templateId}`).toBe(seam);
        }
      }
    }
  });

  it('open with fresh ids every time, so a preset never overwrites a workspace', () => {
    const next = counter();
    const a = presetWorkspace(PRESETS[0]!, next, T0);
    const b = presetWorkspace(PRESETS[0]!, next, T0);
    expect(a.id).not.toBe(b.id);
    const clauseIds = [...a.seams['generate-ingest'].clauses, ...b.seams['generate-ingest'].clauses].map((c) => c.id);
    expect(new Set(clauseIds).size).toBe(clauseIds.length);
  });

  it('carry the seed\'s own figures', () => {
    const text = JSON.stringify(PRESETS);
    for (const fact of [
      'client-side clock, not UTC',
      'USD assumed, unstated',
      'not globally unique',
      'none of this is in the schema',
      'event_id 8821 → storage buffer',
      'crash before commit',
      'storage: duplicate row written',
      'ingestion_date',
      'event_date',
      'none — full scan',
      '$340/run instead of $12',
      'pipeline: SUCCESS — grain was never declared',
      '90.00',
      'every 4 hours',
      'ok — 4h stale',
      'miss — 4h late',
      'freshness SLA was never written down',
      '03:00',
      '03:07',
      'dependency not declared → silent data loss',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });
});

describe('the orchestration example on a clock', () => {
  it('draws the seed figures its evidence states: load_raw at 03:00, upstream writing until 03:07, no declared wait', async () => {
    const { detectFlags } = await import('../timeline/detect');
    const { clockTime } = await import('../timeline/clock');
    const preset = PRESETS.find((p) => p.id === 'undeclared-dependency');
    const timeline = preset?.timeline;
    expect(timeline).toBeDefined();
    const times = preset?.evidence.kind === 'timeline' ? preset.evidence.events.map((e) => e.time) : [];
    const drawn = timeline!.tasks.flatMap((t) => [t.start, t.finish]).filter((m) => m !== undefined).map(clockTime);
    expect(new Set(drawn)).toEqual(new Set(times));
    expect(detectFlags(timeline!)).toMatchObject([{ kind: 'race', task: 'load_raw', upstream: 'upstream', missedMinutes: 7 }]);
  });
});
