/**
 * Texts too long for the Markdown parser are read line by line, except for the two things a line
 * reader cannot see: fenced blocks (set aside whole, as the parser would) and tables (each table
 * parsed on its own, its rows in pieces with the header in front, so the cost stays linear).
 */
import type { Code, Root } from 'mdast';
import type { SourceLine } from '../text';
import type { Piece } from './chunks';
import { TABLE_RULE } from './lexicon';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/;

/** The line that closes a fence opened with `marker`: the same character, at least as many, nothing after. */
function closes(line: string, marker: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return m?.[1] !== undefined && m[1][0] === marker[0] && m[1].length >= marker.length;
}

/** A fenced block as the Markdown parser would give it: one code node, positions relative to the piece. */
function fencePiece(lines: readonly SourceLine[], lang: string, closed: boolean): Piece {
  const body = lines.slice(1, closed ? -1 : undefined).map((l) => l.text);
  const last = lines[lines.length - 1];
  const code: Code = {
    type: 'code',
    lang: lang === '' ? null : lang,
    meta: null,
    value: body.join('\n'),
    position: { start: { line: 1, column: 1 }, end: { line: lines.length, column: (last?.text.length ?? 0) + 1 } },
  };
  return { lines, tree: { type: 'root', children: [code] }, partOfPage: true };
}

/** A table starts where a line with a pipe sits over a delimiter row. */
function tableAt(lines: readonly SourceLine[], i: number): boolean {
  const head = lines[i]?.text ?? '';
  const rule = lines[i + 1]?.text ?? '';
  return head.includes('|') && rule.includes('-') && TABLE_RULE.test(rule) && (rule.includes('|') || head.trim().startsWith('|'));
}

/**
 * Cuts a long text into line pieces, fences and tables. `read` parses one small table piece;
 * `size` is about how many characters of rows go into one.
 */
export function longPieces(lines: readonly SourceLine[], read: (text: string) => Root, size: number): Piece[] {
  const out: Piece[] = [];
  let run: SourceLine[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push({ lines: run });
    run = [];
  };
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (!l) break;
    const open = FENCE_OPEN.exec(l.text);
    if (open?.[1] && !(open[1][0] === '`' && l.text.slice(open[0].length).includes('`'))) {
      let j = i + 1;
      while (j < lines.length && !closes(lines[j]?.text ?? '', open[1])) j++;
      flush();
      out.push(fencePiece(lines.slice(i, j + 1), (open[2] ?? '').toLowerCase(), j < lines.length));
      i = j + 1;
      continue;
    }
    if (tableAt(lines, i)) {
      let j = i + 2;
      while (j < lines.length && (lines[j]?.text.includes('|') ?? false) && lines[j]?.text.trim() !== '') j++;
      flush();
      const head = lines.slice(i, i + 2);
      let rows: SourceLine[] = [];
      let chars = 0;
      const table = (): void => {
        const piece = [...head, ...rows];
        out.push({ lines: piece, tree: read(piece.map((r) => r.text).join('\n')), partOfPage: true });
        rows = [];
        chars = 0;
      };
      for (const row of lines.slice(i + 2, j)) {
        rows.push(row);
        chars += row.text.length + 1;
        if (chars > size) table();
      }
      if (rows.length > 0) table();
      i = j;
      continue;
    }
    run.push(l);
    i++;
  }
  flush();
  return out;
}
