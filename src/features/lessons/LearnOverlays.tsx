import { Suspense } from 'react';
import { lazyRetry } from '../../app/lazyRetry';
import { PanelBoundary } from '../../components/ui/PanelBoundary';
import { appStore, useApp } from '../../store/appStore';

// Neither is needed for the first graph: each loads when it is first opened.
const GlossaryDialog = lazyRetry(() => import('./GlossaryDialog').then((m) => m.GlossaryDialog));
const Tour = lazyRetry(() => import('../tour/Tour').then((m) => m.Tour));

/** The glossary dialog and the guided tour, drawn over the workbench when open. */
export function LearnOverlays() {
  const glossary = useApp((s) => s.glossary !== null);
  const tour = useApp((s) => s.tourOpen);
  return (
    <>
      {glossary && (
        <PanelBoundary what="The glossary" onDismiss={() => appStore.getState().closeGlossary()}>
          <Suspense fallback={null}>
            <GlossaryDialog />
          </Suspense>
        </PanelBoundary>
      )}
      {tour && !glossary && (
        <PanelBoundary what="The tour" onDismiss={() => appStore.getState().endTour()}>
          <Suspense fallback={null}>
            <Tour />
          </Suspense>
        </PanelBoundary>
      )}
    </>
  );
}
