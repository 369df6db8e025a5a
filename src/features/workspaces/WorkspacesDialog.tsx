import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { appStore, useApp } from '../../store/appStore';
import { TID } from '../../testIds';
import { storagePort } from '../../store/storagePort';
import { DeletedNotice } from '../notices/DeletedNotice';
import { keepOrder, sameOrder } from './keepOrder';
import { WorkspaceRow } from './WorkspaceRow';

/** The list of workspaces, each told apart by its verdict and seams: open, rename, duplicate, delete (asked first, undoable after). */
export function WorkspacesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const workspaces = useApp((s) => s.workspaces);
  const activeId = useApp((s) => s.activeId);
  const full = useApp((s) => s.storageStatus === 'full');
  // Measured again whenever a workspace changes, since that is when sizes change.
  const sizes = useMemo(() => (open && workspaces ? storagePort()?.sizes() : undefined), [open, workspaces]);
  // When storage is full the biggest come first: they free the most space.
  const ranked = Object.values(workspaces)
    .sort((a, b) => (full && sizes ? (sizes.get(b.id) ?? 0) - (sizes.get(a.id) ?? 0) : b.updatedAt.localeCompare(a.updatedAt)))
    .map((w) => w.id);
  // Ranked when the list opens, then held still: a rename or an undo must not move rows under the pointer.
  const [order, setOrder] = useState<readonly string[]>(ranked);
  const shown = keepOrder(order, ranked);
  if (!sameOrder(shown, order)) setOrder(shown);

  // The row an undo brought back takes the focus the Undo button had.
  const restored = useRef<string | null>(null);
  useEffect(() => {
    const id = restored.current;
    const row = id ? ref.current?.querySelector<HTMLElement>(`[data-workspace-id="${CSS.escape(id)}"] button`) : null;
    if (!row) return;
    restored.current = null;
    row.focus();
  }, [workspaces]);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      data-testid={TID.workspacesDialog}
      aria-labelledby="workspaces-title"
      onClose={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 id="workspaces-title" className="text-lg font-semibold">Workspaces</h2>
        <div className="flex gap-2">
          <Button
            variant="primary"
            onClick={() => {
              appStore.getState().createBlank();
              onClose();
            }}
          >
            + New blank
          </Button>
          <Button variant="ghost" aria-label="Close" onClick={onClose}>✕</Button>
        </div>
      </div>
      {full && (
        <p className="border-b border-slate-200 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-slate-700 dark:bg-amber-950 dark:text-amber-50">
          Storage is full. Deleting a workspace frees the space shown beside it; unsaved changes are saved as soon as it is free.
        </p>
      )}
      <DeletedNotice takeFocus onUndone={(id) => (restored.current = id)} />
      <ul className="max-h-[60vh] divide-y divide-slate-200 overflow-y-auto dark:divide-slate-700">
        {shown.map((id) => {
          const ws = workspaces[id];
          return ws && <WorkspaceRow key={id} ws={ws} size={sizes?.get(id)} active={id === activeId} onOpened={onClose} />;
        })}
      </ul>
    </dialog>
  );
}
