import type { KnowledgeBase } from '../../domain/diagnosis/knowledgeBase';
import { HONEST_ANSWERS } from '../../domain/presets/honestAnswers';
import type { Preset } from '../../domain/presets';

/**
 * For a preset played as a scenario: the first report, and the facts a triager would dig up,
 * stated as observations. The answer (and the example's picture) waits for the reveal.
 */
export function CaseFile({ kb, preset }: { kb: KnowledgeBase; preset: Preset }) {
  const facts = Object.entries(HONEST_ANSWERS[preset.id] ?? {}).flatMap(([id, a]) => {
    const q = kb.questions.find((x) => x.id === id);
    return q && (a === 'yes' || a === 'no') ? [q.facts[a]] : [];
  });
  return (
    <div className="space-y-2">
      <blockquote className="border-l-4 border-sky-500 bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60">{preset.scenario.brief}</blockquote>
      <details className="rounded-lg border border-slate-200 p-2 text-sm dark:border-slate-700" data-testid="case-file">
        <summary className="cursor-pointer font-medium">Case file: what you would find if you looked</summary>
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          {facts.map((f) => <li key={f}>{f}.</li>)}
        </ul>
      </details>
    </div>
  );
}
