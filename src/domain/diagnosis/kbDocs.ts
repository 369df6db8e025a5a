import { SEAM_IDS, SEAMS } from '../seams';
import type { KnowledgeBase } from './knowledgeBase';
import { LIKELIHOOD } from './likelihood';
import { SEAM_WORDS } from './seamWords';
import { SYMPTOM_GROUPS } from './types';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The knowledge base as a page a data engineer can review without reading TypeScript: symptoms,
 * questions with their premises, and per seam a question × cause matrix of expected answers.
 */
export function knowledgeBaseDoc(kb: KnowledgeBase): string {
  const out: string[] = [
    '# The walkthrough\'s knowledge base',
    '',
    'Generated from `src/domain/diagnosis/` by `npm run docs:kb`; do not edit by hand. How the numbers are used: [ranking.md](ranking.md).',
    '',
    `Expected answers: **yes** / **no** — the cause practically always shows it (${LIKELIHOOD.strong * 100} %); **yes?** / **no?** — it usually does (halfway between that and how often incidents in general answer yes); blank — no opinion.`,
    '',
    `## Symptoms (${kb.symptoms.length})`,
    '',
  ];
  for (const g of SYMPTOM_GROUPS) {
    out.push(`**${g}**`, '', '| id | label | also said as |', '|---|---|---|');
    for (const s of kb.symptoms.filter((x) => x.group === g)) out.push(`| \`${s.id}\` | ${cell(s.label)} | ${cell(s.synonyms.join(', '))} |`);
    out.push('');
  }
  out.push(`## Questions (${kb.questions.length})`, '', '| id | kind | question | asked only when |', '|---|---|---|---|');
  for (const q of kb.questions) {
    const r = q.requires;
    const when = [r?.question ? `\`${r.question.id}\` = ${r.question.answer}` : '', r?.symptoms ? `symptom ${r.symptoms.map((s) => `\`${s}\``).join(' / ')}` : ''].filter(Boolean).join(' or ');
    out.push(`| \`${q.id}\` | ${q.kind} | ${cell(q.text)} | ${when} |`);
  }
  out.push('', '## Words in the incident text that point at one seam', '', '| seam | what the words name | words |', '|---|---|---|');
  for (const w of SEAM_WORDS) out.push(`| ${SEAMS[w.seam].name} | ${cell(w.about)} | ${cell(w.words.join(', '))} |`);
  out.push('');
  for (const seam of SEAM_IDS) {
    const causes = kb.causes.filter((c) => c.seam === seam);
    out.push(`## ${SEAMS[seam].name} (${causes.length} causes)`, '', '| cause | title | prevalence | typical symptoms | sometimes |', '|---|---|---|---|---|');
    for (const c of causes) out.push(`| \`${c.id}\` | ${cell(c.title)} | ${c.prevalence} | ${c.symptoms.join(', ')} | ${(c.sometimes ?? []).join(', ')} |`);
    const asked = kb.questions.filter((q) => causes.some((c) => c.answers[q.id]));
    out.push('', `| question | ${causes.map((c) => `\`${c.id}\``).join(' | ')} |`, `|---|${causes.map(() => '---').join('|')}|`);
    for (const q of asked) out.push(`| ${q.kind === 'check' ? '(check) ' : ''}\`${q.id}\` | ${causes.map((c) => c.answers[q.id] ?? '').join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}
