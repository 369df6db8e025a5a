import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_BASE as KB } from './load';
import { seamTouches, stagesNamed } from './named';
import { rank } from './rank';
import { emptySession } from './session';

describe('technologies named in incident text', () => {
  it('finds the stage of each product the text names, once per stage, in the order named', () => {
    const named = stagesNamed('The Airflow sensor fired, then the Looker dashboard and another Looker tile showed stale data.');
    expect(named.map((n) => n.stage)).toEqual(['orchestrate', 'serve']);
    expect(named[0]?.name).toBe('airflow');
  });

  it('matches whole words only, and finds nothing in plain prose', () => {
    expect(stagesNamed('The sparkle of a new day; nothing named here.')).toEqual([]);
  });

  it('says which seams a stage sits on', () => {
    expect(seamTouches('store-process', 'store')).toBe(true);
    expect(seamTouches('ingest-store', 'process')).toBe(false);
    expect(seamTouches('orchestration', 'orchestrate')).toBe(true);
  });

  it('raises the seams of the named stage, and counts as evidence on its own', () => {
    const plain = rank(KB, emptySession());
    const named = rank(KB, { ...emptySession(), notes: 'The Airflow DAG ran as usual.' });
    const orchestration = (r: typeof plain) => r.seams.find((s) => s.seam === 'orchestration')?.probability ?? 0;
    expect(orchestration(named)).toBeGreaterThan(orchestration(plain));
    expect(plain.hasEvidence).toBe(false);
    expect(named.hasEvidence).toBe(true);
  });
});
