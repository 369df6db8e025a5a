import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/Button';
import { appStore, useApp } from '../../store/appStore';
import { TID } from '../../testIds';

/**
 * "Deleted …. Undo", wherever the user is: the workspace list draws it inside its dialog, because
 * anything outside a modal dialog sits under its backdrop and cannot be reached.
 */
export function DeletedNotice({ takeFocus = false, onUndone }: { takeFocus?: boolean; onUndone?: (id: string) => void }) {
  const deleted = useApp((s) => s.recentlyDeleted);
  const undo = useRef<HTMLButtonElement>(null);
  // The confirmed Delete button went with its row: Undo is where the keyboard user continues.
  useEffect(() => {
    const active = document.activeElement;
    if (takeFocus && deleted && (!active || active === document.body)) undo.current?.focus();
  }, [takeFocus, deleted]);
  if (!deleted) return null;
  return (
    <div data-testid={TID.notice} data-kind="deleted" role="status" className="flex items-center gap-3 bg-slate-800 px-4 py-1.5 text-sm text-white dark:bg-slate-200 dark:text-slate-900">
      <span className="min-w-0 flex-1 truncate">Deleted “{deleted.workspace.name}”.</span>
      <Button ref={undo} variant="secondary" className="py-0.5" onClick={() => {
          appStore.getState().undoDelete();
          onUndone?.(deleted.workspace.id);
        }}>Undo</Button>
    </div>
  );
}
