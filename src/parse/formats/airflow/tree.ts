/**
 * Small readers over the Lezer Python tree: children by kind, call arguments, string literals and
 * binary chains. A binary chain is read along its left spine in a loop: a DAG file may wire thousands
 * of tasks in one `a >> b >> …` or `x | y | …` expression, and the tree of such an expression is as
 * deep as the chain is long, too deep for any recursive walk.
 */
import type { SyntaxNode } from '@lezer/common';

export type Node = SyntaxNode;

/** Punctuation and keywords that separate the parts of a construct. */
const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', ':', '.', '=', 'AssignOp', 'Comment']);

export function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** The expression children of a bracketed construct (list, tuple, parenthesised expression…). */
export function items(node: Node): Node[] {
  return children(node).filter((c) => !PUNCTUATION.has(c.name) && !c.type.isError);
}

export interface Arg {
  /** Keyword name, or undefined for a positional argument. */
  readonly name?: string;
  /** `*args` (star) or `**kwargs` (double). */
  readonly spread?: 'star' | 'double';
  readonly value: Node;
}

/** The arguments of an ArgList; a generator argument (`f(x for x in y)`) ends the list at its element. */
export function argsOf(argList: Node | null, text: string): Arg[] {
  const out: Arg[] = [];
  if (!argList) return out;
  let spread: Arg['spread'];
  for (let c = argList.firstChild; c; c = c.nextSibling) {
    if (c.name === 'for' || c.name === 'async') break;
    if (c.name === '*' || c.name === '**') {
      spread = c.name === '*' ? 'star' : 'double';
      continue;
    }
    if (PUNCTUATION.has(c.name) || c.type.isError) continue;
    const next = c.nextSibling;
    if (c.name === 'VariableName' && next?.name === 'AssignOp') {
      const value = next.nextSibling;
      if (value && !value.type.isError && !PUNCTUATION.has(value.name)) out.push({ name: text.slice(c.from, c.to), value });
      c = value ?? next;
      continue;
    }
    out.push(spread ? { spread, value: c } : { value: c });
    spread = undefined;
  }
  return out;
}

/** A keyword argument, or the positional one at `position`. */
export function argNode(args: readonly Arg[], name: string, position?: number): Node | undefined {
  const kw = args.find((a) => a.name === name);
  if (kw || position === undefined) return kw?.value;
  return args.filter((a) => a.name === undefined && a.spread === undefined)[position]?.value;
}

/** `a.b.c` as text when the expression is a plain dotted name. */
export function dotted(node: Node, text: string): string | undefined {
  const parts: string[] = [];
  let n: Node | null = node;
  while (n?.name === 'MemberExpression') {
    const prop = n.lastChild;
    if (prop?.name !== 'PropertyName') return undefined;
    parts.push(text.slice(prop.from, prop.to));
    n = n.firstChild;
  }
  if (n?.name !== 'VariableName') return undefined;
  parts.push(text.slice(n.from, n.to));
  return parts.reverse().join('.');
}

export interface Chain {
  readonly operands: readonly Node[];
  /** `ops[k]` stands between `operands[k]` and `operands[k + 1]`. */
  readonly ops: readonly Node[];
}

/** A left-associative binary chain `o0 op o1 op o2 …`, read along the left spine without recursion. */
export function flattenBinary(node: Node): Chain {
  const rights: Node[] = [];
  const ops: Node[] = [];
  let n: Node = node;
  while (n.name === 'BinaryExpression') {
    // `not in` and `is not` are two tokens: the right operand is the last child.
    const left = n.firstChild;
    const op = left?.nextSibling;
    const right = n.lastChild;
    if (!left || !op || !right || right.from <= op.from) break;
    ops.push(op);
    rights.push(right);
    n = left;
  }
  return { operands: [n, ...rights.reverse()], ops: ops.reverse() };
}

const PREFIX = /^[rRbBuUfF]{0,2}('''|"""|'|")/;

/** The content of one string literal token, without prefix and quotes, as written (escapes kept). */
export function stringContent(raw: string): string {
  const m = PREFIX.exec(raw);
  if (!m) return raw;
  const quote = m[1] ?? '"';
  const body = raw.slice(m[0].length);
  return body.endsWith(quote) ? body.slice(0, body.length - quote.length) : body;
}

/**
 * The pieces of an f-string: literal text and replacement fields, in order. `{{` and `}}` are
 * literal braces in an f-string, so they read as one brace each.
 */
export function formatPieces(node: Node, text: string): (string | Node)[] {
  const raw = text.slice(node.from, node.to);
  const m = PREFIX.exec(raw);
  const quote = m?.[1] ?? '"';
  const start = node.from + (m?.[0].length ?? 0);
  const end = raw.endsWith(quote) && node.to - quote.length >= start ? node.to - quote.length : node.to;
  const out: (string | Node)[] = [];
  let at = start;
  const literal = (to: number) => {
    if (to > at) out.push(text.slice(at, to).replace(/\{\{/g, '{').replace(/\}\}/g, '}'));
  };
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'FormatReplacement') continue;
    literal(c.from);
    out.push(c);
    at = c.to;
  }
  literal(end);
  return out;
}

/** The expression inside a replacement field `{expr!r:spec}`. */
export const replacementExpr = (field: Node): Node | undefined =>
  children(field).find((c) => !['{', '}', 'FormatConversion', 'FormatSpec'].includes(c.name) && !c.type.isError);
