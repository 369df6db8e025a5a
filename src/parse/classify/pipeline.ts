/** Classifying a whole pipeline: each component by its words (rules 1–5), then by its position (rule 6). */
import { isStage, STAGES } from '../../domain/stages';
import type { Placement, RawComponent, RawEdge } from '../types';
import { getOrAdd } from '../formats/text';
import { NO_MATCH, analyse } from './analyse';
import { type Graph, guessFromNeighbours, readByConsumer, roleByPosition } from './rules/position';
import { placeByLineage, type Marked } from './rules/lineage';
import { splitOverride } from './rules/override';
import { type Classification, type Verdict, clip } from './verdict';

/**
 * "cdc-broker", "cdc-postgres", "cdc-clickhouse": a word that starts every name before a dash names the
 * project, not each component's role (here it would make the source database and the sink "cdc",
 * ingest). Returns a function that drops it from the name and from hints that start with it.
 */
function projectPrefix(components: readonly RawComponent[]): ((c: RawComponent) => RawComponent) | undefined {
  if (components.length < 3) return undefined;
  const firsts = components.map((c) => /^([A-Za-z0-9]+)-[A-Za-z0-9]/.exec(c.name.trim())?.[1]?.toLowerCase());
  const prefix = firsts[0];
  if (prefix === undefined || firsts.some((f) => f !== prefix)) return undefined;
  const strip = (text: string): string => {
    const t = text.trim();
    return t.toLowerCase().startsWith(`${prefix}-`) ? t.slice(prefix.length + 1) : text;
  };
  return (c) => {
    const hints: readonly unknown[] | undefined = Array.isArray(c.hints) ? c.hints : undefined;
    // Hints stay as handed over (the classifier drops anything not a string); only strings lose the prefix.
    const stripped = hints?.map((h) => (typeof h === 'string' ? strip(h) : h)) as string[] | undefined;
    return { ...c, name: strip(c.name), ...(stripped ? { hints: stripped } : {}) };
  };
}

function graphOf(edges: readonly RawEdge[], has: (id: string) => boolean, names: ReadonlyMap<string, string>): Graph {
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  const order = new Set<string>();
  for (const e of edges) {
    if (e.control || e.from === e.to || !has(e.from) || !has(e.to)) continue;
    // Appended in place: copying the list per edge made a hub with n edges cost n².
    getOrAdd(preds, e.to, () => []).push(e.from);
    getOrAdd(succs, e.from, () => []).push(e.to);
    if (e.order) order.add(`${e.from}\u0000${e.to}`);
  }
  const name = (id: string): string => names.get(id) ?? id;
  return { preds, succs, runOrder: (from, to) => order.has(`${from}\u0000${to}`), label: (id) => `"${clip(name(id), 40)}"`, name };
}

/**
 * Classifies every component, then uses the data edges (control edges ignored): products whose role
 * depends on position take it, ties are broken, and components that match nothing take a place from
 * their neighbours (confidence ≤ 0.45, uncertain). Components matched as orchestrate or none never
 * become data stages this way; unmatched ones with no placed neighbour stay 'none', reason 'no match'.
 */
export function classifyPipeline(components: readonly RawComponent[], edges: readonly RawEdge[]): Map<string, Classification> {
  const verdicts = new Map<string, Verdict | undefined>();
  const names = new Map<string, string>();
  const unprefix = projectPrefix(components);
  for (const c of components) {
    if (verdicts.has(c.id)) continue;
    verdicts.set(c.id, analyse(unprefix ? unprefix(c) : c));
    names.set(c.id, splitOverride(c.name).name);
  }
  const g = graphOf(edges, (id) => verdicts.has(id), names);
  for (const [id, v] of verdicts) if (v) verdicts.set(id, readByConsumer(id, v, g, verdicts));

  const placementOf = (id: string): Placement => verdicts.get(id)?.placement ?? 'none';
  const out = new Map<string, Classification>();
  const unplaced = (id: string): boolean => verdicts.has(id) && verdicts.get(id) === undefined;
  for (const [id, v] of verdicts) out.set(id, v ? roleByPosition(id, v, g, placementOf, unplaced) : NO_MATCH);
  // Once more with the roles just taken: Cassandra fed by Spark is a store, so Grafana reading it serves.
  const positioned = (id: string): Placement => out.get(id)?.placement ?? placementOf(id);
  for (const [id, v] of verdicts) if (v) out.set(id, roleByPosition(id, v, g, positioned, unplaced));
  const marked = components.flatMap((c): Marked[] => {
    const hints = (Array.isArray(c.hints) ? c.hints : []).filter((h): h is string => typeof h === 'string');
    const marker = hints.includes('job') ? 'job' : hints.includes('dataset') ? 'dataset' : undefined;
    return marker ? [{ id: c.id, name: splitOverride(c.name).name, hints, marker }] : [];
  });
  if (marked.length > 0) placeByLineage(marked, verdicts, g, out);

  const known = new Map<string, number>();
  const pending = new Map<string, readonly Placement[] | undefined>();
  for (const [id, v] of verdicts) {
    const placement = out.get(id)?.placement ?? 'none';
    if (!v) pending.set(id, undefined);
    else if (isStage(placement)) known.set(id, STAGES.indexOf(placement));
    if (v?.tied && !v.fixed) pending.set(id, v.tied);
  }
  guessFromNeighbours(g, out, known, pending);
  return out;
}
