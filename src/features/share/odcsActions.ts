import type { Clause } from '../../domain/clause';
import type { SeamId } from '../../domain/seams';
import type { Workspace } from '../../domain/workspace';
import { appStore } from '../../store/appStore';
import { downloadBlob, downloadText } from './browserFiles';
import { say } from './flash';

/** A contract read from a file, waiting for the user to choose the seam it belongs to. */
export interface PendingContract {
  readonly fileName: string;
  readonly clauses: readonly Clause[];
  readonly contract: string;
  readonly warnings: readonly string[];
  readonly seam: SeamId | null;
}

const odcs = () => import('../../share/odcs');

export async function downloadOdcs(ws: Workspace, seam: SeamId): Promise<void> {
  const m = await odcs();
  downloadText(m.odcsFileName(ws.name, seam), m.toOdcsYaml(ws, seam), 'application/yaml');
}

export async function downloadAllOdcs(ws: Workspace): Promise<void> {
  const [m, { zipSync, strToU8 }, { slugFileName }] = await Promise.all([odcs(), import('fflate'), import('../../share/fileName')]);
  const files = Object.fromEntries(m.odcsFiles(ws).map((f) => [f.fileName, strToU8(f.text)]));
  const name = slugFileName(ws.name, 'odcs.zip');
  downloadBlob(name, new Blob([zipSync(files)], { type: 'application/zip' }));
  say('done', `Downloaded ${name}: one ODCS v3.1.0 contract per seam.`);
}

/** Reads an ODCS file; the error says which file, where and why, and that nothing changed. */
export async function readOdcsFile(file: File): Promise<{ ok: true; value: PendingContract } | { ok: false; message: string }> {
  const m = await odcs();
  // Checked before reading: a huge file would freeze the tab before the parser could refuse it.
  if (file.size > m.MAX_TEXT_CHARS) return { ok: false, message: `${file.name} was not imported: at ${(file.size / 1e6).toFixed(1)} MB it is larger than any data contract. Nothing was changed.` };
  const r = m.fromOdcs(await file.text());
  if (!r.ok) return { ok: false, message: `${file.name} was not imported. ${m.describeOdcsError(r.error)} Nothing was changed.` };
  if (r.value.clauses.length === 0) return { ok: false, message: `${file.name} is a valid contract but promises nothing we can check: no properties with rules or descriptions, and no SLA.` };
  const { clauses, contract, warnings, seam } = r.value;
  return { ok: true, value: { fileName: file.name, clauses, contract: contract.name ?? contract.id, warnings, seam } };
}

export async function addContract(pending: PendingContract, seam: SeamId): Promise<void> {
  const m = await odcs();
  appStore.getState().addContractClauses(seam, m.placeOnSeam(pending.clauses, seam), pending.fileName);
}
