import fc from 'fast-check';
import type { Clause } from '../../domain/clause';
import { PLACEMENTS, type PipelineGraph } from '../../domain/pipeline';
import { SEAM_IDS } from '../../domain/seams';
import { VERDICTS } from '../../domain/verdict';
import { blankWorkspace, type Workspace } from '../../domain/workspace';

/** Any text a user could type or paste, including quotes, newlines, emoji and lone surrogates. */
export const anyText = fc.string({ unit: 'binary', maxLength: 40 });

const clause: fc.Arbitrary<Clause> = fc.record({
  id: fc.uuid(),
  dimension: anyText,
  subject: anyText,
  assumed: anyText,
  actual: anyText,
  evidence: anyText,
  verdict: fc.constantFrom(null, ...VERDICTS),
});

const pipeline: fc.Arbitrary<PipelineGraph> = fc
  .array(fc.record({ name: anyText, placement: fc.constantFrom(...PLACEMENTS) }), { maxLength: 8 })
  .chain((parts) =>
    fc
      .array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: parts.length * 2 })
      .map((pairs) => ({
        format: 'mermaid',
        components: parts.map((p, i) => ({ id: `c${i}`, name: p.name, placement: p.placement, confidence: 0.9, uncertain: false, reason: 'test' })),
        edges: parts.length ? pairs.map(([a, b, control]) => ({ from: `c${a % parts.length}`, to: `c${b % parts.length}`, ...(control ? { control } : {}) })) : [],
      })),
  );

/** A workspace with arbitrary user text in every field a user can edit. */
export const anyWorkspace: fc.Arbitrary<Workspace> = fc
  .record({
    name: anyText,
    notes: anyText,
    seams: fc.tuple(...SEAM_IDS.map(() => fc.array(clause, { maxLength: 3 }))),
    pipeline: fc.option(pipeline, { nil: undefined }),
  })
  .map(({ name, notes, seams, pipeline }) => {
    const ws = blankWorkspace('ws-1', name, '2026-01-01T00:00:00.000Z');
    const withSeams = { ...ws, notes, seams: Object.fromEntries(SEAM_IDS.map((id, i) => [id, { clauses: seams[i] ?? [] }])) as unknown as Workspace['seams'] };
    return pipeline ? { ...withSeams, pipeline } : withSeams;
  });
