import { useState } from 'react';
import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { Modal } from '../../components/ui/Modal';
import { SEAM_IDS, SEAMS, type SeamId } from '../../domain/seams';
import { appStore, useApp } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { pickFile } from './browserFiles';
import { addContract, downloadAllOdcs, downloadOdcs, readOdcsFile, type PendingContract } from './odcsActions';

/** Each seam's contract out as Open Data Contract Standard YAML; any ODCS contract in as clauses. */
export function OdcsDialog() {
  const ws = useApp(selectActive);
  const [pending, setPending] = useState<PendingContract | null>(null);
  const [seam, setSeam] = useState<SeamId>('ingest-store');
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => appStore.getState().openShareDialog(null);
  const importFile = async () => {
    setProblem(null);
    setPending(null);
    const file = await pickFile('.yaml,.yml,application/yaml,text/yaml');
    if (!file) return;
    const r = await readOdcsFile(file);
    if (!r.ok) return setProblem(r.message);
    setSeam(r.value.seam ?? 'ingest-store');
    setPending(r.value);
  };
  const add = async () => {
    if (!pending) return;
    await addContract(pending, seam);
    close();
  };
  const report = (e: unknown) => setProblem(`That did not work: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`);

  return (
    <Modal title="Data contracts (ODCS)" onClose={close} testId="odcs-dialog" wide>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Each seam&apos;s contract as an <a className="underline" href="https://bitol-io.github.io/open-data-contract-standard/" target="_blank" rel="noreferrer">Open Data Contract Standard</a> v3.1.0 document, written from the receiving side: what it expects, with what it actually got and the verdict kept alongside.
      </p>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {SEAM_IDS.map((id) => (
          <li key={id} className="flex items-center justify-between gap-3 px-3 py-1.5 text-sm">
            <span>
              <span className="font-medium">{SEAMS[id].name}</span>{' '}
              <span className="text-slate-500 dark:text-slate-400">{ws.seams[id].clauses.length} clause{ws.seams[id].clauses.length === 1 ? '' : 's'}</span>
            </span>
            <Button variant="ghost" data-testid={`odcs-download-${id}`} aria-label={`Download the ${SEAMS[id].name} contract`} onClick={() => downloadOdcs(ws, id).catch(report)}>
              Download .yaml
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" data-testid="odcs-download-all" onClick={() => downloadAllOdcs(ws).catch(report)}>Download all (.zip)</Button>
        <Button data-testid="odcs-import" onClick={() => importFile().catch(report)}>Import an ODCS contract…</Button>
      </div>
      {problem && <p role="alert" data-testid="odcs-problem" className="text-sm text-rose-700 dark:text-rose-300">{problem}</p>}
      {pending && (
        <section aria-label="Contract to import" data-testid="odcs-pending" className="space-y-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950">
          <p>
            <span className="font-medium">{pending.contract}</span> ({pending.fileName}) gives {pending.clauses.length} clause{pending.clauses.length === 1 ? '' : 's'}. They are added to the seam you choose; nothing already there changes.
          </p>
          {pending.warnings.map((w) => <p key={w} className="text-amber-800 dark:text-amber-300">{w}</p>)}
          <label className={LABEL} htmlFor="odcs-seam">Add to seam</label>
          <select id="odcs-seam" className={FIELD} value={seam} onChange={(e) => setSeam(e.target.value as SeamId)}>
            {SEAM_IDS.map((id) => <option key={id} value={id}>{SEAMS[id].name}</option>)}
          </select>
          <div className="flex justify-end gap-2">
            <Button onClick={() => setPending(null)}>Cancel</Button>
            <Button variant="primary" data-testid="odcs-add" onClick={() => add().catch(report)}>Add {pending.clauses.length} clause{pending.clauses.length === 1 ? '' : 's'}</Button>
          </div>
        </section>
      )}
    </Modal>
  );
}
