import { Button } from '../../components/ui/Button';
import { Suspense } from 'react';
import { lazyRetry } from '../../app/lazyRetry';
import { appStore, useApp } from '../../store/appStore';
import { TID } from '../../testIds';
import { lazyAction } from '../share/lazyAction';
import { DeletedNotice } from './DeletedNotice';

const downloadFile = lazyAction((m) => m.downloadWorkspaceFile());

// Shown only when a saved entry could not be opened as it was: its code loads only then.
const SetAsideNotice = lazyRetry(() => import('./SetAsideNotice').then((m) => m.SetAsideNotice));

const FLASH_TONE = {
  done: 'bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50',
  info: 'bg-sky-100 text-sky-950 dark:bg-sky-900 dark:text-sky-50',
  problem: 'bg-rose-100 text-rose-950 dark:bg-rose-900 dark:text-rose-50',
} as const;

/** Everything the user must know about their data: unreadable entries, storage trouble, undo. */
export function Notices() {
  const setAside = useApp((s) => s.setAside);
  const status = useApp((s) => s.storageStatus);
  // While the workspace list is open, the list shows the Undo bar itself.
  const listOpen = useApp((s) => s.workspacesOpen);
  const flash = useApp((s) => s.flash);
  const { showFlash, showWorkspaces } = appStore.getState();

  return (
    // Each notice carries its own status or alert role; a live container around them would announce twice.
    <div className="space-y-px">
      {status !== 'saved' && (
        <div data-testid={TID.notice} data-kind="storage" role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 bg-amber-100 px-4 py-1.5 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
          <p className="min-w-0 flex-[1_1_16rem]">
            {status === 'full'
              ? 'Browser storage is full, so your latest changes are not saved yet. They stay in this tab and are saved as soon as there is space.'
              : 'Browser storage is unavailable: your changes are kept in this tab only and will be lost when it closes.'}
          </p>
          <Button variant="secondary" className="py-0.5" onClick={downloadFile}>Download workspace file</Button>
          {status === 'full' && <Button variant="secondary" className="py-0.5" onClick={() => showWorkspaces(true)}>Free space…</Button>}
        </div>
      )}
      {setAside.length > 0 && (
        <Suspense fallback={null}>
          <SetAsideNotice />
        </Suspense>
      )}
      {flash && (
        <div
          data-testid={TID.notice}
          data-kind={`flash-${flash.tone}`}
          role={flash.tone === 'problem' ? 'alert' : 'status'}
          className={`flex items-start gap-3 px-4 py-1.5 text-sm ${FLASH_TONE[flash.tone]}`}
        >
          <p className="min-w-0 flex-1 break-words">{flash.message}</p>
          <Button variant="ghost" className="py-0.5" onClick={() => showFlash(null)}>Dismiss</Button>
        </div>
      )}
      {!listOpen && <DeletedNotice />}
    </div>
  );
}
