import type { KnowledgeBase } from '../knowledgeBase';
import { optionsOf } from '../groups';
import { QUESTION_GROUPS } from '../questions/groups';
import { SYMPTOM_GROUPS } from '../types';
import type { Incident } from './types';

/**
 * What a blind reader gets: the symptoms, the questions and the reports, and nothing of the causes
 * or the answers the write-ups found. They answer each report from its words alone. Reports are
 * numbered, since a collector's id ("…-join-fanout") can name the cause.
 */
export function readerPacket(kb: KnowledgeBase, incidents: readonly Incident[]): string {
  const out: string[] = ['# Symptoms (pick every one the report states)', ''];
  for (const g of SYMPTOM_GROUPS) {
    out.push(`## ${g}`);
    for (const s of kb.symptoms.filter((x) => x.group === g)) out.push(`- \`${s.id}\`: ${s.label}. e.g. "${s.example}"`);
    out.push('');
  }
  out.push('# Questions (answer yes / no / na only where the report states it; na = its premise is false; otherwise leave it out)', '');
  for (const q of kb.questions) {
    if (q.oneOf !== undefined) {
      if (optionsOf(kb, q.oneOf)[0] === q) out.push(...groupLines(kb, q.oneOf, q.kind));
      continue;
    }
    const premise = q.requires
      ? ` (asked only if ${[q.requires.question ? `\`${q.requires.question.id}\` = ${q.requires.question.answer}` : '', q.requires.symptoms ? `a symptom of ${q.requires.symptoms.join(', ')}` : ''].filter(Boolean).join(' or ')})`
      : '';
    out.push(`- \`${q.id}\` [${q.kind}]: ${q.text}${premise}`);
  }
  out.push('', '# Reports', '');
  incidents.forEach((i, n) => out.push(`## ${packetId(n)}`, '', i.report.trim(), ''));
  return out.join('\n');
}

/**
 * A question with options reads as the app asks it: one question, one option picked (its yes) or
 * none for "not sure". Listed as separate yes/no questions, readers left all six unanswered for
 * reports that plainly show the part they are about.
 */
function groupLines(kb: KnowledgeBase, group: string, kind: string): string[] {
  const text = QUESTION_GROUPS.find((g) => g.id === group)?.text ?? group;
  return [
    `- \`${group}\` [${kind}, one option]: ${text} Answer the option you pick with \`yes\`, or leave all of them out for "not sure":`,
    ...optionsOf(kb, group).map((o) => `  - \`${o.id}\`: ${o.option ?? o.text}`),
  ];
}

const packetId = (n: number): string => `report-${n + 1}`;

/** A reader's answers, keyed by the packet's numbers, under the write-ups' own ids; a number the batch lacks is an error. */
export function unblind(answersYaml: string, incidents: readonly Incident[]): string {
  const out = answersYaml.replace(/^([ \t]*-[ \t]*id:[ \t]*)(["']?)report-(\d+)\2([ \t]*(?:#.*)?)$/gm, (whole, lead: string, _q: string, n: string, tail: string) => {
    const incident = incidents[Number(n) - 1];
    if (!incident) throw new Error(`${whole.trim()}: the batch has ${incidents.length} reports`);
    return `${lead}${incident.id}${tail}`;
  });
  // Only an id that is still a packet number is left over: a write-up's own id may hold one (`daily-report-0412`).
  const left = /^[ \t]*-[ \t]*id:[ \t]*["']?report-\d.*$/m.exec(out);
  if (left) throw new Error(`${left[0].trim()}: not read as a report number`);
  return out;
}
