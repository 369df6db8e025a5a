import type { BlockContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown as serialise } from 'mdast-util-to-markdown';
import { heading, labelled, list, oneOrList, paragraph, prose, table, text } from './mdast';
import { oneLine } from './plainText';
import type { ClauseRow, Writeup, WriteupTrail, WriteupVerdict } from './types';

/** The clause table's columns, in the order the seam panel reads a clause. */
export const CLAUSE_COLUMNS = ['Seam', 'Dimension', 'Subject', 'Assumed', 'Actually got', 'Evidence', 'Verdict'] as const;

const UNKNOWN_STEP = 'Not known: no cause from the knowledge base has been concluded.';

/**
 * The write-up as a postmortem section in GitHub-flavoured Markdown, for pasting into a doc or a
 * ticket. Built as an mdast tree so the serialiser, not string concatenation, escapes user text:
 * a pipe, asterisk, backtick or `<tag>` in a clause prints as itself and never becomes markup.
 * Plain GFM only (headings, lists, one table, bold labels): no HTML, and verdicts are words.
 */
export function toMarkdown(w: Writeup): string {
  // Unaligned tables: padding every row to the longest evidence would bloat the paste for nothing.
  const md = serialise(writeupTree(w), { bullet: '-', listItemIndent: 'one', extensions: [gfmToMarkdown({ tablePipeAlign: false })] });
  return widenDelimiterRow(md);
}

/** The write-up as an mdast tree: serialised to Markdown for pasting, or to HTML for rich paste and print. */
export function writeupTree(w: Writeup): Root {
  return {
    type: 'root',
    children: [
      heading(2, oneLine(w.title) || 'Incident write-up'),
      ...metadata(w),
      ...section('Notes', prose(w.notes), true),
      ...section('Verdict', verdictBlocks(w.verdict)),
      ...section('Contract clauses', clauseBlocks(w.clauses)),
      ...section('Questions and answers', trailBlocks(w.trail)),
      ...section('How to confirm', stepBlocks(w.confirm)),
      ...section('Fix now', stepBlocks(w.fixNow)),
      ...section('Clauses to write down', stepBlocks(w.writeDown)),
      ...section('Components by stage', componentBlocks(w)),
    ],
  };
}

const HEADER_ROW = `| ${CLAUSE_COLUMNS.join(' | ')} |`;
const SHORT_DELIMITERS = `| ${CLAUSE_COLUMNS.map(() => '-').join(' | ')} |`;
const WIDE_DELIMITERS = `| ${CLAUSE_COLUMNS.map(() => '---').join(' | ')} |`;

/**
 * Unaligned, the serialiser writes one hyphen per delimiter cell. That is valid GFM, but `---` is
 * what people and stricter Markdown importers recognise. Our header row is fixed text, and a user's
 * line can never print as it (a leading pipe is escaped), so this exact pair is only ever ours.
 */
function widenDelimiterRow(md: string): string {
  return md.replace(`\n${HEADER_ROW}\n${SHORT_DELIMITERS}\n`, `\n${HEADER_ROW}\n${WIDE_DELIMITERS}\n`);
}

function section(title: string, body: readonly BlockContent[], omitWhenEmpty = false): RootContent[] {
  return omitWhenEmpty && body.length === 0 ? [] : [heading(3, title), ...body];
}

function metadata(w: Writeup): BlockContent[] {
  const lines = [
    ['Created', w.created],
    ['Updated', w.updated],
  ].filter(([, value]) => value);
  return lines.length ? [list(lines.map(([label, value]) => labelled(label ?? '', value ?? '')))] : [];
}

function verdictBlocks(v: WriteupVerdict): BlockContent[] {
  if (v.kind === 'none') return [paragraph(text(v.reason))];
  if (v.kind === 'clauses') {
    const items = [
      labelled('Seam', v.seamName),
      labelled('Verdict', `${v.verdict}, from the contract clauses; no walkthrough has concluded`),
      labelled('Clauses', v.clauses.join('; ')),
    ];
    if (v.alsoSeams.length) items.push(labelled(`Also ${v.verdict}`, v.alsoSeams.join('; ')));
    return [paragraph(text(`${v.verdict}: ${v.seamName}`)), list(items)];
  }
  const lead = v.accepted ? `${v.accepted.verdict}: ${v.seamName}` : `Most likely: ${v.seamName} (not accepted yet)`;
  const items = [labelled('Seam', v.seamName), labelled('Cause', v.cause)];
  if (v.confidence) items.push(labelled('Confidence', v.share ? `${v.confidence} (${v.share})` : v.confidence));
  items.push(
    labelled(
      'Accepted',
      v.accepted ? `Yes, as ${v.accepted.verdict}${v.accepted.at ? ` on ${v.accepted.at}` : ''}` : 'No, this is the walkthrough’s likeliest seam so far',
    ),
  );
  if (v.trailNowPointsAt) items.push(labelled('The trail now ranks first', v.trailNowPointsAt));
  if (v.assumed) items.push(labelled('Receiving side assumed', v.assumed));
  items.push(labelled('Actually got (what was reported)', v.reported));
  if (v.mechanism) items.push(labelled('How this breaks', v.mechanism));
  return [paragraph(text(lead)), list(items)];
}

function clauseBlocks(rows: readonly ClauseRow[]): BlockContent[] {
  if (rows.length === 0) return [paragraph(text('No contract clauses have been written.'))];
  return [table(CLAUSE_COLUMNS, rows.map((r) => [r.seam, r.dimension, r.subject, r.assumed, r.actual, r.evidence, r.verdict]))];
}

function trailBlocks(trail: WriteupTrail | null): BlockContent[] {
  if (!trail) return [paragraph(text('No walkthrough has been run.'))];
  const out: BlockContent[] = [labelled('Symptoms seen', trail.symptoms.join('; ') || 'none picked')];
  const notes = prose(trail.notes);
  // A blockquote marks pasted incident text as the reporter's words, not the write-up's.
  if (notes.length) out.push(paragraph({ type: 'strong', children: [text('Incident text:')] }), { type: 'blockquote', children: notes });
  if (trail.steps.length === 0) {
    out.push(paragraph(text('No questions answered yet.')));
  } else {
    const items = trail.steps.map((s) => paragraph(text(`${oneLine(s.question)} — `), { type: 'strong', children: [text(oneLine(s.answer))] }));
    out.push(list(items, true));
  }
  return out;
}

function stepBlocks(items: readonly string[]): BlockContent[] {
  return items.length ? oneOrList(items) : [paragraph(text(UNKNOWN_STEP))];
}

function componentBlocks(w: Writeup): BlockContent[] {
  if (w.components.length === 0) return [paragraph(text('No components named.'))];
  return [list(w.components.map((g) => labelled(g.stage, g.names.map(oneLine).join(', '))))];
}
