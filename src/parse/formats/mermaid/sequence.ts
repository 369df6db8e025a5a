/**
 * A Mermaid `sequenceDiagram`: each participant or actor is a component (by its `as` label, else its id), each message
 * data from sender to receiver (`API-->>Client: rows` too); notes, blocks, activations and autonumber draw nothing.
 */
import { getOrAdd, type PipelineBuilder } from '../text';
import { cleanLabel, labelLines, tellApart } from './labels';
import { statementLines } from './preamble';

export const SEQUENCE_HEADER = /^sequenceDiagram\b/;
const DECLARES = /^(?:create\s+)?(?:participant|actor)\s+/i;
/** Lines that open, split or close a block, or set something up: what follows the keyword is not a message. */
const KEYWORD = /^(?:title|loop|alt|else|opt|par(?:_over)?|and|critical|option|break|rect|box|end|note|autonumber|activate|deactivate|destroy|links?|properties|details|acc(?:Title|Descr))\b/i;
/** Every arrow a message may take, longest first; searched for, not matched from the line's start, so a long line stays linear. */
const ARROW = /<<-->>|<<->>|-->>|-->|--x|--\)|->>|->|-x|-\)/;
/** Mermaid's escapes (`#59;` is a semicolon): neither a comment nor the end of a statement. */
const ENTITY = /#(\w{1,8});/g;

export function readSequence(b: PipelineBuilder, text: string): void {
  b.problem({ kind: 'sequenceMessagesAsFlow' }, { line: 1, column: 1 }, 'sequenceDiagram');
  const parts = new Map<string, { id: string; name: string; detail: string }>();
  // A label's first line names the participant, the rest describes it (`DB raw<br/>sensor_readings hypertable`).
  const declare = (id: string, label: string | undefined, line: number): string => {
    const { name, rest } = labelLines(cleanLabel(label ?? id, false, true).replace(/"/g, ''));
    const part = getOrAdd(parts, id, () => ({ id: b.mention(name || id, { key: `participant:${id}`, slugFrom: name || id, line }), name, detail: rest }));
    // Declared after its first message, as Mermaid allows: the label names it all the same.
    if (label !== undefined && part.name !== name) {
      Object.assign(part, { name, detail: rest });
      b.setName(part.id, name || id);
    }
    if (rest) b.addHints(part.id, [rest]);
    return part.id;
  };
  const statement = (t: string, line: number): void => {
    if (SEQUENCE_HEADER.test(t) || KEYWORD.test(t)) return;
    if (DECLARES.test(t)) {
      const rest = t.replace(DECLARES, '');
      // One space each side, then trimmed: `\s+as\s+` backtracks over a long run of spaces.
      const as = /\sas\s/i.exec(rest);
      const id = (as ? rest.slice(0, as.index) : rest).replace(/@\{.*$/, '').trim();
      if (id !== '') declare(id, as ? rest.slice(as.index + 4).trim() : undefined, line);
      return;
    }
    const colon = t.indexOf(':');
    const head = colon < 0 ? t : t.slice(0, colon);
    const arrow = ARROW.exec(head);
    if (!arrow) return;
    const from = head.slice(0, arrow.index).trim();
    const to = head.slice(arrow.index + arrow[0].length).replace(/^\s*[+-]/, '').trim();
    if (from === '' || to === '' || from === to) return;
    const [a, z] = [declare(from, undefined, line), declare(to, undefined, line)];
    const label = colon < 0 ? '' : cleanLabel(t.slice(colon + 1));
    b.edge(a, z, { line, ...(label === '' ? {} : { label }) });
    if (arrow[0].startsWith('<<')) b.edge(z, a, { line });
  };
  let inNote = false;
  statementLines(text, b, ({ text: s, line }) => {
    // A note over several lines (`note right of K`, its text, `end`) says nothing of the flow.
    if (inNote || (/^\s*note\b/i.test(s) && !s.includes(':'))) {
      inNote = !/^\s*end\b/i.test(s);
      return false;
    }
    // `#` opens a comment and `;` ends a statement, as in Mermaid, except in an escape.
    const code = s.replace(ENTITY, '\uE000$1\uE001').replace(/#.*$/, '');
    for (const t of code.split(';')) statement(t.replace(/\uE000(\w{1,8})\uE001/g, '#$1;').trim(), line);
    return /^accDescr\s*\{/i.test(s.trim()) && !s.includes('}');
  });
  tellApart(b, parts.values());
}
