import { useEffect, useMemo, useRef, useState } from 'react';
import type { Workspace } from '../../domain/workspace';
import { Button } from '../../components/ui/Button';
import { FIELD } from '../../components/ui/fieldStyle';
import { appStore, useApp } from '../../store/appStore';
import { TID } from '../../testIds';
import { storagePort } from '../../store/storagePort';
import { formatBytes } from './formatBytes';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The list of workspaces: open, rename, duplicate, delete (asked first, undoable after). */
export function WorkspacesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const workspaces = useApp((s) => s.workspaces);
  const activeId = useApp((s) => s.activeId);
  const full = useApp((s) => s.storageStatus === 'full');
  // Measured again whenever a workspace changes, since that is when sizes change.
  const sizes = useMemo(() => (open && workspaces ? storagePort()?.sizes() : undefined), [open, workspaces]);
  // When storage is full the biggest come first: they free the most space.
  const list = Object.values(workspaces).sort((a, b) =>
    full && sizes ? (sizes.get(b.id) ?? 0) - (sizes.get(a.id) ?? 0) : b.updatedAt.localeCompare(a.updatedAt),
  );

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
      <ul className="max-h-[60vh] divide-y divide-slate-200 overflow-y-auto dark:divide-slate-700">
        {list.map((ws) => (
          <Row key={ws.id} ws={ws} size={sizes?.get(ws.id)} active={ws.id === activeId} onOpened={onClose} />
        ))}
      </ul>
    </dialog>
  );
}

function Row({ ws, size, active, onOpened }: { ws: Workspace; size: number | undefined; active: boolean; onOpened: () => void }) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState(ws.name);
  const { openWorkspace, renameWorkspace, duplicateWorkspace, deleteWorkspace } = appStore.getState();
  const commit = () => {
    renameWorkspace(ws.id, draft.trim() || ws.name);
    setRenaming(false);
  };

  return (
    <li data-testid={TID.workspaceRow} data-name={ws.name} className="flex flex-wrap items-center gap-2 px-4 py-2.5">
      <div className="min-w-0 flex-[1_1_12rem]">
        {renaming ? (
          <input
            autoFocus
            aria-label="New name"
            className={FIELD}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') {
                e.preventDefault();
                setRenaming(false);
              }
            }}
            onBlur={commit}
          />
        ) : (
          <button
            type="button"
            className="block max-w-full truncate text-left font-medium hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
            title={ws.name}
            onClick={() => {
              openWorkspace(ws.id);
              onOpened();
            }}
          >
            {ws.name || 'Untitled'}
            {active && <span className="ml-2 rounded bg-sky-100 px-1.5 text-xs text-sky-900 dark:bg-sky-900 dark:text-sky-100">open</span>}
          </button>
        )}
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Updated {when(ws.updatedAt)}
          {size !== undefined && <span data-testid="workspace-size"> · {formatBytes(size)}</span>}
        </p>
      </div>
      {confirming ? (
        <div className="flex items-center gap-2" role="group" aria-label={`Confirm deleting ${ws.name}`}>
          <span className="text-sm">Delete?</span>
          <Button variant="danger" autoFocus onClick={() => deleteWorkspace(ws.id)}>Delete</Button>
          <Button onClick={() => setConfirming(false)}>Keep</Button>
        </div>
      ) : (
        <div className="flex gap-1">
          <Button variant="ghost" aria-label={`Rename ${ws.name}`} onClick={() => { setDraft(ws.name); setRenaming(true); }}>Rename</Button>
          <Button variant="ghost" aria-label={`Duplicate ${ws.name}`} onClick={() => duplicateWorkspace(ws.id)}>Duplicate</Button>
          <Button variant="ghost" className="text-rose-700 dark:text-rose-300" aria-label={`Delete ${ws.name}`} onClick={() => setConfirming(true)}>Delete</Button>
        </div>
      )}
    </li>
  );
}
