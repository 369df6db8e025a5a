import { Button } from '../components/ui/Button';

/** What shows for the moment saved workspaces are read, or why they could not be. */
export function Opening({ problem }: { problem: 'code' | null }) {
  return (
    <div className="flex h-full flex-col">
      <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-4 dark:border-slate-800 dark:bg-slate-900">
        <img src="/favicon.svg" alt="" className="size-6" />
        <h1 className="text-base font-semibold tracking-tight">Pipeline Seams</h1>
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
