import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { TID } from '../../testIds';
import { showOfflineNotice, type OfflineNotice } from './offlineState';

/** Long enough to read, then out of the way: nothing is asked of the user. */
export const READY_SHOWN_MS = 8000;

// The same tones and layout as the flash notices in Notices.tsx, so these read as part of the set.
const ROW = 'flex items-center gap-3 px-4 py-1.5 text-sm';
const DONE = 'bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50';
const INFO = 'bg-sky-100 text-sky-950 dark:bg-sky-900 dark:text-sky-50';

const close = () => showOfflineNotice({ kind: 'none' });

function Ready() {
  useEffect(() => {
    const timer = setTimeout(close, READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div data-testid={TID.notice} data-kind="offline-ready" className={`${ROW} ${DONE}`}>
      <p className="min-w-0 flex-1 break-words">Ready to work offline: the app now opens and works without a connection.</p>
      <Button variant="ghost" className="py-0.5" onClick={close}>Dismiss</Button>
    </div>
  );
}

function Update({ update }: { update: () => Promise<void> }) {
  const [updating, setUpdating] = useState(false);
  return (
    <div data-testid={TID.notice} data-kind="update-ready" className={`${ROW} flex-wrap ${INFO}`}>
      {/* Saying the work is safe matters mid-incident: a reload must not look like a risk. */}
      <p className="min-w-0 flex-1 basis-64 break-words">
        <span className="font-medium">A new version is ready.</span> Your workspaces are saved and stay as they are.
      </p>
      <div className="flex shrink-0 gap-2">
        <Button
          variant="secondary"
          className="py-0.5"
          disabled={updating}
          onClick={() => {
            setUpdating(true);
            // The new worker takes over and the page reloads itself once it has.
            void update();
          }}
        >
          {updating ? 'Updating…' : 'Reload to update'}
        </Button>
        {/* Later leaves the new version waiting: it is used the next time the app is opened. */}
        <Button variant="ghost" className="py-0.5" disabled={updating} onClick={close}>Later</Button>
      </div>
    </div>
  );
}

/** The service worker's news: offline use is ready, or a new version waits for a reload. */
export function UpdatePrompt({ notice }: { notice: Exclude<OfflineNotice, { kind: 'none' }> }) {
  return notice.kind === 'ready' ? <Ready /> : <Update update={notice.update} />;
}
