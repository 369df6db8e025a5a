import { useEffect } from 'react';
import { lazyAction } from '../features/share/lazyAction';
import { appStore } from '../store/appStore';

/** Larger than any pipeline description: a 10 MB dbt manifest is already a big one. */
const MAX_DROP_BYTES = 50_000_000;

const editable = (el: Element | null): boolean =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);

/** Dropping a file anywhere, or pasting while on the graph, opens the importer with that text. */
export function useImportInputs(): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      const { openImport } = appStore.getState();
      // Pipeline descriptions are text; an image or a video dropped by mistake is not read at all.
      if (file.size > MAX_DROP_BYTES || /^(image|video|audio)\//.test(file.type)) {
        openImport({ text: '', name: file.name, auto: false, problem: `${file.name} is not a pipeline description we can read (${file.type || 'unknown type'}, ${(file.size / 1e6).toFixed(1)} MB).` });
        return;
      }
      // A workspace file is a workspace, not a pipeline description: it opens whole, as it was saved.
      if (/\.seams\.json$/i.test(file.name)) {
        lazyAction((m) => m.openWorkspaceFile(file))();
        return;
      }
      file
        .text()
        .then((text) => openImport({ text, name: file.name, auto: true }))
        .catch((err: unknown) => openImport({ text: '', name: file.name, auto: false, problem: `Could not read ${file.name}: ${err instanceof Error ? err.message : String(err)}` }));
    };
    const paste = (e: ClipboardEvent) => {
      if (editable(document.activeElement) || appStore.getState().importDraft) return;
      const onCanvas = document.activeElement === document.body || document.activeElement?.closest('[data-testid="pipeline-canvas"]');
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!onCanvas || !text.trim()) return;
      e.preventDefault();
      appStore.getState().openImport({ text, name: '', auto: true });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    document.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
      document.removeEventListener('paste', paste);
    };
  }, []);
}
