import { useEffect } from 'react';
import { appStore } from '../store/appStore';

/**
 * Ctrl/⌘+Z and Shift+Ctrl/⌘+Z (or Ctrl+Y) undo and redo edits to the workspace, text fields
 * included: each field's own undo would not know about another tab's edits or a deleted clause.
 * Inside a dialog (an import draft, a rename) the field's own undo is the right one.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if (!redo && !(key === 'z' && !e.shiftKey)) return;
      if (e.target instanceof Element && e.target.closest('dialog, [role="dialog"]')) return;
      e.preventDefault();
      const s = appStore.getState();
      if (redo) s.redo();
      else s.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
