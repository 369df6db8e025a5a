import { describe, expect, it } from 'vitest';
import { SEAMS, SEAM_IDS } from '../seams';
import { STAGES } from '../stages';
import { LESSON_PATH, neighbours } from './path';

describe('the lesson path', () => {
  it('visits every stage and seam once, each seam right after the stage it leaves', () => {
    expect(LESSON_PATH).toHaveLength(STAGES.length + SEAM_IDS.length);
    LESSON_PATH.forEach((t, i) => {
      const before = LESSON_PATH[i - 1];
      if (t.kind === 'seam' && t.seam !== 'orchestration') expect(before).toEqual({ kind: 'stage', stage: SEAMS[t.seam].from });
    });
  });

  it('leads from one lesson to the next and back', () => {
    expect(neighbours({ kind: 'stage', stage: 'generate' })).toEqual({ previous: undefined, next: { kind: 'seam', seam: 'generate-ingest' } });
    expect(neighbours({ kind: 'seam', seam: 'orchestration' })).toEqual({ previous: { kind: 'stage', stage: 'serve' }, next: undefined });
  });
});
