import { Suspense, useRef } from 'react';
import { PipelineCanvas } from '../canvas/PipelineCanvas';
import { AppHeader } from '../features/header/AppHeader';
import { Notices } from '../features/notices/Notices';
import { OfflineNotices } from '../features/notices/OfflineNotices';
import { OverviewPanel } from '../features/overview/OverviewPanel';
import { appStore, useApp } from '../store/appStore';
import { selectActive } from '../store/selectors';
import { selectFocusSeam } from '../store/walkthroughSelectors';
import { TID } from '../testIds';
import { useColorMode } from './useColorMode';
import { useImportInputs } from './useImportInputs';
import { usePrintShortcut } from './usePrintShortcut';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useSharedLink } from './useSharedLink';
import { lazyRetry } from './lazyRetry';
import { PanelBoundary } from '../components/ui/PanelBoundary';
import { Opening } from './Opening';

// The seam panel carries the clause catalog; the first graph does not need it.
const SeamPanel = lazyRetry(() => import('../features/seamPanel/SeamPanel').then((m) => m.SeamPanel));
const WalkthroughPanel = lazyRetry(() => import('../features/walkthrough/WalkthroughPanel').then((m) => m.WalkthroughPanel));

const ComponentPanel = lazyRetry(() => import('../features/component/ComponentPanel').then((m) => m.ComponentPanel));
// Imported pipelines bring layout, search and a minimap: none of it is needed for the first graph.
const ImportedCanvas = lazyRetry(() => import('../canvas/ImportedCanvas').then((m) => m.ImportedCanvas));

const PrintReport = lazyRetry(() => import('../features/share/PrintReport').then((m) => m.PrintReport));
const ImportDialog = lazyRetry(() => import('../features/import/ImportDialog').then((m) => m.ImportDialog));

const loading = <p className="text-sm text-slate-500">Loading…</p>;

function PanelContent({ workspaceId }: { workspaceId: string }) {
  const selected = useApp((s) => s.selectedSeam);
  const walking = useApp((s) => s.walkthroughOpen);
  // A component only shows while the workspace on screen still has it.
  const component = useApp((s) =>
    s.selectedComponent && s.workspaces[s.activeId]?.pipeline?.components.some((c) => c.id === s.selectedComponent) ? s.selectedComponent : null,
  );
  if (walking) {
    return (
      <Suspense fallback={loading}>
        <WalkthroughPanel />
      </Suspense>
    );
  }
  if (selected) {
    return (
      <Suspense fallback={loading}>
        <SeamPanel key={selected} seam={selected} />
      </Suspense>
    );
  }
  if (component) {
    return (
      <Suspense fallback={loading}>
        <ComponentPanel id={component} />
      </Suspense>
    );
  }
  return <OverviewPanel key={workspaceId} />;
}

/** Nothing is drawn or made until saved workspaces have been read, so nothing can overwrite them. */
export function App() {
  const ready = useApp((s) => s.ready);
  const problem = useApp((s) => s.bootProblem);
  return ready ? <Workbench /> : <Opening problem={problem} />;
}

function Workbench() {
  const workspace = useApp(selectActive);
  const selected = useApp((s) => s.selectedSeam);
  const focus = useApp(selectFocusSeam);
  const walking = useApp((s) => s.walkthroughOpen);
  const theme = useApp((s) => s.theme);
  const mode = useColorMode(theme);
  const importDraft = useApp((s) => s.importDraft);
  const panelOpen = useApp((s) => s.panelOpen);
  useImportInputs();
  useSharedLink();
  usePrintShortcut();
  useUndoShortcuts();
  const printing = useApp((s) => s.printJob !== null);
  const canvasFrame = useRef<HTMLDivElement>(null);

  return (
    <div className="flex h-full flex-col">
      <AppHeader />
      <Notices />
      <OfflineNotices />
      {/* On a phone the graph takes the top and the panel is a sheet below it. */}
      <main className="flex min-h-0 flex-1 max-md:flex-col">
        <div ref={canvasFrame} className="relative min-w-0 flex-1 max-md:min-h-[45%]">
          <button
            type="button"
            onClick={() => appStore.getState().togglePanel()}
            aria-expanded={panelOpen}
            aria-label={panelOpen ? 'Hide the side panel' : 'Show the side panel'}
            title={panelOpen ? 'Hide the side panel' : 'Show the side panel'}
            className="absolute top-2 right-2 z-10 rounded-md border border-slate-300 bg-white/95 px-2 py-0.5 text-sm shadow-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800/95 dark:hover:bg-slate-700"
          >
            {panelOpen ? '⇥' : '⇤'}
          </button>
          {workspace.pipeline ? (
            <PanelBoundary key={workspace.id} what="The graph">
              <Suspense fallback={loading}>
                <ImportedCanvas workspace={workspace} selected={selected} focus={focus} colorMode={mode} frame={canvasFrame} />
              </Suspense>
            </PanelBoundary>
          ) : (
            <PipelineCanvas workspace={workspace} selected={selected} focus={focus} colorMode={mode} />
          )}
        </div>
        {panelOpen && (
          <aside
            data-testid={TID.panel}
            aria-label={walking ? 'Walkthrough' : selected ? 'Seam contract' : 'Workspace overview'}
            className="relative w-96 shrink-0 overflow-y-auto border-l border-slate-200 bg-white p-4 max-md:max-h-[55%] max-md:w-full max-md:rounded-t-xl max-md:border-t max-md:border-l-0 max-md:shadow-[0_-4px_12px_rgb(0_0_0/0.08)] dark:border-slate-800 dark:bg-slate-900"
          >
            <PanelBoundary key={`${workspace.id}:${selected ?? ''}:${walking}`} what="The side panel" onDismiss={() => appStore.getState().selectSeam(null)}>
              <PanelContent workspaceId={workspace.id} />
            </PanelBoundary>
          </aside>
        )}
      </main>
      {importDraft && (
        <PanelBoundary what="The import dialog" onDismiss={() => appStore.getState().closeImport()}>
          <Suspense fallback={null}>
            {/* A new paste or drop is a new import: the dialog starts over with it. */}
            <ImportDialog key={`${importDraft.name}:${importDraft.text.length}:${importDraft.text.slice(0, 64)}`} />
          </Suspense>
        </PanelBoundary>
      )}
      {printing && (
        <Suspense fallback={null}>
          <PrintReport />
        </Suspense>
      )}
    </div>
  );
}
