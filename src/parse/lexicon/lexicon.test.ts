import { describe, expect, it } from 'vitest';
import { PLACEMENTS, type Placement } from '../types';
import { catalogKey, tokenize } from '../classify/classify';
import { LEXICON } from './lexicon';

const TECHNOLOGIES = LEXICON.map((e) => ({ names: e.names, placement: e.stage, whenFed: e.whenFed, asSource: e.asSource, kind: e.kind }));

describe('the lexicon', () => {
  const names = TECHNOLOGIES.flatMap((t) => t.names);

  it('has at least 260 entries and 200 distinct names', () => {
    expect(TECHNOLOGIES.length).toBeGreaterThanOrEqual(260);
    expect(new Set(names).size).toBeGreaterThanOrEqual(200);
  });

  it('writes names lowercase and trimmed, with no empty ones', () => {
    for (const n of names) {
      expect(n, n).toBe(n.toLowerCase().trim());
      expect(catalogKey(n), n).not.toBe('');
    }
  });

  it('maps no name, and no spelling of a name, to two placements', () => {
    const byName = new Map<string, Placement>();
    const byKey = new Map<string, { placement: Placement; name: string }>();
    for (const t of TECHNOLOGIES) {
      for (const n of t.names) {
        const seen = byName.get(n);
        expect(seen === undefined || seen === t.placement, `"${n}" is ${seen} and ${t.placement}`).toBe(true);
        byName.set(n, t.placement);
        // 'big query' and 'bigquery' are the same name to the matcher: they must agree too.
        const key = catalogKey(n);
        const other = byKey.get(key);
        expect(other === undefined || other.placement === t.placement, `"${n}" (${t.placement}) collides with "${other?.name}" (${other?.placement})`).toBe(
          true,
        );
        byKey.set(key, { placement: t.placement, name: n });
      }
    }
  });

  it('covers every placement', () => {
    for (const p of PLACEMENTS) {
      expect(TECHNOLOGIES.filter((t) => t.placement === p).length, p).toBeGreaterThanOrEqual(10);
    }
  });

  it('only moves a product by position to a placement that makes sense', () => {
    for (const t of TECHNOLOGIES) {
      // Fed, a source becomes a store or a consumer; only something that makes data can relay it in.
      if (t.whenFed === 'ingest') expect(t.placement, t.names[0]).toBe('generate');
      else if (t.whenFed) expect(['store', 'serve'], t.names[0]).toContain(t.whenFed);
      // A source noun nothing feeds is where data is made; work nothing feeds brings it in.
      if (t.asSource) expect(t.asSource, t.names[0]).toBe(t.kind === 'verb' ? 'ingest' : 'generate');
    }
  });
});

describe('tokenize', () => {
  it('splits camelCase, PascalCase, snake_case and punctuation', () => {
    expect(tokenize('SparkSubmitOperator')).toEqual(['spark', 'submit', 'operator']);
    expect(tokenize('GCSToBigQueryOperator')).toEqual(['gcs', 'to', 'big', 'query', 'operator']);
    expect(tokenize('S3ToRedshiftOperator')).toEqual(['s3', 'to', 'redshift', 'operator']);
    expect(tokenize('fct_orders')).toEqual(['fct', 'orders']);
    // An acronym's plural is one word: "PNGs" is not "pn" and "gs" (Google Cloud Storage's scheme).
    expect(tokenize('profile PNGs and DAGs')).toEqual(['profile', 'pngs', 'and', 'dags']);
    expect(tokenize('s3://lake/raw/events')).toEqual(['s3', 'lake', 'raw', 'events']);
    expect(tokenize('confluentinc/cp-kafka:7.5')).toEqual(['confluentinc', 'cp', 'kafka', '7', '5']);
  });
});

// A realistic spread of what people paste, with the placement a data engineer would give.