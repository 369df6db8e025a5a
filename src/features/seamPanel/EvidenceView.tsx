import type { Evidence, FactRow, Tone } from '../../domain/evidence';
import { TID } from '../../testIds';

const TONE_TEXT: Readonly<Record<Tone, string>> = {
  bad: 'text-rose-700 dark:text-rose-300',
  ok: 'text-emerald-700 dark:text-emerald-300',
  neutral: 'text-slate-800 dark:text-slate-100',
};
const TONE_MARK: Readonly<Record<Tone, string>> = { bad: '✕', ok: '✓', neutral: '' };

function Facts({ rows }: { rows: readonly FactRow[] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 font-mono text-[13px]">
      {rows.map((r) => (
        <div key={r.key} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{r.key}</dt>
          <dd className={`font-medium ${TONE_TEXT[r.tone]}`}>
            {TONE_MARK[r.tone] && <span aria-hidden>{TONE_MARK[r.tone]} </span>}
            {r.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Body({ evidence }: { evidence: Evidence }) {
  switch (evidence.kind) {
    case 'facts':
      return <Facts rows={evidence.rows} />;
    case 'sequence':
      return (
        <ol className="space-y-1 font-mono text-[13px]">
          {evidence.steps.map((s, i) => (
            <li key={i} className={`flex gap-2 ${TONE_TEXT[s.tone]}`}>
              <span aria-hidden className="text-slate-400">{i === 0 ? '•' : '→'}</span>
              <span className={s.tone === 'bad' ? 'font-semibold' : ''}>{s.text}</span>
            </li>
          ))}
        </ol>
      );
    case 'cost': {
      const ratio = Math.round(evidence.actual / evidence.expected);
      return (
        <div className="space-y-3">
          <Facts rows={evidence.rows} />
          <div className="space-y-1.5 text-[13px]" aria-label={`Cost: $${evidence.actual} ${evidence.unit} instead of $${evidence.expected}`}>
            {[
              { label: 'now', value: evidence.actual, cls: 'bg-rose-500' },
              { label: 'if pruned', value: evidence.expected, cls: 'bg-emerald-500' },
            ].map((b) => (
              <div key={b.label} className="flex items-center gap-2">
                <span className="w-16 shrink-0 text-slate-500 dark:text-slate-400">{b.label}</span>
                <span className={`h-3 rounded-sm ${b.cls}`} style={{ width: `${Math.max(2, (b.value / evidence.actual) * 100) * 0.7}%` }} />
                <span className="font-mono font-semibold tabular-nums">${b.value}</span>
              </div>
            ))}
            <p className="text-xs text-slate-500 dark:text-slate-400">{ratio}× the cost {evidence.unit}</p>
          </div>
        </div>
      );
    }
    case 'sample':
      return (
        <table className="w-full border-collapse font-mono text-[13px]">
          <thead>
            <tr className="border-b border-slate-300 text-left text-slate-500 dark:border-slate-600 dark:text-slate-400">
              {evidence.columns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3 font-medium">{c}</th>
              ))}
              <th scope="col"><span className="sr-only">flag</span></th>
            </tr>
          </thead>
          <tbody>
            {evidence.rows.map((r, i) => (
              <tr key={i} className={r.flag ? 'bg-rose-50 text-rose-800 dark:bg-rose-950 dark:text-rose-200' : ''}>
                {r.cells.map((c, j) => (
                  <td key={j} className="py-1 pr-3">{c}</td>
                ))}
                <td className="py-1 text-xs font-semibold">{r.flag ? `← ${r.flag}` : ''}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-slate-300 dark:border-slate-600">
              <th scope="row" colSpan={evidence.columns.length - 1} className="py-1 pr-3 text-left font-medium">{evidence.result.label}</th>
              <td className="py-1 pr-3 font-semibold text-rose-700 dark:text-rose-300">{evidence.result.value}</td>
              <td className="py-1 text-xs font-semibold text-rose-700 dark:text-rose-300">✕ {evidence.result.note}</td>
            </tr>
          </tfoot>
        </table>
      );
    case 'timeline':
      return (
        <ol className="relative ml-1 space-y-2 border-l-2 border-slate-300 pl-4 text-[13px] dark:border-slate-600">
          {evidence.events.map((e, i) => (
            <li key={i} className="relative">
              <span
                aria-hidden
                className={`absolute top-1.5 -left-[22px] size-2.5 rounded-full ${e.tone === 'bad' ? 'bg-rose-500' : 'bg-slate-400'}`}
              />
              <span className="mr-2 font-mono font-semibold tabular-nums">{e.time}</span>
              <span className={TONE_TEXT[e.tone]}>{e.label}</span>
            </li>
          ))}
        </ol>
      );
    default: {
      const never: never = evidence;
      return never;
    }
  }
}

/** The worked example's facts in the shape that makes the break obvious: table, sequence, cost, sample, timeline. */
export function EvidenceView({ evidence }: { evidence: Evidence }) {
  return (
    <figure
      data-testid={TID.evidence}
      data-kind={evidence.kind}
      className="rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <figcaption className="mb-2 font-mono text-xs text-slate-500 dark:text-slate-400">{evidence.title}:</figcaption>
      <Body evidence={evidence} />
      <p className="mt-3 border-t border-slate-200 pt-2 text-sm font-semibold text-rose-700 dark:border-slate-700 dark:text-rose-300">
        {evidence.conclusion}
      </p>
    </figure>
  );
}
