/**
 * Walks a DOT syntax tree into the builder. DOT lets a node's attributes come after the edges that
 * name it (`a -> b; b [label="S3"]`) and set defaults for what follows (`node [shape=point]`), so the
 * walk first gathers every node's attributes, the clusters it is drawn in and the edges, then declares.
 */
import type { ASTNode, AttributeASTNode, EdgeTargetASTNode } from '@ts-graphviz/ast';
import { MAX_EDGES, squash, type PipelineBuilder } from '../text';
import { labelLines } from './labels';

/** An attribute's value, and whether it was written as HTML (`<…>`). */
interface Value {
  readonly text: string;
  readonly html: boolean;
}
type Attrs = Map<string, Value>;

const attrsOf = (children: readonly ASTNode[], defaults?: Attrs): Attrs =>
  new Map([
    ...(defaults ?? []),
    ...children.filter((c): c is AttributeASTNode => c.type === 'Attribute').map((a): [string, Value] => [a.key.value.toLowerCase(), { text: a.value.value, html: a.value.quoted === 'html' }]),
  ]);

/** What is in force where a statement stands: the defaults set so far and the clusters around it. */
interface Scope {
  readonly node: Attrs;
  readonly edge: Attrs;
  readonly clusters: readonly string[];
}

interface Gathered {
  readonly directed: boolean;
  /** Node ids in the order they first appear. */
  readonly nodes: Map<string, { line: number; clusters: Set<string>; attrs: Attrs }>;
  readonly edges: { from: string; to: string; line: number }[];
  /** Edge pairs past the edge limit, counted but never listed: groups (`{a b} -> {c d}`) multiply. */
  skipped: number;
}

function see(g: Gathered, id: string, line: number, scope: Scope, attrs?: Attrs): void {
  const node = g.nodes.get(id) ?? { line, clusters: new Set<string>(), attrs: new Map(scope.node) };
  g.nodes.set(id, node);
  for (const c of scope.clusters) node.clusters.add(c);
  for (const [k, v] of attrs ?? []) node.attrs.set(k, v);
}

function ends(g: Gathered, t: EdgeTargetASTNode, scope: Scope): string[] {
  // `a -> subgraph x { … }` is outside what the parser reads: it gives a node called `subgraph`, which is no part.
  const refs = (t.type === 'NodeRefGroup' ? t.children : [t]).filter((r) => r.id.value !== 'subgraph' || r.id.quoted !== false);
  for (const r of refs) see(g, r.id.value, r.location?.start.line ?? 1, scope);
  return refs.map((r) => r.id.value);
}

function edge(g: Gathered, attrs: Attrs, ids: string[][], line: number): void {
  const style = attrs.get('style')?.text ?? '';
  // An invisible edge only steers the layout.
  if (/\binvis\b/.test(style)) return;
  const back = attrs.get('dir')?.text === 'back';
  for (let i = 1; i < ids.length; i++) {
    const froms = ids[i - 1] ?? [];
    const tos = ids[i] ?? [];
    for (const [k, from] of froms.entries()) {
      if (g.edges.length >= MAX_EDGES) {
        g.skipped += (froms.length - k) * tos.length;
        break;
      }
      for (const to of tos) g.edges.push(back ? { from: to, to: from, line } : { from, to, line });
    }
  }
}

function gather(g: Gathered, nodes: readonly ASTNode[], outer: Scope): void {
  let scope = outer;
  for (const n of nodes) {
    const line = n.location?.start.line ?? 1;
    if (n.type === 'AttributeList' && (n.kind === 'Node' || n.kind === 'Edge')) {
      const key = n.kind === 'Node' ? 'node' : 'edge';
      scope = { ...scope, [key]: attrsOf(n.children, scope[key]) };
    } else if (n.type === 'Node') see(g, n.id.value, line, scope, attrsOf(n.children));
    else if (n.type === 'Edge') edge(g, attrsOf(n.children, scope.edge), n.targets.map((t) => ends(g, t, scope)), line);
    else if (n.type === 'Subgraph') gather(g, n.children, { ...scope, clusters: [...scope.clusters, ...clusterTitle(n.id?.value, n.children)] });
    else if (n.type === 'Graph' || n.type === 'Dot') gather(g, n.children, scope);
  }
}

/** A cluster's title (`label = "Ingest"` or `graph [label="Ingest"]`): GraphViz draws only clusters' labels. */
function clusterTitle(id: string | undefined, children: readonly ASTNode[]): string[] {
  if (!id?.toLowerCase().startsWith('cluster')) return [];
  const own = attrsOf(children).get('label');
  const listed = children.flatMap((c) => (c.type === 'AttributeList' && c.kind === 'Graph' ? [attrsOf(c.children).get('label')] : [])).find((v) => v !== undefined);
  const label = own ?? listed;
  const title = label === undefined ? '' : labelLines(label.text, label.html, id).join(' ');
  return title === '' ? [] : [title];
}

/** Nodes by their label's first line (the rest and the cluster titles are hints); a point node only joins lines. */
export function readDotGraph(b: PipelineBuilder, ast: ASTNode): void {
  const graph = ast.type === 'Dot' ? ast.children.find((c) => c.type === 'Graph') : undefined;
  const g: Gathered = { directed: graph?.type !== 'Graph' || graph.directed, nodes: new Map(), edges: [], skipped: 0 };
  gather(g, [ast], { node: new Map(), edge: new Map(), clusters: [] });
  const points = new Set<string>();
  const ids = new Map<string, string>();
  for (const [id, { line, clusters, attrs }] of g.nodes) {
    const label = attrs.get('label');
    const lines = label === undefined ? [] : labelLines(label.text, label.html, id);
    if (attrs.get('shape')?.text === 'point' || (label !== undefined && lines.length === 0)) {
      points.add(id);
      continue;
    }
    const [first = squash(id), ...rest] = lines;
    const hints = [...rest, ...clusters];
    ids.set(id, b.component(`n:${id}`, { name: first, line, ...(hints.length > 0 ? { hints } : {}) }));
  }
  if (b.size === 0) {
    b.problem({ kind: 'dotNoNodes' }, { line: 1, column: 1 });
    return;
  }
  b.skipEdges(g.skipped);
  const out = new Map<string, string[]>();
  for (const e of g.edges) {
    const list = out.get(e.from);
    if (list) list.push(e.to);
    else out.set(e.from, [e.to]);
  }
  // What runs into a point node runs on to what leaves it.
  const onward = (to: string, seen: Set<string>): string[] =>
    !points.has(to) ? [to] : seen.has(to) ? [] : (seen.add(to), (out.get(to) ?? []).flatMap((next) => onward(next, seen)));
  const drawn = new Set<string>();
  for (const e of g.edges) {
    if (points.has(e.from)) continue;
    for (const to of onward(e.to, new Set())) {
      // In an undirected graph `a -- b` and `b -- a` are one line.
      if (!g.directed && drawn.has(`${to}\u0000${e.from}`)) continue;
      drawn.add(`${e.from}\u0000${to}`);
      b.edge(ids.get(e.from), ids.get(to), { line: e.line });
    }
  }
}
