import { Suspense } from 'react';
import { seamVerdict } from '../../domain/clause';
import { SharedText } from '../../components/ui/SharedText';
import { PRESET_SHELF } from '../../domain/presets/shelf';
import { SEAM_LIST } from '../../domain/seams';
import { STAGES, STAGE_INFO } from '../../domain/stages';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { VerdictBadge } from '../../components/ui/VerdictBadge';
import { appStore, useApp } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { TID } from '../../testIds';
import { isEmptyWorkspace } from '../../domain/emptyWorkspace';
import { lazyRetry } from '../../app/lazyRetry';
import { StartHere } from './StartHere';
import { WalkthroughSummary } from './WalkthroughSummary';

const PipelineTools = lazyRetry(() => import('./PipelineTools').then((m) => m.PipelineTools));

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** With no seam open: the workspace's notes, its seams at a glance, its components, and the examples. */
export function OverviewPanel() {
  const ws = useApp(selectActive);
  const { renameWorkspace, setNotes, setComponents, selectSeam, openPreset, startScenario } = appStore.getState();

  return (
    <section data-testid={TID.overview} aria-label="Workspace overview" className="space-y-5">
      <div>
        <label className="block">
          <span className={LABEL}>Workspace name</span>
          <SharedText
            data-testid={TID.workspaceName}
            className={`${FIELD} mt-1 text-base font-semibold`}
            value={ws.name}
            onValue={(name) => renameWorkspace(ws.id, name)}
          />
        </label>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Created {when(ws.createdAt)} · updated {when(ws.updatedAt)}
        </p>
      </div>

      {isEmptyWorkspace(ws) && <StartHere examplesId="overview-examples" />}

      <div>
        <h2 className={LABEL}>Seams</h2>
        <ul className="mt-1 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900">
          {SEAM_LIST.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="flex w-full items-center justify-between gap-2 px-3 py-2 text-left text-sm hover:bg-slate-50 dark:hover:bg-slate-800"
                onClick={() => selectSeam(s.id)}
              >
                <span className="font-medium">{s.name}</span>
                <VerdictBadge verdict={seamVerdict(ws.seams[s.id].clauses)} size="sm" />
              </button>
            </li>
          ))}
        </ul>
      </div>

      <WalkthroughSummary />

      <label className="block">
        <span className={LABEL}>Incident notes</span>
        <SharedText
          multiline
          className={`${FIELD} field-sizing-content mt-1 min-h-24 resize-y break-words`}
          value={ws.notes}
          placeholder="What was seen, when, who is on it, links…"
          onValue={setNotes}
        />
      </label>

      {ws.pipeline ? (
        <Suspense fallback={null}>
          <PipelineTools pipeline={ws.pipeline} />
        </Suspense>
      ) : (
        <fieldset>
          <legend className={LABEL}>Components by stage</legend>
          <p className="text-xs text-slate-500 dark:text-slate-400">Comma-separated, e.g. “Kafka, Debezium”.</p>
          <div className="mt-1 grid grid-cols-[5rem_1fr] items-center gap-x-2 gap-y-1.5">
            {STAGES.map((stage) => (
              <ComponentsField key={`${ws.id}-${stage}`} label={STAGE_INFO[stage].label} initial={ws.components[stage].join(', ')} onCommit={(line) => setComponents(stage, line)} />
            ))}
          </div>
        </fieldset>
      )}

      <div>
        <h2 className={LABEL}>Example incidents</h2>
        <p className="text-xs text-slate-500 dark:text-slate-400">Each opens as a new workspace; yours stay as they are.</p>
        <ul id="overview-examples" className="mt-1 space-y-1">
          {PRESET_SHELF.map((p) => (
            <li key={p.id} className="flex items-stretch gap-1">
              <button
                type="button"
                className="min-w-0 flex-1 rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
                onClick={() => void openPreset(p.id)}
              >
                <span className="font-medium">{p.title}</span>
                <span className="block text-xs text-slate-500 dark:text-slate-400">{p.summary}</span>
              </button>
              <button
                type="button"
                aria-label={`Walk through this incident: ${p.title}`}
                className="shrink-0 self-center rounded-md px-2 py-1 text-xs font-medium text-sky-800 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-sky-950"
                onClick={() => void startScenario(p.id)}
              >
                Walk through
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Saves on every keystroke but keeps the user's commas and spaces while they type. */
function ComponentsField({ label, initial, onCommit }: { label: string; initial: string; onCommit: (line: string) => void }) {
  return (
    <>
      <span className="text-sm text-slate-600 dark:text-slate-300">{label}</span>
      <input aria-label={`${label} components`} className={`${FIELD} py-1`} defaultValue={initial} onChange={(e) => onCommit(e.target.value)} />
    </>
  );
}
