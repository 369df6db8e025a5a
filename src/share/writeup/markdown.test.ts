import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../domain/diagnosis/causes';
import { SEAM_IDS, SEAMS } from '../../domain/seams';
import { blankWorkspace, type Workspace } from '../../domain/workspace';
import { accepted, diagnosis, solved, T0 } from './fixtures';
import { CLAUSE_COLUMNS, toMarkdown } from './markdown';
import { writeupModel } from './model';
import { oneLine } from './plainText';
import { all, cells, parse, section, sectionText, textOf } from './readBack';

const SECTIONS = ['Verdict', 'Contract clauses', 'Questions and answers', 'How to confirm', 'Fix now', 'Clauses to write down', 'Components by stage'];
const render = (ws: Workspace) => toMarkdown(writeupModel(ws, diagnosis));
const clausesOf = (ws: Workspace) => SEAM_IDS.flatMap((id) => ws.seams[id].clauses.map((c) => ({ seam: id, c })));

describe('toMarkdown for an accepted walkthrough', () => {
  const ws = accepted('ack-before-commit');
  const md = render(ws);
  const root = parse(md);

  it('is a postmortem section: the title, then the sections in order', () => {
    const headings = all(root, 'heading').map((h) => [h.depth, textOf(h)]);
    expect(headings).toEqual([[2, ws.name], [3, 'Notes'], ...SECTIONS.map((s) => [3, s])]);
    expect(md.startsWith(`## ${ws.name}\n`)).toBe(true);
  });

  it('has one table, a row per clause with its assumed and actual text', () => {
    const tables = all(root, 'table');
    expect(tables).toHaveLength(1);
    const [header, ...rows] = cells(tables[0]!);
    expect(header).toEqual([...CLAUSE_COLUMNS]);
    const clauses = clausesOf(ws);
    expect(rows).toHaveLength(clauses.length);
    clauses.forEach(({ seam, c }, i) => {
      expect(rows[i]?.slice(0, 5)).toEqual([SEAMS[seam].name, c.dimension, c.subject, c.assumed, c.actual]);
    });
    expect(md).toContain('\n| --- | --- | --- | --- | --- | --- | --- |\n');
  });

  it('names the seam and says it was accepted, in words', () => {
    const acc = ws.walkthrough!.accepted!;
    const verdict = sectionText(root, 'Verdict');
    expect(verdict).toContain(`Seam: ${SEAMS[acc.seam].name}`);
    expect(verdict).toContain(`Cause: ${diagnosis.causeAt(acc.seam, acc.causeId)!.title}`);
    expect(verdict).toMatch(/Accepted: Yes, as (Broken|Suspect) on 2026-03-04T06:00:00Z/);
    expect(verdict).toMatch(/Confidence: (Settled|Leaning|Undecided) \(\d+%\)/);
  });

  it('lists the questions in order, numbered, each with its answer', () => {
    const [list] = section(root, 'Questions and answers').filter((n) => n.type === 'list');
    expect(list?.type === 'list' && list.ordered).toBe(true);
    const items = list ? all(list, 'listItem').map((li) => textOf(li)) : [];
    const steps = ws.walkthrough!.steps;
    expect(items).toHaveLength(steps.length);
    steps.forEach((s, i) => {
      const q = diagnosis.kb.questions.find((x) => x.id === s.questionId)!;
      // An option picked reads as the question it answers, with the option as the answer.
      const line = q.oneOf && s.answer === 'yes' ? `Which part of the pipeline is seen misbehaving? — ${q.option}` : `${q.text} — ${{ yes: 'Yes', no: 'No', unsure: 'Not sure', na: 'Does not apply' }[s.answer]}`;
      expect(items[i]).toBe(line);
    });
  });

  it('gives the cause\'s check, fix and clause, and the components by stage', () => {
    const acc = ws.walkthrough!.accepted!;
    const cause = diagnosis.causeAt(acc.seam, acc.causeId)!;
    expect(sectionText(root, 'How to confirm')).toBe(cause.confirm);
    expect(sectionText(root, 'Fix now')).toBe(cause.fixNow);
    expect(sectionText(root, 'Clauses to write down')).toBe(cause.contractClause);
    expect(sectionText(root, 'Components by stage')).toBe('Ingest: Ingestor\nStore: Storage');
  });

  it('is plain GFM: no HTML', () => {
    expect(all(root, 'html')).toEqual([]);
  });
});

