/**
 * Generators and expectations shared by the Mermaid export tests: pipelines whose names hold
 * everything Mermaid or the importer could mistake for syntax.
 */
import fc from 'fast-check';
import { PLACEMENTS, type Placement, type PipelineComponent, type PipelineEdge, type PipelineGraph } from '../../domain/pipeline';
import { SEAM_IDS } from '../../domain/seams';
import { STAGES, type Stage } from '../../domain/stages';
import { VERDICTS } from '../../domain/verdict';
import { blankWorkspace, type Workspace } from '../../domain/workspace';
import { exportedName } from './escape';

/** Pieces of Mermaid and importer syntax, entities, markup, keywords and tricky Unicode. */
const TRICKY = [
  '"', "'", '[', ']', '(', ')', '{', '}', '|', '<', '>', '<b>', '</i>', '<br/>', '#quot;', '#35;', '&amp;', '&lt', '#', '&', ';', ':',
  '%%', '%%{init: {}}%%', '$$x^2$$', 'fa:fa-car', 'fab:fa-github', '`', '**', '__', 'style', 'lifestyle:#a;', 'classDef', 'end', 'subgraph',
  'class', 'click', 'graph', 'default', 'o', 'x', '-->', '-.->', '---', '==>', '~~~', '@{', ':::', '\\', '/', '.', '-', '[store]', '[model]',
  '(stage: serve)', 'Kafka', 'S3', 'Airflow', 'dbt', 'Looker', 'é', 'Données', '日本語', '😀', '👩‍💻', '\u200b', '\u202e', '\u0085', '\u0007',
  '\ud800', ' ', '  ', '\t', '\n', '\u00a0',
];

/** A name a user could give a component: never blank once exported, at most a couple hundred characters. */
export const anyName: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((name) => exportedName(name) !== '');

/** Names drawn from a few, so that duplicates are common. */
const name = fc.oneof({ weight: 4, arbitrary: anyName }, { weight: 1, arbitrary: fc.constantFrom('Kafka', 'Spark job', 'orders') });

const isOrchestrator = (c: PipelineComponent | undefined): boolean => c?.placement === 'orchestrate';

/**
 * Any pipeline graph: every placement, data and scheduling edges in any combination, repeats,
 * self-loops. With `canonical`, only graphs as the importer itself produces them: an edge is
 * scheduling exactly when it touches the orchestrator, one edge per pair, every orchestrator linked.
 */
export function anyPipeline(canonical: boolean, maxComponents = 10): fc.Arbitrary<PipelineGraph> {
  return fc
    .array(fc.record({ name, placement: fc.constantFrom(...PLACEMENTS) }), { minLength: 1, maxLength: maxComponents })
    .chain((parts) =>
      fc.array(fc.tuple(fc.nat(parts.length - 1), fc.nat(parts.length - 1), fc.boolean()), { maxLength: parts.length * 2 }).map((pairs) => {
        const components: PipelineComponent[] = parts.map((p, i) => ({ id: `c${i}`, name: p.name, placement: p.placement, confidence: 1, uncertain: false, reason: 'test' }));
        let edges: PipelineEdge[] = pairs.map(([a, b, control]) => ({ from: `c${a}`, to: `c${b}`, ...(control ? { control } : {}) }));
        if (canonical) edges = canonicalEdges(components, edges);
        return { format: 'mermaid', components, edges };
      }),
    );
}

function canonicalEdges(components: readonly PipelineComponent[], edges: readonly PipelineEdge[]): PipelineEdge[] {
  const byId = new Map(components.map((c) => [c.id, c]));
  const out = new Map<string, PipelineEdge>();
  const add = (from: string, to: string): void => {
    const control = isOrchestrator(byId.get(from)) || isOrchestrator(byId.get(to));
    out.set(`${from}>${to}`, control ? { from, to, control } : { from, to });
  };
  // As the importer makes them: no component hands data to itself, and every orchestrator is linked.
  for (const e of edges) if (e.from !== e.to) add(e.from, e.to);
  const linked = new Set([...out.values()].flatMap((e) => [e.from, e.to]));
  for (const c of components) {
    const other = components.find((x) => x.id !== c.id);
    if (isOrchestrator(c) && !linked.has(c.id) && other) add(c.id, other.id);
  }
  return [...out.values()];
}

/** A workspace around a graph (or around names per stage), with arbitrary verdicts on every seam. */
export function workspaceWith(content: { pipeline?: PipelineGraph; components?: Workspace['components'] }, verdicts: readonly number[] = []): Workspace {
  const ws = blankWorkspace('ws', 'Orders "nightly" pipeline', '2026-01-01T00:00:00.000Z');
  const seams = Object.fromEntries(
    SEAM_IDS.map((id, i) => {
      const v = VERDICTS[(verdicts[i] ?? 0) % (VERDICTS.length + 1)];
      const clauses = v ? [{ id: `k${i}`, dimension: 'd', subject: 's', assumed: 'a', actual: 'b', evidence: '', verdict: v }] : [];
      return [id, { clauses }];
    }),
  ) as unknown as Workspace['seams'];
  return { ...ws, seams, ...(content.components ? { components: content.components } : {}), ...(content.pipeline ? { pipeline: content.pipeline } : {}) };
}

/** Verdict picks per seam (one more than the verdicts: no clause at all). */
export const anyVerdicts = fc.array(fc.nat(VERDICTS.length), { minLength: SEAM_IDS.length, maxLength: SEAM_IDS.length });

/** Names per stage only, as a workspace without an import holds them. */
export const anyStageNames: fc.Arbitrary<Workspace['components']> = fc
  .tuple(...STAGES.map(() => fc.array(name, { maxLength: 3 })))
  .map((lists) => Object.fromEntries(STAGES.map((s, i) => [s, lists[i] ?? []])) as Record<Stage, string[]>);

/** The order the export declares components in, which is the order the importer finds them. */
export const GROUP_ORDER: readonly Placement[] = [...STAGES, 'orchestrate', 'none'];
