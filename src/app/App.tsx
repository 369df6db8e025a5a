import { lazy, Suspense } from 'react';
import { PipelineCanvas } from '../canvas/PipelineCanvas';
import { AppHeader } from '../features/header/AppHeader';
import { Notices } from '../features/notices/Notices';
import { OverviewPanel } from '../features/overview/OverviewPanel';
import { useApp } from '../store/appStore';
import { selectActive } from '../store/selectors';
import { selectFocusSeam } from '../store/walkthroughSelectors';
import { TID } from '../testIds';
import { useColorMode } from './useColorMode';
import { useImportInputs } from './useImportInputs';

// The seam panel carries the clause catalog; the first graph does not need it.
const SeamPanel = lazy(() => import('../features/seamPanel/SeamPanel').then((m) => ({ default: m.SeamPanel })));
const WalkthroughPanel = lazy(() =>
  import('../features/walkthrough/WalkthroughPanel').then((m) => ({ default: m.WalkthroughPanel })),
);

const ComponentPanel = lazy(() => import('../features/component/ComponentPanel').then((m) => ({ default: m.ComponentPanel })));
// Imported pipelines bring layout, search and a minimap: none of it is needed for the first graph.
const ImportedCanvas = lazy(() => import('../canvas/ImportedCanvas').then((m) => ({ default: m.ImportedCanvas })));

const ImportDialog = lazy(() => import('../features/import/ImportDialog').then((m) => ({ default: m.ImportDialog })));

const loading = <p className="text-sm text-slate-500">Loading…</p>;

function PanelContent({ workspaceId }: { workspaceId: string }) {
  const selected = useApp((s) => s.selectedSeam);
  const walking = useApp((s) => s.walkthroughOpen);
  const component = useApp((s) => s.selectedComponent);
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

export function App() {
  const workspace = useApp(selectActive);
  const selected = useApp((s) => s.selectedSeam);
  const focus = useApp(selectFocusSeam);
  const walking = useApp((s) => s.walkthroughOpen);
  const theme = useApp((s) => s.theme);
  const mode = useColorMode(theme);
  const importing = useApp((s) => s.importDraft !== null);
  useImportInputs();

  return (
    <div className="flex h-full flex-col">
      <AppHeader />
      <Notices />
      <main className="flex min-h-0 flex-1">
        <div className="min-w-0 flex-1">
          {workspace.pipeline ? (
            <Suspense fallback={loading}>
              <ImportedCanvas key={workspace.id} workspace={workspace} selected={selected} focus={focus} colorMode={mode} />
            </Suspense>
          ) : (
            <PipelineCanvas workspace={workspace} selected={selected} focus={focus} colorMode={mode} />
          )}
        </div>
        <aside
          data-testid={TID.panel}
          aria-label={walking ? 'Walkthrough' : selected ? 'Seam contract' : 'Workspace overview'}
          className="w-96 shrink-0 overflow-y-auto border-l border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <PanelContent workspaceId={workspace.id} />
        </aside>
      </main>
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog />
        </Suspense>
      )}
    </div>
  );
}
