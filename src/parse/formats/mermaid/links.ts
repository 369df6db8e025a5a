/** Links between nodes: every arrow, any length, with its label; `~~~` is layout only. */
import type { ParseProblem } from '../../problems';
import { isWordChar, skipSpace } from '../text';
import { bracketed, cleanLabel, unquoteLabel } from './labels';
import type { Link } from './syntax';

/** A link at pos, with its label; undefined when there is none. */
export function readLink(s: string, pos: number): { link: Link; end: number } | { error: ParseProblem; at: number } | undefined {
  let p = pos;
  // Edge id: `e1@-->`.
  let q = p;
  while (q < s.length && q - p < 40 && isWordChar(s[q])) q++;
  if (q > p && s[q] === '@' && '-=<ox~.'.includes(s[q + 1] ?? '#')) p = q + 1;
  const start = p;
  let left = false;
  if ((s[p] === '<' || s[p] === 'o' || s[p] === 'x') && (s[p + 1] === '-' || s[p + 1] === '=')) {
    left = true;
    p++;
  }
  const c = s[p];
  let label: string | undefined;
  let head = false;
  const readHead = (): void => {
    if (s[p] === '>' || ((s[p] === 'o' || s[p] === 'x') && !isWordChar(s[p + 1]) && s[p + 1] !== '-')) {
      head = true;
      p++;
    }
  };
  if (c === '~') {
    while (s[p] === '~') p++;
    if (p - start < 3) return undefined;
    return { link: { kind: 'invisible', direction: 'forward', column: start + 1, text: s.slice(start, p) }, end: p };
  }
  if (c === '-' && s[p + 1] === '.') {
    // Dotted: -.-> -..-> -.- or -. label .->
    p += 1;
    while (s[p] === '.') p++;
    if (s[p] !== '-') {
      const close = s.indexOf('.-', p);
      if (close < 0) return { error: { kind: 'linkLabelUnclosed', expected: '.->' }, at: start };
      label = s.slice(p, close);
      // Past the dots of the `.-` found: the dash.
      p = close;
      while (s[p] === '.') p++;
    }
    p++;
    readHead();
  } else if (c === '-' || c === '=') {
    const runStart = p;
    while (s[p] === c) p++;
    const n = p - runStart;
    readHead();
    if (!head && n === 2) {
      // Text link: -- label --> / == label ==>
      const close = s.indexOf(c + c, p);
      if (close < 0) return { error: { kind: 'linkLabelUnclosed', expected: `${c}${c}>` }, at: start };
      label = s.slice(p, close);
      p = close;
      while (s[p] === c) p++;
      readHead();
    } else if (!head && n < 3) return undefined;
  } else return undefined;
  const text = s.slice(start, p);
  // Pipe label: -->|label|
  const r = skipSpace(s, p);
  if (s[r] === '|') {
    // A quoted label may hold a pipe: -->|"a | b"|
    const { close } = bracketed(s, r + 1, '|', s.length);
    if (close < 0) return { error: { kind: 'pipeUnclosed' }, at: r };
    label = s.slice(r + 1, close);
    p = close + 1;
  }
  const cleaned = label === undefined ? undefined : cleanLabel(unquoteLabel(label.trim()), label.trim().startsWith('"`'));
  return {
    link: {
      kind: 'flow',
      direction: left ? (head ? 'both' : 'back') : 'forward',
      column: start + 1,
      text,
      ...(cleaned ? { label: cleaned } : {}),
    },
    end: p,
  };
}