describe('toMarkdown for a solved preset with no walkthrough', () => {
  const ws = solved('undeclared-dependency');
  const root = parse(render(ws));

  it('takes the verdict from the clauses and says no walkthrough concluded', () => {
    const verdict = sectionText(root, 'Verdict');
    expect(verdict).toContain('Broken: Orchestration ↔ All');
    expect(verdict).toContain('no walkthrough has concluded');
    expect(sectionText(root, 'Questions and answers')).toBe('No walkthrough has been run.');
  });

  it('invents no cause, fix or clause to write down', () => {
    const text = textOf(root);
    for (const cause of CAUSES) expect(text).not.toContain(cause.title);
    expect(sectionText(root, 'Fix now')).toMatch(/^Not known/);
    expect(sectionText(root, 'Clauses to write down')).toMatch(/^Not known/);
  });
});

describe('toMarkdown for an empty workspace', () => {
  const root = parse(render(blankWorkspace('w', 'New incident', T0)));

  it('says there is no verdict yet and has no table', () => {
    expect(sectionText(root, 'Verdict')).toBe('No verdict yet. No walkthrough has been run. No contract clauses have been written.');
    expect(all(root, 'table')).toEqual([]);
    expect(sectionText(root, 'Contract clauses')).toBe('No contract clauses have been written.');
    expect(sectionText(root, 'Components by stage')).toBe('No components named.');
  });

  it('names no seam and no cause', () => {
    const text = textOf(root);
    for (const id of SEAM_IDS) expect(text).not.toContain(SEAMS[id].name);
    for (const cause of CAUSES) expect(text).not.toContain(cause.title);
  });

  it('omits the notes section when there are no notes, and falls back to a title when the name is blank', () => {
    const headings = all(parse(render(blankWorkspace('w', ' \n ', T0))), 'heading').map((h) => textOf(h));
    expect(headings).toEqual(['Incident write-up', ...SECTIONS]);
  });
});

describe('user text cannot become markup', () => {
  const nasty = ['a | b', '**bold** _em_', '`code`', '# not a heading', '<script>alert(1)</script>', '- not a list', '<br>', '&amp; &#x41;', '[x](javascript:alert(1))', 'ends with \\', '1. one', '> quote', '---', '~~gone~~', '![img](x.png)'];
  const base = solved('ack-before-commit');
  const clause = (v: string, i: number) => ({ id: `n${i}`, dimension: v, subject: v, assumed: v, actual: `${v}\nsecond line`, evidence: v, verdict: null });
  const ws: Workspace = { ...base, name: nasty.join(' '), notes: nasty.join('\n'), seams: { ...base.seams, 'ingest-store': { clauses: nasty.map(clause) } } };
  const md = render(ws);
  const root = parse(md);

  it('escapes every cell: rows stay rows, text stays text', () => {
    const rows = cells(all(root, 'table')[0]!).slice(1);
    expect(rows).toHaveLength(clausesOf(ws).length);
    nasty.forEach((v, i) => {
      expect(rows[i]?.slice(1, 6)).toEqual([v, v, v, oneLine(`${v}\nsecond line`), v]);
    });
    for (const type of ['html', 'emphasis', 'strong', 'inlineCode', 'delete', 'image'] as const) {
      expect(all(all(root, 'table')[0]!, type), type).toEqual([]);
    }
    expect(all(root, 'link')).toEqual([]);
  });

  it('keeps the title one heading and the notes plain lines', () => {
    expect(textOf(all(root, 'heading')[0]!)).toBe(nasty.join(' '));
    expect(all(root, 'heading')).toHaveLength(SECTIONS.length + 2);
    expect(sectionText(root, 'Notes')).toBe(nasty.join('\n'));
    expect(all(root, 'html')).toEqual([]);
    // Every `<` the user typed is escaped, so no renderer can read a tag.
    expect(md).not.toMatch(/(^|[^\\])<(script|br)/m);
  });
});
