import { useEffect } from 'react';
import { appStore } from '../store/appStore';

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
      void file.text().then((text) => appStore.getState().openImport({ text, name: file.name, auto: true }));
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
