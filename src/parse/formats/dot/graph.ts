/**
 * Walks a DOT syntax tree into the builder. DOT lets a node's attributes come after the edges that
 * name it (`a -> b; b [label="S3"]`), so the walk first gathers every node's attributes, the clusters
 * it was first seen in and the edges, then declares the nodes.
 */
import type { ASTNode, AttributeASTNode, EdgeTargetASTNode } from '@ts-graphviz/ast';
import { squash, type PipelineBuilder } from '../text';

const attrsOf = (children: readonly ASTNode[]): Map<string, string> =>
  new Map(children.filter((c): c is AttributeASTNode => c.type === 'Attribute').map((a) => [a.key.value.toLowerCase(), a.value.value]));

/** A label as its lines: HTML tags dropped, `<br/>`, `\n` and `\l` breaks kept. */
const labelLines = (label: string): string[] =>
  label.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ' ').replace(/\\[nlr]/g, '\n').split('\n').map(squash).filter((l) => l !== '');

interface Gathered {
  /** Node ids in the order they first appear, with the line and the clusters of that first time. */
  readonly nodes: Map<string, { line: number; clusters: readonly string[]; attrs: Map<string, string> }>;
  readonly edges: { from: string; to: string; line: number }[];
}

function see(g: Gathered, id: string, line: number, clusters: readonly string[], attrs?: ReadonlyMap<string, string>): void {
  const node = g.nodes.get(id) ?? { line, clusters, attrs: new Map<string, string>() };
  g.nodes.set(id, node);
  for (const [k, v] of attrs ?? []) node.attrs.set(k, v);
}

function ends(g: Gathered, t: EdgeTargetASTNode, clusters: readonly string[]): string[] {
  const refs = t.type === 'NodeRefGroup' ? t.children : [t];
  for (const r of refs) see(g, r.id.value, r.location?.start.line ?? 1, clusters);
  return refs.map((r) => r.id.value);
}

function gather(g: Gathered, nodes: readonly ASTNode[], clusters: readonly string[]): void {
  for (const n of nodes) {
    const line = n.location?.start.line ?? 1;
    if (n.type === 'Node') see(g, n.id.value, line, clusters, attrsOf(n.children));
    else if (n.type === 'Edge') {
      // An invisible edge only steers the layout.
      if (attrsOf(n.children).get('style') === 'invis') continue;
      const all = n.targets.map((t) => ends(g, t, clusters));
      for (let i = 1; i < all.length; i++) for (const from of all[i - 1] ?? []) for (const to of all[i] ?? []) g.edges.push({ from, to, line });
    } else if (n.type === 'Subgraph') {
      const title = labelLines(attrsOf(n.children).get('label') ?? '').join(' ');
      gather(g, n.children, title !== '' ? [...clusters, title] : clusters);
    } else if (n.type === 'Graph' || n.type === 'Dot') gather(g, n.children, clusters);
  }
}

/** Nodes by their label's first line (the rest and the cluster titles are hints); a point node only joins lines. */
export function readDotGraph(b: PipelineBuilder, ast: ASTNode): void {
  const g: Gathered = { nodes: new Map(), edges: [] };
  gather(g, [ast], []);
  const points = new Set<string>();
  const ids = new Map<string, string>();
  for (const [id, { line, clusters, attrs }] of g.nodes) {
    const label = attrs.get('label');
    if (attrs.get('shape') === 'point' || (label !== undefined && labelLines(label).length === 0)) {
      points.add(id);
      continue;
    }
    const [first = squash(id), ...rest] = label === undefined ? [] : labelLines(label);
    const hints = [...rest, ...clusters];
    ids.set(id, b.component(`n:${id}`, { name: first, line, ...(hints.length > 0 ? { hints } : {}) }));
  }
  if (b.size === 0) {
    b.problem({ kind: 'dotNoGraph' }, { line: 1, column: 1 });
    return;
  }
  // What runs into a point node runs on to what leaves it.
  const onward = (to: string, seen: Set<string>): string[] =>
    !points.has(to) ? [to] : seen.has(to) ? [] : (seen.add(to), g.edges.filter((x) => x.from === to).flatMap((x) => onward(x.to, seen)));
  for (const e of g.edges) {
    if (points.has(e.from)) continue;
    for (const to of onward(e.to, new Set())) b.edge(ids.get(e.from), ids.get(to), { line: e.line });
  }
}
