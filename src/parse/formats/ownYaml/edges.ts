/**
 * The own format's shared reading state and its `edges:` section: arrow chains (`A -> B -> C`),
 * from/to maps with labels and control flags, and the adjacency map form.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { ParseProblem } from '../../problems';
import { PipelineBuilder, slugify, str, yamlEntries, yamlGet, yamlItems, yamlText, type Position, type YamlLoad } from '../structured';

const ARROW = /\s*(?:->|→)\s*/;

export abstract class OwnEdgeReader {
  constructor(
    protected readonly b: PipelineBuilder,
    protected readonly y: YamlLoad,
    /** True after a syntax error: structures the parser's recovery produced are read leniently. */
    protected readonly recovering: boolean,
  ) {}

  protected keyOf(name: string): string {
    return `n:${slugify(name)}`;
  }

  protected problem(problem: ParseProblem, node: unknown, found?: string): void {
    this.b.problem(problem, this.y.posOf(node), found);
  }

  protected snippet(node: unknown): string {
    const [start = 0, end = start] = (node as { range?: number[] } | null)?.range ?? [];
    return this.y.text.slice(start, Math.min(end, start + 60));
  }

  /** A node's text, to name a component by; when it has none, `problem` is reported at it (or at `near`). */
  protected nameOf(node: unknown, problem: ParseProblem, near: unknown, found?: string): string | undefined {
    const text = yamlText(node);
    if (text === undefined) this.problem(problem, node ?? near, found ?? this.snippet(node ?? near));
    return text;
  }

  protected readEdges(node: unknown): void {
    if (isSeq(node)) {
      for (const item of yamlItems(node)) this.readEdgeItem(item);
    } else if (isMap(node)) {
      // Adjacency form: `Kafka: [S3 raw]`, `S3 raw: Spark`.
      for (const [from, pair] of yamlEntries(node)) {
        const targets = isSeq(pair.value) ? yamlItems(pair.value) : [pair.value];
        for (const t of targets) {
          const to = this.nameOf(t, { kind: 'edgeNoTarget', from }, pair.key, from);
          if (to !== undefined) this.link(from, this.y.posOf(pair.key), to, this.y.posOf(t), {});
        }
      }
    } else if (node !== null && node !== undefined && !(isScalar(node) && node.value === null)) {
      this.problem({ kind: 'sectionShape', section: 'edges' }, node, this.snippet(node));
    }
  }

  private readEdgeItem(item: unknown): void {
    if (isScalar(item)) {
      const text = str(item.value);
      if (text !== undefined) this.readArrowChain(text, item, undefined);
      return;
    }
    if (!isMap(item)) {
      this.problem({ kind: 'edgeShape' }, item, this.snippet(item));
      return;
    }
    const from = yamlGet(item, 'from');
    const to = yamlGet(item, 'to');
    if (!from && !to) {
      // `- Kafka -> S3 raw: raw events` is read by YAML as a one-entry map: the key is the edge, the value its label.
      const [only, ...more] = yamlEntries(item);
      if (only && more.length === 0 && ARROW.test(only[0])) {
        this.readArrowChain(only[0], only[1].key, yamlText(only[1].value));
        return;
      }
      this.problem({ kind: 'edgeWithoutEnds' }, item, this.snippet(item));
      return;
    }
    if (!from || !to) {
      this.problem({ kind: 'edgeMissingEnd', end: from ? 'to' : 'from' }, item, this.snippet(item));
      return;
    }
    const label = yamlText(yamlGet(item, 'label')?.value);
    const controlNode = yamlGet(item, 'control')?.value;
    const control = isScalar(controlNode) && controlNode.value === true;
    const froms = isSeq(from.value) ? yamlItems(from.value) : [from.value];
    const tos = isSeq(to.value) ? yamlItems(to.value) : [to.value];
    for (const f of froms) {
      const fromName = this.nameOf(f, { kind: 'edgeEndNotName', end: 'from' }, item);
      if (fromName === undefined) continue;
      for (const t of tos) {
        const toName = this.nameOf(t, { kind: 'edgeEndNotName', end: 'to' }, item);
        if (toName !== undefined) this.link(fromName, this.y.posOf(f), toName, this.y.posOf(t), { label, control });
      }
    }
  }

  /** `A -> B -> C`: each name located inside the scalar for warnings. */
  private readArrowChain(text: string, node: unknown, label: string | undefined): void {
    const base = this.y.posOf(node);
    const [start = 0, end = start] = (node as { range?: number[] }).range ?? [];
    const source = this.y.text.slice(start, end);
    const parts = text.split(ARROW);
    if (parts.length < 2) {
      this.b.problem({ kind: 'edgeNotArrow' }, base, text);
      return;
    }
    let searchFrom = 0;
    const located = parts.map((p) => {
      const name = p.trim();
      const at = name === '' ? -1 : source.indexOf(name, searchFrom);
      if (at >= 0) searchFrom = at + name.length;
      // Single-line scalars: the name's column is the node's column plus its offset in the source.
      const onOneLine = at >= 0 && !source.slice(0, at).includes('\n');
      const position: Position = onOneLine ? { line: base.line, column: base.column + at } : base;
      return { name, position };
    });
    for (const [i, c] of located.entries()) {
      const a = located[i - 1];
      if (a === undefined) continue;
      if (a.name === '' || c.name === '') this.b.problem({ kind: 'edgeEmptyEnd' }, base, text);
      else this.link(a.name, a.position, c.name, c.position, { label });
    }
  }

  private resolve(name: string, at: Position): string {
    const key = this.keyOf(name);
    if (this.b.has(key)) return this.b.idOf(key) ?? '';
    this.b.problem({ kind: 'undeclaredEnd', name }, at, name);
    return this.b.component(key, { name, line: at.line });
  }

  private link(from: string, fromAt: Position, to: string, toAt: Position, extra: { label?: string | undefined; control?: boolean }): void {
    const a = this.resolve(from, fromAt);
    const c = this.resolve(to, toAt);
    if (a === c) {
      this.b.problem({ kind: 'selfLoop', name: from }, fromAt, from);
      return;
    }
    this.b.edge(a, c, { ...extra, line: fromAt.line });
  }
}
