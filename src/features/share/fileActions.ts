import { appStore } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { downloadBlob, downloadText, pickFile } from './browserFiles';
import { slugFileName } from '../../share/fileName';
import { failed, say } from './flash';

/** Far above any workspace: 2,000 components with clauses and a trail are under 1 MB. */
const MAX_FILE_BYTES = 50_000_000;


export async function downloadWorkspaceFile(): Promise<void> {
  const ws = selectActive(appStore.getState());
  const { toWorkspaceFile, workspaceFileName } = await import('../../share/file/workspaceFile');
  const name = workspaceFileName(ws.name);
  downloadText(name, toWorkspaceFile(ws), 'application/json');
  say('done', `Downloaded ${name}. Open it with Share / Export → Open workspace file.`);
}

/** A file always opens as a new workspace; a bad one is refused with where and why, nothing touched. */
export async function openWorkspaceFile(file?: File | null): Promise<void> {
  const picked = file ?? (await pickFile('.json,.seams.json,application/json'));
  if (!picked) return;
  // Checked before reading: no workspace comes near this, and reading a huge file would freeze the tab.
  if (picked.size > MAX_FILE_BYTES) {
    say('problem', `${picked.name} was not opened: at ${(picked.size / 1e6).toFixed(1)} MB it is no workspace file. Nothing open was changed.`);
    return;
  }
  const [{ fromWorkspaceFile, describeFileProblem }, text] = await Promise.all([import('../../share/file/workspaceFile'), picked.text()]);
  const r = fromWorkspaceFile(text);
  if (r.ok) appStore.getState().openWorkspaceFile(r.value, picked.name);
  else say('problem', `${picked.name} was not opened. ${describeFileProblem(r.error)} Nothing open was changed.`);
}

export function downloadImage(kind: 'png' | 'svg'): Promise<void> {
  const ws = selectActive(appStore.getState());
  say('info', `Drawing the whole graph as ${kind.toUpperCase()}…`);
  return import('./graphImage')
    .then(({ captureGraph }) => captureGraph(kind))
    .then((img) => {
      const name = slugFileName(ws.name, kind);
      downloadBlob(name, img.blob);
      say('done', `Downloaded ${name} (${img.width.toLocaleString('en')} × ${img.height.toLocaleString('en')} px).`);
    })
    .catch(failed('The image'));
}

