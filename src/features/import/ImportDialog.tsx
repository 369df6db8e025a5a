import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { howItReads, SUPPORTED } from '../../parse/importPipeline';
import type { ParseWarning, FormatId } from '../../parse/types';
import type { ImportReply } from './workerProtocol';
import type { Imported } from '../../parse/importPipeline';
import { isNote } from '../../parse/problems';
import { appStore, useApp } from '../../store/appStore';
import { runImport } from './runImport';
import { appEdits } from '../../store/appEdits';

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; step: string; done: number }
  | { kind: 'failed'; message: string; unrecognised: boolean; warnings: readonly ParseWarning[] }
  | { kind: 'review'; result: Imported; to: Target };

/** Beyond this a paste is shown, not edited: a textarea holding megabytes freezes typing. */
const READ_ONLY_AT = 200_000;

const formatLabel = (id: FormatId) => SUPPORTED.find((f) => f.id === id)?.label ?? id;
/** A workspace opened from a paste is named for its format in a word: "Mermaid pipeline", not the format's whole label. */
const SHORT: Readonly<Record<FormatId, string>> = {
  arrows: 'Pasted', list: 'Pasted', mermaid: 'Mermaid', yaml: 'YAML', airflow: 'Airflow', compose: 'Compose',
  'dbt-manifest': 'dbt', 'dbt-schema': 'dbt', openlineage: 'OpenLineage', workflow: 'Workflow', dot: 'DOT',
};
/** What the dialog says of the text as it is typed, with the format left to detection. */
const detectedText = (d: ReturnType<typeof howItReads>): string =>
  d === null ? 'Format not recognised' : d.asProse ? 'No format recognised: read as prose' : `Looks like: ${formatLabel(d.id)}`;

/** Where an import goes: a workspace of its own, or into the one on screen (matching names merge). */
type Target = 'new' | 'into';

