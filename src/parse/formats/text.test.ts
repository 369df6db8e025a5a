import { describe, expect, it } from 'vitest';
import { splitOverride } from '../classify/rules/override';
import { stageName as stageWord } from '../lexicon/words';
import { positionAt, slugify, splitLines } from './text';

describe('shared text helpers', () => {
  it('slugs names', () => {
    expect(slugify('Mobile App (iOS)')).toBe('mobile-app-ios');
    expect(slugify('  Café Données  ')).toBe('cafe-donnees');
    expect(slugify('orders_mart')).toBe('orders-mart');
    expect(slugify('数据仓库')).toBe('数据仓库');
    expect(slugify('!!!')).toBe('component');
  });

  it('maps offsets to 1-based line and column across \\n, \\r\\n and \\r', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const starts = splitLines(text).map((l) => l.offset);
    expect(starts).toEqual([0, 4, 7, 10]);
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(starts, 5)).toEqual({ line: 2, column: 2 });
    expect(positionAt(starts, 11)).toEqual({ line: 4, column: 2 });
    expect(splitLines(text).map((l) => l.text)).toEqual(['ab', 'cd', 'ef', 'gh']);
  });

  it('splits a trailing [stage] and knows the synonyms', () => {
    expect(splitOverride('orders [model]')).toEqual({ name: 'orders', explicit: 'model' });
    expect(splitOverride('S3 [ Storage ]')).toEqual({ name: 'S3', explicit: 'store' });
    expect(splitOverride('S3 [raw]')).toEqual({ name: 'S3 [raw]', unknown: { word: 'raw', index: 3 } });
    expect(splitOverride('[x] Spark')).toEqual({ name: '[x] Spark' });
    const words: [string, string][] = [
      ['source', 'generate'], ['generation', 'generate'], ['ingestion', 'ingest'], ['storage', 'store'],
      ['processing', 'process'], ['transform', 'process'], ['modeling', 'model'], ['modelling', 'model'],
      ['semantic', 'model'], ['serving', 'serve'], ['BI', 'serve'], ['orchestration', 'orchestrate'],
      ['scheduler', 'orchestrate'], ['other', 'none'], ['ignore', 'none'], ['Data sources', 'generate'],
      ['Serving layer', 'serve'], ['stage: store', 'store'],
    ];
    for (const [w, stage] of words) expect(stageWord(w), w).toBe(stage);
    expect(stageWord('constructor')).toBeUndefined();
    expect(stageWord('warehouse')).toBeUndefined();
  });
});
