import type { ReactNode } from 'react';
import { Boundary } from '../components/ui/Boundary';

/** Last line of defence: say what happened and reassure that saved work is untouched. */
export function ErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <Boundary
      fallback={(error) => (
        <div role="alert" className="mx-auto mt-24 max-w-lg space-y-3 p-6">
          <h1 className="text-xl font-semibold">Something went wrong on this screen</h1>
          <p className="text-sm">Your workspaces are saved in this browser and were not changed. Reload to continue.</p>
          <pre className="overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">{error.message}</pre>
          <button type="button" className="rounded-md bg-sky-700 px-3 py-1.5 text-sm text-white" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}
