import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Clause } from '../../domain/clause';
import { SEAM_IDS } from '../../domain/seams';
import { VERDICTS } from '../../domain/verdict';
import { blankWorkspace } from '../../domain/workspace';
import { fromOdcs, toOdcs, toOdcsYaml, validateOdcs } from './index';

// Characters YAML treats specially somewhere: indicators, quotes, comments, line breaks of every kind.
const TRICKY = [...`:#'"-?*&!|>%@\`{}[],\\ \t\n\r`, '\u0000', '\u0085', '\u2028', '\ufeff', 'é', '😀', '\u202e', '---', '...', 'null', 'true', '0x1F', '~', ': ', ' #', 'yes', 'on', '09:00', '2022-10-03', '0777'];

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 }),
  // Long runs of words and whitespace: where line folding and block scalars go wrong.
  fc.string({ unit: fc.constantFrom('word', ' ', '  ', '\t', '\n', ' \n', '\n ', '\r\n'), maxLength: 60 }),
  // Shapes that move a clause to a schema property or an SLA entry.
  fc.constantFrom('event_id', 'tbl.rcvr_id', 'eventId', 'freshness SLA', 'timing', 'every 4 hours', 'data up to 4 h old', 'by 03:00 UTC', ''),
);

const clause: fc.Arbitrary<Clause> = fc
  .record(
    {
      id: fc.oneof(fc.uuid(), text.filter((s) => s !== '')),
      dimension: text,
      subject: text,
      assumed: text,
      actual: text,
      evidence: text,
      verdict: fc.constantFrom(null, ...VERDICTS),
      templateId: text,
    },
    { requiredKeys: ['id', 'dimension', 'subject', 'assumed', 'actual', 'evidence', 'verdict'] },
  )
  // fast-check builds records without a prototype; the app's clauses are plain objects.
  .map((c) => ({ ...c }));

describe('export → YAML → import', () => {
  it('keeps whitespace-only lines that a block scalar would lose', () => {
    const base = blankWorkspace('ws-1', 'W', '2025-01-15T10:00:00.000Z');
    const clauses = [{ id: 'c1', dimension: 'layout', subject: 'x', assumed: ' \n', actual: '  \n\nok', evidence: 'a\n  b\n', verdict: null }];
    const back = fromOdcs(toOdcsYaml({ ...base, seams: { ...base.seams, 'store-process': { clauses } } }, 'store-process'));
    expect(back.ok && back.value.clauses).toStrictEqual(clauses);
  });

  it('gives back exactly the clauses, on the same seam, and every export is schema-valid', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...SEAM_IDS), fc.array(clause, { maxLength: 12 }), (name, seam, clauses) => {
        const base = blankWorkspace('ws-1', name, '2025-01-15T10:00:00.000Z');
        const ws = { ...base, seams: { ...base.seams, [seam]: { clauses } } };
        expect(validateOdcs(toOdcs(ws, seam))).toEqual({ ok: true });
        const yamlText = toOdcsYaml(ws, seam);
        expect(validateOdcs(parse(yamlText))).toEqual({ ok: true });
        expect(parse(yamlText, { schema: 'yaml-1.1' })).toEqual(parse(yamlText));
        const back = fromOdcs(yamlText);
        if (!back.ok) throw new Error(JSON.stringify(back.error));
        expect(back.value.seam).toBe(seam);
        expect(back.value.origin).toBe('pipeline-seams');
        // Strict: a templateId that was absent must not come back as a key holding undefined.
        expect(back.value.clauses).toStrictEqual(clauses);
      }),
      { numRuns: 200 },
    );
    // Each run validates twice and parses YAML twice: about 10 ms.
  }, 30_000);
});
