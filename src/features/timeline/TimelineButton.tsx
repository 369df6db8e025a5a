import { Suspense, useState } from 'react';
import { lazyRetry } from '../../app/lazyRetry';
import { Button } from '../../components/ui/Button';
import { PanelBoundary } from '../../components/ui/PanelBoundary';
import { useApp } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { TID } from '../../testIds';

// The chart, the presets it draws from and the detector load only when someone opens it.
const TimelineDialog = lazyRetry(() => import('./TimelineDialog').then((m) => m.TimelineDialog));

/** Opens the orchestration timeline for the workspace on screen. */
export function TimelineButton({ children = 'Open the timeline' }: { children?: string }) {
  const [open, setOpen] = useState(false);
  const workspace = useApp(selectActive);
  return (
    <>
      <Button data-testid={TID.timelineOpen} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {children}
      </Button>
      {open && (
        <PanelBoundary what="The timeline" onDismiss={() => setOpen(false)}>
          <Suspense fallback={null}>
            <TimelineDialog workspace={workspace} onClose={() => setOpen(false)} />
          </Suspense>
        </PanelBoundary>
      )}
    </>
  );
}
