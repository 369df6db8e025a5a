import { describe, it, expect } from 'vitest';
import { SEAMS, SEAM_IDS } from '../seams';
import type { SeamId } from '../seams';
import { CLAUSE_CATALOG, templateById, templatesFor } from './index';

const PREFIX: Readonly<Record<SeamId, string>> = {
  'generate-ingest': 'gi-',
  'ingest-store': 'is-',
  'store-process': 'sp-',
  'process-model': 'pm-',
  'model-serve': 'ms-',
  orchestration: 'or-',
};

// The seed's worked examples must stay expressible; other code refers to these ids directly.
const SEED_IDS: Readonly<Record<string, SeamId>> = {
  'gi-clock-source': 'generate-ingest',
  'gi-currency-units': 'generate-ingest',
  'gi-id-uniqueness': 'generate-ingest',
  'gi-schema-declared': 'generate-ingest',
  'is-ack-before-commit': 'ingest-store',
  'is-dedup-key': 'ingest-store',
  'sp-partition-key': 'store-process',
  'pm-grain': 'process-model',
  'pm-duplicate-rows': 'process-model',
  'ms-freshness-sla': 'model-serve',
  'or-schedule-vs-upstream': 'orchestration',
  'or-undeclared-dependency': 'orchestration',
};

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('clause catalog integrity', () => {
  it('has at least 40 templates and at least 6 per seam', () => {
    expect(CLAUSE_CATALOG.length).toBeGreaterThanOrEqual(40);
    for (const seam of SEAM_IDS) {
      expect(templatesFor(seam).length, seam).toBeGreaterThanOrEqual(6);
    }
  });

  it('uses unique kebab-case ids prefixed by their seam', () => {
    const ids = CLAUSE_CATALOG.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of CLAUSE_CATALOG) {
      expect(t.id, t.id).toMatch(KEBAB);
      expect(t.id.startsWith(PREFIX[t.seam]), `${t.id} should start with ${PREFIX[t.seam]}`).toBe(true);
    }
  });

  it('gives every template a dimension its seam names exactly', () => {
    for (const t of CLAUSE_CATALOG) {
      expect(SEAMS[t.seam].dimensions, t.id).toContain(t.dimension);
    }
  });

  it('covers every dimension of every seam', () => {
    for (const seam of SEAM_IDS) {
      const used = new Set(templatesFor(seam).map((t) => t.dimension));
      for (const dim of SEAMS[seam].dimensions) {
        expect(used.has(dim), `${seam}: "${dim}" has no template`).toBe(true);
      }
    }
  });

  it('has substantive, trimmed text fields', () => {
    for (const t of CLAUSE_CATALOG) {
      for (const [field, value] of Object.entries({
        title: t.title,
        subject: t.subject,
        assumed: t.assumed,
        explanation: t.explanation,
        howToCheck: t.howToCheck,
      })) {
        expect(value.trim(), `${t.id}.${field}`).toBe(value);
        expect(value.length, `${t.id}.${field}`).toBeGreaterThan(0);
      }
      expect(t.explanation.length, `${t.id}.explanation`).toBeGreaterThanOrEqual(120);
      expect(t.howToCheck, `${t.id}.howToCheck`).not.toMatch(/[\r\n]/);
      expect(t.title.length, `${t.id}.title`).toBeLessThanOrEqual(60);
    }
  });

  it('keeps titles unique within a seam so the picker can tell them apart', () => {
    for (const seam of SEAM_IDS) {
      const titles = templatesFor(seam).map((t) => t.title.toLowerCase());
      expect(new Set(titles).size, seam).toBe(titles.length);
    }
  });

  it('contains the seed example ids at the right seams', () => {
    for (const [id, seam] of Object.entries(SEED_IDS)) {
      const t = templateById(id);
      expect(t, id).toBeDefined();
      expect(t?.seam, id).toBe(seam);
    }
  });
});

describe('catalog lookups', () => {
  it('lists templates in seam order, equal to the per-seam lists concatenated', () => {
    expect(CLAUSE_CATALOG).toEqual(SEAM_IDS.flatMap((seam) => templatesFor(seam)));
    const order = CLAUSE_CATALOG.map((t) => SEAM_IDS.indexOf(t.seam));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('templatesFor returns only templates of that seam, and some for every seam', () => {
    for (const seam of SEAM_IDS) {
      const list = templatesFor(seam);
      expect(list.length, seam).toBeGreaterThan(0);
      expect(list.every((t) => t.seam === seam)).toBe(true);
    }
  });

  it('templatesFor answers empty for an unknown seam instead of throwing', () => {
    expect(templatesFor('no-such-seam' as SeamId)).toEqual([]);
  });

  it('templateById returns the catalog entry itself, and undefined for unknown ids', () => {
    for (const t of CLAUSE_CATALOG) {
      expect(templateById(t.id)).toBe(t);
    }
    expect(templateById('gi-does-not-exist')).toBeUndefined();
    expect(templateById('')).toBeUndefined();
    expect(templateById('GI-CLOCK-SOURCE')).toBeUndefined();
  });
});
