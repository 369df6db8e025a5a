import { Suspense } from 'react';
import { Menu, type MenuGroup } from '../../components/ui/Menu';
import { appStore, useApp } from '../../store/appStore';
import { copyMermaidNow, copyWriteupNow } from './copyActions';
import { lazyAction } from './lazyAction';
import { lazyRetry } from '../../app/lazyRetry';

const ShareLinkDialog = lazyRetry(() => import('./ShareLinkDialog').then((m) => m.ShareLinkDialog));
const OdcsDialog = lazyRetry(() => import('./OdcsDialog').then((m) => m.OdcsDialog));
const SharedAgainDialog = lazyRetry(() => import('./SharedAgainDialog').then((m) => m.SharedAgainDialog));

const GROUPS: readonly MenuGroup[] = [
  {
    label: 'Share',
    items: [{ id: 'share-link', label: 'Share link…', hint: 'The whole workspace in one link', run: () => appStore.getState().openShareDialog('link') }],
  },
  {
    label: 'Incident write-up',
    items: [
      { id: 'copy-markdown', label: 'Copy as Markdown', hint: 'Verdict, clause table, trail, fixes', run: copyWriteupNow },
      { id: 'download-markdown', label: 'Download Markdown (.md)', run: lazyAction((m) => m.downloadWriteup()) },
      { id: 'print', label: 'Print or save as PDF…', hint: 'The graph and the write-up on paper', run: lazyAction((m) => m.printWriteup()) },
    ],
  },
  {
    label: 'Image of the graph',
    items: [
      { id: 'download-png', label: 'Download PNG', hint: 'The whole graph, as shown', run: lazyAction((m) => m.downloadImage('png')) },
      { id: 'download-svg', label: 'Download SVG', hint: 'Sharp at any zoom', run: lazyAction((m) => m.downloadImage('svg')) },
    ],
  },
  {
    label: 'Files',
    items: [
      { id: 'download-file', label: 'Download workspace file (.seams.json)', run: lazyAction((m) => m.downloadWorkspaceFile()) },
      { id: 'open-file', label: 'Open workspace file…', hint: 'Opens as a new workspace', run: lazyAction((m) => m.openWorkspaceFile()) },
    ],
  },
  {
    label: 'Standards',
    items: [
      { id: 'odcs', label: 'Data contracts (ODCS)…', hint: 'Export or import Open Data Contract Standard YAML', run: () => appStore.getState().openShareDialog('odcs') },
      { id: 'copy-mermaid', label: 'Copy Mermaid flowchart', run: copyMermaidNow },
      { id: 'download-mermaid', label: 'Download Mermaid (.mmd)', run: lazyAction((m) => m.downloadMermaid()) },
    ],
  },
];

/** Every way a triage leaves the browser, in one menu. */
export function ShareMenu() {
  const dialog = useApp((s) => s.shareDialog);
  const again = useApp((s) => s.sharedAgain !== null);
  return (
    <>
      <Menu label="Share / Export" groups={GROUPS} testId="share-menu" />
      <Suspense fallback={null}>
        {dialog === 'link' && <ShareLinkDialog />}
        {dialog === 'odcs' && <OdcsDialog />}
        {again && <SharedAgainDialog />}
      </Suspense>
    </>
  );
}
