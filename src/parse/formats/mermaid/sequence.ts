/**
 * A Mermaid `sequenceDiagram`: each participant or actor is a component (by its `as` label, else its id), each message
 * data from sender to receiver (`API-->>Client: rows` too); notes, blocks, activations and autonumber draw nothing.
 */
import { getOrAdd, type PipelineBuilder } from '../text';
import { cleanLabel, labelLines } from './labels';
import { statementLines } from './preamble';

export const SEQUENCE_HEADER = /^sequenceDiagram\b/;
/** `participant A`, `actor A as Alice`, `create participant B as Bob`, `participant DB@{ "type": "database" } as Store`. */
const PARTICIPANT = /^(?:create\s+)?(?:participant|actor)\s+(.+?)(?:@\{[^}]*\})?(?:\s+as\s+(.+))?$/;
/** Every arrow a message may take, longest first, with an optional activation mark before the receiver. */
const MESSAGE = /^([^:;,]+?)\s*(<<-->>|<<->>|-->>|->>|-->|->|--x|-x|--\)|-\))\s*[+-]?\s*([^:;,]+?)\s*(?::(.*))?$/;

export function readSequence(b: PipelineBuilder, text: string): void {
  b.problem({ kind: 'sequenceMessagesAsFlow' }, { line: 1, column: 1 }, 'sequenceDiagram');
  const ids = new Map<string, string>();
  // A label's first line names the participant, the rest describes it (`DB raw<br/>sensor_readings hypertable`).
  const declare = (id: string, label: string, line: number): string => {
    const { name, rest } = labelLines(cleanLabel(label.replace(/^"|"$/g, ''), false, true));
    return getOrAdd(ids, id, () => b.mention(name === '' ? id : name, { line, hints: rest === '' ? [] : [rest] }));
  };
  const idOf = (id: string, line: number): string => ids.get(id) ?? declare(id, id, line);
  statementLines(text, b, ({ text: s, line }) => {
    const t = s.trim();
    if (SEQUENCE_HEADER.test(t)) return false;
    const p = PARTICIPANT.exec(t);
    if (p?.[1]) {
      declare(p[1].trim(), p[2] ?? p[1], line);
      return false;
    }
    const m = MESSAGE.exec(t);
    if (!m?.[1] || !m[3] || m[1] === m[3]) return false;
    const [from, to] = [idOf(m[1].trim(), line), idOf(m[3].trim(), line)];
    const label = cleanLabel(m[4] ?? '');
    b.edge(from, to, { line, ...(label === '' ? {} : { label }) });
    // `<<->>`: both ways.
    if (m[2]?.startsWith('<<')) b.edge(to, from, { line });
    return false;
  });
}