/** Paste or drop a pipeline description; it opens as a new workspace, or joins the one on screen. */
export function ImportDialog() {
  const draft = useApp((s) => s.importDraft);
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(draft?.text ?? '');
  const [format, setFormat] = useState<FormatId | 'auto'>('auto');
  const [status, setStatus] = useState<Status>(() =>
    draft?.problem
      ? { kind: 'failed', message: draft.problem, unrecognised: false, warnings: [] }
      : draft?.auto && draft.text.trim()
        ? { kind: 'running', step: 'Starting', done: 0 }
        : { kind: 'idle' },
  );
  const cancel = useRef<(() => void) | null>(null);
  const here = useApp((s) => s.workspaces[s.activeId]?.name);
  const { closeImport, importPipeline } = appStore.getState();
  const { importIntoActive } = appEdits;
  const detected = text.trim() ? howItReads(text.slice(0, 20_000)) : null;
  const name = draft?.name ?? '';

  const open = (result: Imported, to: Target) => {
    const base = name.replace(/\.[a-z0-9]+$/i, '') || `${SHORT[result.format]} pipeline`;
    if (to === 'into') importIntoActive(result.graph, result.warnings);
    else importPipeline(result.graph, base, result.warnings);
    closeImport();
  };

  const launch = (input: string, to: Target) => {
    cancel.current = runImport(input, format === 'auto' ? undefined : format, (r: ImportReply) => {
      if (r.type === 'progress') setStatus({ kind: 'running', step: r.step, done: r.done });
      else if (r.type === 'failed')
        setStatus({
          kind: 'failed',
          message: r.message,
          unrecognised: r.error.kind === 'unrecognised',
          warnings: r.error.kind === 'nothingFound' ? r.error.warnings : [],
        });
      // A clean read opens at once (notes on how it was read go with it); a partial one is shown with its warnings first.
      else if (!r.result.warnings.every(isNote)) setStatus({ kind: 'review', result: r.result, to });
      else open(r.result, to);
    });
  };
  const start = (input: string, to: Target) => {
    setStatus({ kind: 'running', step: 'Starting', done: 0 });
    launch(input, to);
  };

  useEffect(() => {
    ref.current?.showModal();
    if (draft?.auto && draft.text.trim()) launch(draft.text, 'new');
    return () => cancel.current?.();
    // Runs once per opening: the draft is what the dialog was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={ref}
      data-testid="import-dialog"
      aria-labelledby="import-title"
      onClose={closeImport}
      className="m-auto w-[min(48rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 id="import-title" className="text-lg font-semibold">Import a pipeline</h2>
        <Button variant="ghost" aria-label="Close" onClick={closeImport}>✕</Button>
      </div>
      <div className="flex flex-col gap-3 p-4">
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Paste an arrow chain, a list or a paragraph, a Mermaid flowchart, architecture, ER or sequence diagram, a GraphViz DOT graph, our YAML, an Airflow DAG, a docker-compose file, a dbt
          manifest or schema, OpenLineage events, or a workflow (Kestra, Mage, Meltano, Argo, DVC, Data Factory, Vector, Numaflow). You can also drop a file anywhere on the app, or
          press Ctrl/⌘+V on the graph.
        </p>
        <label className="block">
          <span className={LABEL}>Pipeline description{name ? ` · ${name}` : ''}</span>
          <textarea
            className={`${FIELD} mt-1 h-56 font-mono text-xs`}
            value={text.length > READ_ONLY_AT ? `${text.slice(0, READ_ONLY_AT)}\n… (${(text.length / 1e6).toFixed(1)} MB in all)` : text}
            readOnly={text.length > READ_ONLY_AT}
            placeholder={'Mobile app -> Kafka -> S3 raw -> Spark -> dbt marts -> Looker'}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
          />
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <span>Format</span>
            <select className={`${FIELD} w-auto py-1`} value={format} onChange={(e) => setFormat(e.target.value as FormatId | 'auto')}>
              <option value="auto">Detect automatically</option>
              {SUPPORTED.map((f) => (
                <option key={f.id} value={f.id}>{f.label}</option>
              ))}
            </select>
          </label>
          <span className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
            {format === 'auto' && text.trim() ? detectedText(detected) : ''}
          </span>
          {text.length > READ_ONLY_AT && (
            <Button variant="ghost" onClick={() => { setText(''); setStatus({ kind: 'idle' }); }}>Clear</Button>
          )}
          <span className="ml-auto flex flex-wrap gap-2">
            <Button disabled={!text.trim() || status.kind === 'running'} aria-describedby="import-into-hint" onClick={() => start(text, 'into')}>
              Import into this workspace
            </Button>
            <Button variant="primary" disabled={!text.trim() || status.kind === 'running'} onClick={() => start(text, 'new')}>
              Open as new workspace
            </Button>
          </span>
        </div>
        <p id="import-into-hint" className="-mt-1 text-right text-xs text-slate-600 dark:text-slate-300">
          Into “{here || 'Untitled'}”: components with the same name merge, the rest are added.
        </p>
        {status.kind === 'running' && (
          <div role="status" className="space-y-1">
            <p className="text-sm">{status.step}…</p>
            <progress className="w-full" max={1} value={status.done} aria-label="Import progress" />
          </div>
        )}
        {status.kind === 'review' && (
          <div data-testid="import-warnings" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50">
            <p className="font-medium">
              Read as {formatLabel(status.result.format)}: {status.result.graph.components.length} components, {status.result.graph.edges.length} edges — with{' '}
              {status.result.warnings.length} {status.result.warnings.length === 1 ? 'problem' : 'problems'}:
            </p>
            <ul className="list-disc pl-5 font-mono text-xs">
              {status.result.warnings.slice(0, 8).map((w, i) => (
                <li key={i}>
                  Line {w.line}, column {w.column}: {w.message}
                  {w.found ? ` — “${w.found}”` : ''}
                </li>
              ))}
            </ul>
            <div className="flex gap-2">
              <Button variant="primary" onClick={() => open(status.result, status.to)}>{status.to === 'into' ? 'Add what was read' : 'Open what was read'}</Button>
              <Button onClick={() => setStatus({ kind: 'idle' })}>{text.length > READ_ONLY_AT ? 'Back' : 'Fix the text first'}</Button>
            </div>
          </div>
        )}
        {status.kind === 'failed' && status.unrecognised && (
          <section aria-labelledby="formats-title" className="order-last rounded-md border border-slate-200 p-3 dark:border-slate-700">
            <h3 id="formats-title" className="text-sm font-semibold">Formats we read</h3>
            <dl className="mt-2 grid grid-cols-[9rem_1fr] gap-x-3 gap-y-2 text-xs">
              {SUPPORTED.map((f) => (
                <div key={f.id} className="contents">
                  <dt className="font-medium">{f.label}</dt>
                  <dd>
                    <code className="block rounded bg-slate-100 p-1.5 font-mono whitespace-pre-wrap dark:bg-slate-800">{f.example}</code>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}
        {status.kind === 'failed' && (
          <div role="alert" data-testid="import-error" className="space-y-2 rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
            <p className="font-medium">{status.message}</p>
            {status.warnings.length > 0 && (
              <ul className="list-disc pl-5 font-mono text-xs">
                {status.warnings.slice(0, 8).map((w, i) => (
                  <li key={i}>
                    Line {w.line}, column {w.column}: {w.message}
                    {w.found ? ` — “${w.found}”` : ''}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </dialog>
  );
}
