import { describe, expect, it } from 'vitest';
import { SEAM_IDS } from '../seams';
import { KNOWLEDGE_BASE as KB } from './load';
import { rank } from './rank';
import { SEAM_WORDS } from './seamWords';
import { emptySession } from './session';
import { clueLikelihood, cluesIn, type TextClue } from './textClues';

const words = (text: string) => cluesIn(text).filter((c): c is Extract<TextClue, { kind: 'word' }> => c.kind === 'word');

describe("a seam's own words in incident text", () => {
  it('lists every seam once, and no word under two seams', () => {
    expect(SEAM_WORDS.map((s) => s.seam).sort()).toEqual([...SEAM_IDS].sort());
    const all = SEAM_WORDS.flatMap((s) => s.words);
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds one clue per seam however often its words repeat, spelled as the text spells it', () => {
    const found = words('The consumer group rebalanced twice; the sink connector logged a rebalance and the topic lagged.');
    expect(found).toEqual([{ kind: 'word', seam: 'ingest-store', word: 'consumer group' }]);
    expect(words('Partitions were rebalanced overnight.').map((c) => [c.seam, c.word])).toEqual([
      ['ingest-store', 'rebalanced'],
      ['store-process', 'Partitions'],
    ]);
  });

  it('ignores a word after a negation and words inside other words', () => {
    expect(words('No cache was involved.')).toEqual([]);
    expect(words('The dashboard and the destination table both show it.')).toEqual([]);
    expect(words('The modeling team looked at partitionless storage.')).toEqual([]);
  });

  it("triples the odds of the word's seam against any other, and is weaker than a strong answer", () => {
    const clue: TextClue = { kind: 'word', seam: 'model-serve', word: 'cache' };
    expect(clueLikelihood('model-serve', clue) / clueLikelihood('orchestration', clue)).toBeCloseTo(3);
    expect(clueLikelihood('model-serve', clue) / clueLikelihood('orchestration', clue)).toBeLessThan(0.85 / 0.15);
  });

  it('moves the ranking toward the seam its word names and counts as evidence', () => {
    const plain = rank(KB, emptySession());
    const cached = rank(KB, { ...emptySession(), notes: 'The numbers behind the cached results look odd.' });
    const serve = (r: typeof plain) => r.seams.find((s) => s.seam === 'model-serve')?.probability ?? 0;
    expect(serve(cached)).toBeGreaterThan(serve(plain));
    expect(cached.seams[0]?.seam).toBe('model-serve');
    expect(cached.hasEvidence).toBe(true);
  });
});
