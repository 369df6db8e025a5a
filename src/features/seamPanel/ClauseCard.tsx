import { useId } from 'react';
import { SharedText } from '../../components/ui/SharedText';
import { clauseVerdict, suggestedVerdict, type Clause } from '../../domain/clause';
import { templateById } from '../../domain/catalog';
import { SEAMS, type SeamId } from '../../domain/seams';
import { VERDICTS, VERDICT_LABEL, isVerdict } from '../../domain/verdict';
import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { VerdictBadge } from '../../components/ui/VerdictBadge';
import { VERDICT_TONE } from '../../components/ui/verdictStyle';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';

const AREA = `${FIELD} field-sizing-content min-h-9 resize-y break-words`;
const SELECT =
  'rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs text-slate-900 focus:border-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

interface Props {
  seam: SeamId;
  clause: Clause;
  index: number;
  count: number;
}

export function ClauseCard({ seam, clause, index, count }: Props) {
  const id = useId();
  const { updateClause, moveClause, removeClause } = appStore.getState();
  const patch = (p: Parameters<typeof updateClause>[2]) => updateClause(seam, clause.id, p);
  const verdict = clauseVerdict(clause);
  const suggestion = suggestedVerdict(clause);
  const template = clause.templateId ? templateById(clause.templateId) : undefined;
  const dims = SEAMS[seam].dimensions;
  const label = clause.subject || `Clause ${index + 1}`;

  return (
    <li
      data-testid={TID.clause}
      data-verdict={verdict}
      aria-label={`${label}: ${VERDICT_LABEL[verdict]}`}
      className={`rounded-lg border-l-4 border border-slate-200 bg-white p-3 shadow-xs dark:border-slate-700 dark:bg-slate-800/60 ${VERDICT_TONE[verdict].border}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <VerdictBadge verdict={verdict} size="sm" />
        <select
          aria-label="Dimension"
          className={`${SELECT} min-w-0 flex-1`}
          value={clause.dimension}
          onChange={(e) => patch({ dimension: e.target.value })}
        >
          {!dims.includes(clause.dimension) && <option value={clause.dimension}>{clause.dimension || '—'}</option>}
          {dims.map((d) => (
            <option key={d} value={d}>{d}</option>
          ))}
        </select>
        <div className="flex items-center gap-0.5">
          <Button variant="ghost" className="px-1.5 py-1" aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => moveClause(seam, clause.id, -1)}>↑</Button>
          <Button variant="ghost" className="px-1.5 py-1" aria-label={`Move ${label} down`} disabled={index === count - 1} onClick={() => moveClause(seam, clause.id, 1)}>↓</Button>
          <Button variant="ghost" className="px-1.5 py-1 text-rose-700 dark:text-rose-300" aria-label={`Remove ${label}`} onClick={() => removeClause(seam, clause.id)}>✕</Button>
        </div>
      </div>

      <label className="mt-2 block">
        <span className={LABEL}>Subject</span>
        <SharedText className={`${FIELD} mt-1 font-mono`} value={clause.subject} placeholder="e.g. event_id" onValue={(subject) => patch({ subject })} />
      </label>

      <div className="mt-2 grid grid-cols-2 gap-2">
        <label className="block min-w-0">
          <span className={LABEL}>Assumed</span>
          <SharedText multiline rows={2} className={`${AREA} mt-1`} value={clause.assumed} placeholder="What the receiving side expected" onValue={(assumed) => patch({ assumed })} />
        </label>
        <label className="block min-w-0">
          <span className={LABEL}>Actually got</span>
          <SharedText multiline rows={2} className={`${AREA} mt-1`} value={clause.actual} placeholder="What arrived" onValue={(actual) => patch({ actual })} />
        </label>
      </div>

      <label className="mt-2 block">
        <span className={LABEL}>Evidence and notes</span>
        <SharedText multiline rows={1} className={`${AREA} mt-1`} value={clause.evidence} placeholder="Query results, log lines, links" onValue={(evidence) => patch({ evidence })} />
      </label>

      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-verdict`} className={LABEL}>Verdict</label>
        <select
          id={`${id}-verdict`}
          className={SELECT}
          value={clause.verdict ?? 'auto'}
          onChange={(e) => patch({ verdict: isVerdict(e.target.value) ? e.target.value : null })}
        >
          <option value="auto">Suggested: {VERDICT_LABEL[suggestion]}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>{VERDICT_LABEL[v]}</option>
          ))}
        </select>
        {clause.verdict === null && suggestion === 'broken' && (
          <span className="text-xs text-slate-500 dark:text-slate-400">assumed and actual differ</span>
        )}
      </div>

      {template && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-xs font-medium text-sky-800 dark:text-sky-300">About “{template.title}”</summary>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{template.explanation}</p>
          <p className="mt-1 break-words text-slate-700 dark:text-slate-300">
            <span className="font-semibold">How to check: </span>
            <code className="font-mono text-xs">{template.howToCheck}</code>
          </p>
        </details>
      )}
    </li>
  );
}
