import { Suspense } from 'react';
import { lazyRetry } from '../../app/lazyRetry';
import { Boundary } from '../../components/ui/Boundary';
import { useOfflineNotice } from './offlineState';

// Needed only once the service worker has something to say.
const UpdatePrompt = lazyRetry(() => import('./UpdatePrompt').then((m) => m.UpdatePrompt));

/**
 * "Ready to work offline" and "A new version is ready". The live region stays mounted, so a
 * screen reader announces a notice when it appears inside it; a notice that cannot load shows
 * nothing rather than taking the app down.
 */
export function OfflineNotices() {
  const notice = useOfflineNotice();
  return (
    <div role="status">
      {notice.kind !== 'none' && (
        <Boundary fallback={() => null}>
          <Suspense fallback={null}>
            <UpdatePrompt notice={notice} />
          </Suspense>
        </Boundary>
      )}
    </div>
  );
}
