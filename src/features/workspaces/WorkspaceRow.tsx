import { useEffect, useRef, useState } from 'react';
import { SEAMS } from '../../domain/seams';
import type { Workspace } from '../../domain/workspace';
import { Button } from '../../components/ui/Button';
import { FIELD } from '../../components/ui/fieldStyle';
import { VerdictBadge } from '../../components/ui/VerdictBadge';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';
import { formatBytes } from './formatBytes';
import { SeamStrip } from './SeamStrip';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The verdict a walkthrough wrote into this workspace, if one was accepted. */
function AcceptedVerdict({ ws }: { ws: Workspace }) {
  const accepted = ws.walkthrough?.accepted;
  if (!accepted) return null;
  return (
    <span data-testid="workspace-verdict" className="inline-flex items-center gap-1 text-xs">
      <span className="font-medium">{SEAMS[accepted.seam].name}</span>
      <VerdictBadge verdict={accepted.verdict ?? 'broken'} size="sm" />
    </span>
  );
}

/** "Delete?" asked in place; the focus moves onto it, since the Delete button that had it is gone. */
function ConfirmDelete({ name, onDelete, onKeep }: { name: string; onDelete: () => void; onKeep: () => void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div className="flex items-center gap-2" role="group" aria-label={`Confirm deleting ${name}`}>
      <span className="text-sm">Delete?</span>
      <Button ref={yes} variant="danger" onClick={onDelete}>Delete</Button>
      <Button onClick={onKeep}>Keep</Button>
    </div>
  );
}

/** One workspace: its name, verdict, seams at a glance and last change; open, rename, duplicate, delete. */
export function WorkspaceRow({ ws, size, active, onOpened }: { ws: Workspace; size: number | undefined; active: boolean; onOpened: () => void }) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState(ws.name);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const kept = useRef(false);
  // "Keep" goes with the question: the focus returns to the Delete button that asked it.
  useEffect(() => {
    if (confirming || !kept.current) return;
    kept.current = false;
    deleteButton.current?.focus();
  }, [confirming]);
  const { openWorkspace, renameWorkspace, duplicateWorkspace, deleteWorkspace } = appStore.getState();
  const commit = () => {
    renameWorkspace(ws.id, draft.trim() || ws.name);
    setRenaming(false);
  };

  return (
    <li data-testid={TID.workspaceRow} data-name={ws.name} data-workspace-id={ws.id} className="flex flex-wrap items-center gap-2 px-4 py-2.5">
      <div className="min-w-0 flex-[1_1_14rem] space-y-0.5">
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
            className="block max-w-full truncate text-left font-medium hover:underline"
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
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <SeamStrip ws={ws} />
          <AcceptedVerdict ws={ws} />
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Last change {when(ws.updatedAt)}
          {size !== undefined && <span data-testid="workspace-size"> · {formatBytes(size)}</span>}
        </p>
      </div>
      {confirming ? (
        <ConfirmDelete
          name={ws.name}
          onDelete={() => deleteWorkspace(ws.id)}
          onKeep={() => {
            kept.current = true;
            setConfirming(false);
          }}
        />
      ) : (
        <div className="flex gap-1">
          <Button variant="ghost" aria-label={`Rename ${ws.name}`} onClick={() => { setDraft(ws.name); setRenaming(true); }}>Rename</Button>
          <Button variant="ghost" aria-label={`Duplicate ${ws.name}`} onClick={() => duplicateWorkspace(ws.id)}>Duplicate</Button>
          <Button ref={deleteButton} variant="ghost" className="text-rose-700 dark:text-rose-300" aria-label={`Delete ${ws.name}`} onClick={() => setConfirming(true)}>Delete</Button>
        </div>
      )}
    </li>
  );
}
