import { Button } from '../../components/ui/Button';
import { appStore, useApp } from '../../store/appStore';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Undo and redo of every edit to the workspace on screen. */
export function UndoRedo() {
  const { canUndo, canRedo } = useApp((s) => s.history);
  const { undo, redo } = appStore.getState();
  return (
    <div className="flex" role="group" aria-label="Edit history">
      <Button variant="ghost" className="px-2" disabled={!canUndo} onClick={undo} aria-label="Undo last edit" title={`Undo (${MOD}Z)`}>
        <span aria-hidden>↶</span>
      </Button>
      <Button variant="ghost" className="px-2" disabled={!canRedo} onClick={redo} aria-label="Redo last edit" title={`Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})`}>
        <span aria-hidden>↷</span>
      </Button>
    </div>
  );
}
