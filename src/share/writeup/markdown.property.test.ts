import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../domain/clause';
import { SEAM_IDS, SEAMS } from '../../domain/seams';
import { VERDICTS } from '../../domain/verdict';
import { blankWorkspace, type Workspace } from '../../domain/workspace';
import { diagnosis, T0 } from './fixtures';
import { toMarkdown } from './markdown';
import { writeupModel } from './model';
import { oneLine, paragraphs } from './plainText';
import { all, cells, parse, section, textOf } from './readBack';

// Markdown's special characters, HTML, entities, URLs and awkward whitespace, so most strings hit a rule.
const PIECES = ['|', '\\', '*', '_', '`', '#', '<', '>', '-', '+', '=', '[', ']', '(', ')', '!', '&', ';', ':', '~', '.', '1', 'a', 'Z', ' ', '  ', '\t', '\n', '\r\n', '\r', 'www.x.io', 'http://x.io/a_b', 'a@b.io', '<br>', '<script>', '</td>', '&amp;', '&#124;', '---', '```', '    ', '\u00a0', '\u0000', '\u000b', '😀', '\ud800', '\u2028'];
const userText = fc.oneof(fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 24 }));

const clause: fc.Arbitrary<Clause> = fc.record({
  id: fc.uuid(),
  dimension: userText,
  subject: userText,
  assumed: userText,
  actual: userText,
  evidence: userText,
  verdict: fc.constantFrom(null, ...VERDICTS),
});

const workspace: fc.Arbitrary<Workspace> = fc
  .record({
    name: userText,
    notes: userText,
    seams: fc.tuple(...SEAM_IDS.map(() => fc.array(clause, { maxLength: 3 }))),
    components: fc.array(userText, { maxLength: 3 }),
    trailNotes: fc.option(userText, { nil: undefined }),
  })
  .map(({ name, notes, seams, components, trailNotes }) => {
    const ws = blankWorkspace('ws', name, T0);
    return {
      ...ws,
      notes,
      components: { ...ws.components, ingest: components },
      seams: Object.fromEntries(SEAM_IDS.map((id, i) => [id, { clauses: seams[i] ?? [] }])) as unknown as Workspace['seams'],
      ...(trailNotes === undefined ? {} : { walkthrough: { symptoms: [], notes: trailNotes, steps: [] } }),
    };
  });

// Parsing back costs a few milliseconds per document, so many runs need more than the default 5 s.
const RUNS = 200;
const TIMEOUT = 60_000;

// Bare URLs and e-mail addresses become links in GFM (GitHub autolinks them anyway); their text is unchanged.
const CELL_NODES = new Set(['tableCell', 'text', 'link']);
const kinds = (n: Nodes): string[] => [n.type, ...('children' in n ? n.children.flatMap((c: Nodes) => kinds(c)) : [])];

describe('toMarkdown with arbitrary user text', () => {
  it('keeps one table row per clause, each cell exactly the user\'s text, and no markup', () => {
    fc.assert(
      fc.property(workspace, (ws) => {
        const root = parse(toMarkdown(writeupModel(ws, diagnosis)));
        const clauses = SEAM_IDS.flatMap((seam) => ws.seams[seam].clauses.map((c) => ({ seam, c })));
        const tables = all(root, 'table');
        expect(tables).toHaveLength(clauses.length ? 1 : 0);
        expect(all(root, 'html')).toEqual([]);
        if (tables[0]) {
          // One comparison per document: vitest's expect is costly enough to dominate hundreds of runs.
          const expected = clauses.map(({ seam, c }) => [SEAMS[seam].name, ...[c.dimension, c.subject, c.assumed, c.actual, c.evidence].map(oneLine)]);
          expect(cells(tables[0]).slice(1).map((row) => row.slice(0, 6).concat(row.length === 7 ? [] : ['wrong cell count']))).toEqual(expected);
          expect(all(tables[0], 'tableCell').flatMap(kinds).filter((k) => !CELL_NODES.has(k))).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('keeps the title one heading and the notes as the user\'s lines', () => {
    fc.assert(
      fc.property(workspace, (ws) => {
        const root = parse(toMarkdown(writeupModel(ws, diagnosis)));
        const headings = all(root, 'heading');
        expect(headings[0]?.depth).toBe(2);
        expect(textOf(headings[0]!)).toBe(oneLine(ws.name) || 'Incident write-up');
        // Title, the seven fixed sections, and Notes only when there are notes: nothing a user typed adds one.
        expect(headings).toHaveLength(8 + (paragraphs(ws.notes).length ? 1 : 0));
        const notes = section(root, 'Notes').map((n) => textOf(n));
        expect(notes).toEqual(paragraphs(ws.notes).map((lines) => lines.join('\n')));
        if (ws.walkthrough?.notes) {
          const quote = section(root, 'Questions and answers').find((n) => n.type === 'blockquote');
          const expected = paragraphs(ws.walkthrough.notes).map((lines) => lines.join('\n')).join('\n');
          expect(quote ? textOf(quote) : '').toBe(expected);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
