import { Button } from '../../components/ui/Button';
import { appStore, keptText, useApp } from '../../store/appStore';
import { TID } from '../../testIds';

/** The kept text as a file, so the user can keep it outside the browser or open it in a newer version. */
function downloadKept(keptAs: string) {
  const text = keptText(keptAs);
  if (text === null) return;
  void import('../share/browserFiles').then((m) => m.downloadText(`${keptAs.replace(/[^a-z0-9-]+/gi, '-')}.seams.json`, text, 'application/json'));
}

/** Saved entries that could not be opened as they were: repaired, newer, or unreadable, each with its original. */
export function SetAsideNotice() {
  const setAside = useApp((s) => s.setAside);
  const { dismissSetAside } = appStore.getState();
  return (
    <div data-testid={TID.notice} data-kind="set-aside" role="alert" className="flex items-start gap-3 bg-rose-100 px-4 py-1.5 text-sm text-rose-950 dark:bg-rose-900 dark:text-rose-50">
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {setAside.length === 1 ? 'One saved workspace needs' : `${setAside.length} saved workspaces need`} your attention. Everything else loaded as saved.
        </p>
        <ul className="space-y-1 break-words">
          {setAside.map((s) => (
            <li key={s.keptAs} data-kept={s.kind}>
              {s.kind === 'newer' ? `${s.reason} It stays saved as it is, for that version.` : s.reason}{' '}
              <span className="opacity-80">The original text is kept in browser storage under “{s.keptAs}”.</span>{' '}
              <button type="button" className="font-medium underline underline-offset-2" onClick={() => downloadKept(s.keptAs)}>
                Download the original
              </button>
            </li>
          ))}
        </ul>
      </div>
      <Button variant="ghost" className="py-0.5" onClick={dismissSetAside}>Dismiss</Button>
    </div>
  );
}
