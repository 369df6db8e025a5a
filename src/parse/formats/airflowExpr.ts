/**
 * The expression tree the Airflow reader evaluates, and the combiner that builds it from a flat
 * operand/operator list. Operator chains stay flat (one node holding every operand) rather than
 * nesting one node per operator: a DAG file may wire thousands of tasks in one `a >> b >> …` or
 * `x | y | …` expression, and a tree as deep as the chain is long exhausts the stack of every
 * recursive walk over it.
 */

export type TokKind = 'name' | 'string' | 'number' | 'op';

export interface Tok {
  readonly kind: TokKind;
  /** Names, numbers and operators as written; strings as their raw content (without prefix and quotes). */
  readonly value: string;
  readonly line: number;
  readonly col: number;
}

export type Expr =
  | { readonly t: 'name'; readonly name: string; readonly tok: Tok }
  | { readonly t: 'str'; readonly value: string; readonly tok: Tok }
  | { readonly t: 'other'; readonly tok: Tok; readonly parts: readonly Expr[] }
  | { readonly t: 'list'; readonly items: readonly Expr[]; readonly tok: Tok }
  | { readonly t: 'attr'; readonly obj: Expr; readonly name: string; readonly tok: Tok }
  | { readonly t: 'call'; readonly fn: Expr; readonly args: readonly Arg[]; readonly tok: Tok }
  | { readonly t: 'sub'; readonly obj: Expr; readonly tok: Tok }
  /** `a >> b << c`: `ops[k]` (`>>` or `<<`) stands between `operands[k]` and `operands[k + 1]`. */
  | { readonly t: 'shift'; readonly operands: readonly Expr[]; readonly ops: readonly Tok[] };

export interface Arg {
  readonly name?: string;
  readonly value: Expr;
}

const ARITH = new Set(['+', '-', '*', '/', '//', '%', '**', '@']);
const isShift = (op: Tok): boolean => op.value === '>>' || op.value === '<<';

/**
 * Groups a flat `operands[0] ops[0] operands[1] …` list by precedence in one pass: arithmetic binds
 * tighter than shifts, and anything looser (`|`, comparisons, `and`/`or`, a ternary) separates
 * segments that are read side by side as one 'other' node. Linear in the number of operands.
 */
export function combine(operands: readonly Expr[], ops: readonly Tok[]): Expr {
  const first = operands[0] ?? { t: 'other', tok: ops[0] ?? { kind: 'op', value: '', line: 1, col: 1 }, parts: [] };
  if (ops.length === 0) return first;
  const segments: Expr[] = [];
  let looseTok: Tok | undefined;
  let run: Expr[] = [first];
  let shiftOperands: Expr[] = [];
  let shiftOps: Tok[] = [];
  const runExpr = (): Expr => (run.length === 1 && run[0] ? run[0] : { t: 'other', tok: firstTok(run[0] ?? first), parts: run });
  const segment = (): Expr => {
    shiftOperands.push(runExpr());
    const e: Expr = shiftOps.length === 0 && shiftOperands[0] ? shiftOperands[0] : { t: 'shift', operands: shiftOperands, ops: shiftOps };
    shiftOperands = [];
    shiftOps = [];
    return e;
  };
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    const rhs = operands[k + 1];
    if (!op || !rhs) break;
    if (isShift(op)) {
      shiftOperands.push(runExpr());
      shiftOps.push(op);
    } else if (ARITH.has(op.value)) {
      run.push(rhs);
      continue;
    } else {
      looseTok ??= op;
      segments.push(segment());
    }
    run = [rhs];
  }
  const last = segment();
  if (looseTok === undefined) return last;
  segments.push(last);
  return { t: 'other', tok: looseTok, parts: segments };
}

export function dotted(e: Expr): string | undefined {
  if (e.t === 'name') return e.name;
  if (e.t === 'attr') {
    const base = dotted(e.obj);
    return base === undefined ? undefined : `${base}.${e.name}`;
  }
  return undefined;
}

export function firstTok(e: Expr): Tok {
  switch (e.t) {
    case 'attr':
    case 'sub':
      return firstTok(e.obj);
    case 'call':
      return firstTok(e.fn);
    case 'shift':
      return firstTok(e.operands[0] ?? { t: 'other', tok: e.ops[0] ?? { kind: 'op', value: '', line: 1, col: 1 }, parts: [] });
    default:
      return e.tok;
  }
}

export function exprText(e: Expr): string {
  switch (e.t) {
    case 'name':
      return e.name;
    case 'str':
      return e.value;
    case 'attr':
      return `${exprText(e.obj)}.${e.name}`;
    case 'call':
      return `${exprText(e.fn)}(…)`;
    case 'sub':
      return `${exprText(e.obj)}[…]`;
    case 'list':
      return `[${e.items.map(exprText).join(', ')}]`;
    case 'shift':
      return e.operands.map((o, k) => (k === 0 ? exprText(o) : `${e.ops[k - 1]?.value ?? '>>'} ${exprText(o)}`)).join(' ');
    default:
      return e.tok.value;
  }
}
