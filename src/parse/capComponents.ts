import { warningOf } from './problems';
import type { RawPipeline } from './types';

/**
 * Past this many components a graph is no longer read, only waited for: drawing 400,000 boxes
 * froze the page for minutes. It matches the edge limit; the rest is named in a warning.
 */
export const MAX_COMPONENTS = 50_000;

/** The first MAX_COMPONENTS components in reading order, the edges between them, and a warning for the rest. */
export function capComponents(raw: RawPipeline, max = MAX_COMPONENTS): RawPipeline {
  if (raw.components.length <= max) return raw;
  const components = raw.components.slice(0, max);
  const kept = new Set(components.map((c) => c.id));
  const warning = warningOf({ kind: 'tooManyComponents', dropped: raw.components.length - max, limit: max }, { line: 1, column: 1 });
  return { components, edges: raw.edges.filter((e) => kept.has(e.from) && kept.has(e.to)), warnings: [...raw.warnings, warning] };
}
