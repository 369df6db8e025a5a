import { Suspense } from 'react';
import { Button } from '../../components/ui/Button';
import { appStore, useApp } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { TID } from '../../testIds';
import { ExamplesMenu } from './ExamplesMenu';
import { ThemeToggle } from './ThemeToggle';
import { UndoRedo } from './UndoRedo';
import { Brand, HEADER_BAR } from './Brand';
import { lazyRetry } from '../../app/lazyRetry';
import { PanelBoundary } from '../../components/ui/PanelBoundary';

// Loads right after the first paint: nothing in it is needed to draw the first graph.
const ShareMenu = lazyRetry(() => import('../share/ShareMenu').then((m) => m.ShareMenu));
const WorkspacesDialog = lazyRetry(() => import('../workspaces/WorkspacesDialog').then((m) => m.WorkspacesDialog));

export function AppHeader() {
  const name = useApp((s) => selectActive(s).name);
  const status = useApp((s) => s.storageStatus);
  const listOpen = useApp((s) => s.workspacesOpen);
  const { showWorkspaces } = appStore.getState();

  return (
    // On a phone the actions wrap onto rows of their own under the name: nothing scrolls sideways.
    <header className={`${HEADER_BAR} gap-x-3 gap-y-1 max-md:h-auto max-md:flex-wrap max-md:py-1.5`}>
      <Brand />
      <span className="text-slate-300 dark:text-slate-600" aria-hidden>/</span>
      <Button variant="ghost" data-testid={TID.workspacesButton} className="min-w-0 max-w-72" onClick={() => showWorkspaces(true)} aria-label={`Workspace: ${name}. Show all workspaces.`}>
        <span className="truncate" title={name}>{name || 'Untitled'}</span>
        <span aria-hidden>▾</span>
      </Button>
      <span data-testid={TID.storageStatus} data-status={status} className="min-w-0 truncate text-xs text-slate-500 max-md:hidden dark:text-slate-400">
        {status === 'saved' ? 'Saved in this browser' : status === 'full' ? 'Not saved yet: storage full' : 'Not saved: in memory only'}
      </span>
      <div className="flex items-center gap-2 max-md:w-full max-md:flex-wrap max-md:gap-1.5 max-md:[&_button]:px-2 max-md:[&_button]:py-1 max-md:[&_button]:text-xs md:ml-auto" data-print="hide">
        <UndoRedo />
        <Button variant="primary" data-testid="start-walkthrough" onClick={() => void appStore.getState().openWalkthrough()}>
          Where did it break?
        </Button>
        <Button data-testid="import-button" onClick={() => appStore.getState().openImport()}>
          Import
        </Button>
        <Button data-testid={TID.newWorkspace} onClick={() => appStore.getState().createBlank()}>+ New</Button>
        <ExamplesMenu />
        <PanelBoundary what="The Share / Export menu">
          <Suspense fallback={<Button disabled>Share / Export <span aria-hidden>▾</span></Button>}>
            <ShareMenu />
          </Suspense>
        </PanelBoundary>
        <ThemeToggle />
      </div>
      <p className="print-note ml-auto text-xs">The graph prints with Share / Export → Print or save as PDF (Ctrl+P).</p>
      {listOpen && (
        <Suspense fallback={null}>
          <WorkspacesDialog open={listOpen} onClose={() => showWorkspaces(false)} />
        </Suspense>
      )}
    </header>
  );
}
