/**
 * A Mermaid `erDiagram` of a pipeline's tables: each entity is a table, data at rest, placed by its
 * layer (`staging_…`, `mart_…`). A relationship is a key between tables, not a data flow, so none is drawn.
 */
import type { PipelineBuilder } from '../text';
import { statementLines } from './preamble';
import { IGNORED } from './syntax';

export const ER_HEADER = /^erDiagram\b/;
const NAME = String.raw`("[^"]+"|[\p{L}\p{N}_.*-]+)(?::::[\w-]+)?`;
/** Both ends' cardinalities, as symbols (`||--o{`, `}|..|{`) or words (`1 to zero or more`, `only one optionally to 1+`). */
const WORDS = String.raw`(?:only one|one or zero|zero or one|one or more|one or many|zero or more|zero or many|many\(\d\)|\d\+?)`;
const RELATION = new RegExp(String.raw`^${NAME}\s*(?:[|}][o|](?:--|\.\.)[o|][|{]|\s${WORDS}\s+(?:optionally\s+)?to\s+${WORDS}\s)\s*${NAME}`, 'u');
/** `ORDER {` opens its attributes (`ORDER { string id }` on one line); `p["Person"]`, `ORDER`, or `ORDER:::kept` alone declares it. */
const ENTITY = new RegExp(String.raw`^${NAME}(?:\s*\[\s*"?([^\]"]*)"?\s*\])?\s*(\{)?(?:[^}]*\})?\s*$`, 'u');

export function readEr(b: PipelineBuilder, text: string): void {
  const table = (name: string, line: number): string => b.mention(name.replace(/^"|"$/g, '').trim(), { line, hints: ['dataset'] });
  b.problem({ kind: 'erRelationsNotFlow' }, { line: 1, column: 1 }, 'erDiagram');
  const aliases = new Map<string, string>();
  statementLines(text, b, ({ text: s, line }) => {
    const t = s.trim();
    const relation = RELATION.exec(t);
    for (const name of relation ? [relation[1], relation[2]] : []) table(aliases.get(name ?? '') ?? name ?? '', line);
    const entity = relation || ER_HEADER.test(t) || IGNORED.has(t.split(/[\s:{]/)[0] ?? '') ? null : ENTITY.exec(t);
    if (entity?.[1]) aliases.set(entity[1], entity[2] || entity[1]);
    if (entity?.[1]) table(entity[2] || entity[1], line);
    return (entity?.[3] === '{' || /^acc\w+\s*\{/.test(t)) && !t.includes('}');
  });
}
