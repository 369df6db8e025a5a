import type { KnowledgeBase } from '../knowledgeBase';
import { SYMPTOM_GROUPS } from '../types';
import type { Incident } from './types';

/**
 * What a blind reader gets: the symptoms, the questions and the reports, and nothing of the causes
 * or the answers the write-ups found. They answer each report from its words alone.
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
    const premise = q.requires
      ? ` (asked only if ${[q.requires.question ? `\`${q.requires.question.id}\` = ${q.requires.question.answer}` : '', q.requires.symptoms ? `a symptom of ${q.requires.symptoms.join(', ')}` : ''].filter(Boolean).join(' or ')})`
      : '';
    out.push(`- \`${q.id}\` [${q.kind}]: ${q.text}${premise}`);
  }
  out.push('', '# Reports', '');
  for (const i of incidents) out.push(`## ${i.id}`, '', i.report.trim(), '');
  return out.join('\n');
}
