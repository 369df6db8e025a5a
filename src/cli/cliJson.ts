/** The command line's JSON for an import: components with their stage, edges, seams by stage pair, warnings. */
import { deriveHandoffs } from '../domain/pipeline';
import type { Imported } from '../parse/importPipeline';

export function toCliJson(result: Imported) {
  return {
    format: result.format,
    components: result.graph.components.map((c) => ({ id: c.id, name: c.name, stage: c.placement, confidence: Math.round(c.confidence * 100) / 100 })),
    edges: result.graph.edges.map((e) => ({ from: e.from, to: e.to })),
    seams: deriveHandoffs(result.graph).map((h) => ({ from: h.from, to: h.to, edges: h.edges })),
    warnings: result.warnings.map((w) => ({ line: w.line, column: w.column, message: w.message })),
  };
}
