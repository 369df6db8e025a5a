/**
 * A chain inside parentheses is the work of what names it: `API → Airflow (extract → DQ → upload) → S3`
 * says Airflow runs extract, DQ and upload, and data goes API → extract → … → upload → S3. The container
 * is lifted out and its parentheses blanked, so columns stay where the user wrote them.
 */
import { scanLine } from './scan';

export interface Container {
  readonly text: string;
  /** 0-based column of the container's name. */
  readonly column: number;
}

const blank = (s: string): string => ' '.repeat(s.length);

export function unnest(line: string, from: number): { line: string; containers: Container[] } {
  const containers: Container[] = [];
  let out = line;
  for (const m of line.matchAll(/\(([^()]*)\)/g)) {
    const open = m.index;
    const inner = m[1] ?? '';
    if (scanLine(inner, 0).arrows.length === 0) continue;
    // The container is the text between the arrow before the parenthesis and the parenthesis.
    const before = out.slice(0, open);
    const lastArrow = scanLine(before, from).arrows.at(-1);
    const start = lastArrow?.end ?? from;
    const text = before.slice(start).trim();
    if (text === '') continue;
    const column = start + (before.slice(start).length - before.slice(start).trimStart().length);
    containers.push({ text, column });
    out = `${out.slice(0, column)}${blank(out.slice(column, open + 1))}${inner}${blank(')')}${out.slice(open + m[0].length)}`;
  }
  return { line: out, containers };
}
