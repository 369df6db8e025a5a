/**
 * A Mermaid `erDiagram` of a pipeline's tables: each entity is a table, data at rest, placed by its
 * layer (`staging_…`, `mart_…`). A relationship is a key between tables, not a data flow, so none is drawn.
 */
import type { PipelineBuilder } from '../text';
import { statementLines } from './preamble';

export const ER_HEADER = /^erDiagram\b/;
const NAME = String.raw`("[^"]+"|[\p{L}\p{N}_.*-]+)`;
/** `CUSTOMER ||--o{ ORDER : places`: cardinalities at both ends of `--` or `..`. */
const RELATION = new RegExp(String.raw`^${NAME}\s+[|}][o|](?:--|\.\.)[o|][|{]\s+${NAME}`, 'u');
/** `ORDER {` opens its attributes; `ORDER["Order"]`, or `ORDER` alone, declares it. */
const ENTITY = new RegExp(String.raw`^${NAME}(?:\s*\[[^\]]*\])?\s*(\{)?\s*$`, 'u');

export function readEr(b: PipelineBuilder, text: string): void {
  const table = (name: string, line: number): string => b.mention(name.replace(/^"|"$/g, ''), { line, hints: ['dataset'] });
  b.problem({ kind: 'erRelationsNotFlow' }, { line: 1, column: 1 }, 'erDiagram');
  statementLines(text, b, ({ text: s, line }) => {
    const t = s.trim();
    const relation = RELATION.exec(t);
    for (const name of relation ? [relation[1], relation[2]] : []) table(name ?? '', line);
    const entity = relation || ER_HEADER.test(t) ? null : ENTITY.exec(t);
    if (entity?.[1]) table(entity[1], line);
    return entity?.[2] === '{' && !t.includes('}');
  });
}
