import { Button } from '../components/ui/Button';
import { Brand, HEADER_BAR } from '../features/header/Brand';

/** What shows for the moment saved workspaces are read, or why they could not be. */
export function Opening({ problem }: { problem: 'code' | null }) {
  return (
    <div className="flex h-full flex-col">
      <header className={HEADER_BAR}>
        <Brand />
      </header>
      <main className="flex flex-1 items-center justify-center p-6">
        {problem ? (
          <div role="alert" className="max-w-md space-y-3 text-sm">
            <p>Part of the app could not be loaded, so your saved workspaces are not open yet. They are safe in this browser: nothing was changed.</p>
            <Button variant="primary" onClick={() => window.location.reload()}>Reload</Button>
          </div>
        ) : (
          <p role="status" className="text-sm text-slate-500 dark:text-slate-400">Opening your workspaces…</p>
        )}
      </main>
    </div>
  );
}
