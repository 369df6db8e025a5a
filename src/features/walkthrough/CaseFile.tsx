import type { Preset } from '../../domain/presets';
import { EvidenceView } from '../seamPanel/EvidenceView';

/** For a preset played as a scenario: the first report, and the facts a triager would dig up. */
export function CaseFile({ preset }: { preset: Preset }) {
  return (
    <div className="space-y-2">
      <blockquote className="border-l-4 border-sky-500 bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60">{preset.scenario.brief}</blockquote>
      <details className="rounded-lg border border-slate-200 p-2 text-sm dark:border-slate-700">
        <summary className="cursor-pointer font-medium">Case file: what you would find if you looked</summary>
        <div className="mt-2">
          <EvidenceView evidence={preset.evidence} />
        </div>
      </details>
    </div>
  );
}
