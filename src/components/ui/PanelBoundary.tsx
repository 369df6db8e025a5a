import type { ReactNode } from 'react';
import { Boundary } from './Boundary';

interface Props {
  /** What this part of the screen is, for the message: "The side panel", "The graph". */
  readonly what: string;
  readonly children: ReactNode;
  /** Puts the app in a state where this part can be shown again, e.g. closes the panel. */
  readonly onDismiss?: () => void;
}

/**
 * Contains a failure to one part of the screen: a panel that throws, or whose code could not be
 * loaded, says so in place while the graph, the header and the saved workspaces keep working.
 */
export function PanelBoundary({ what, children, onDismiss }: Props) {
  return (
    <Boundary
      fallback={(error, reset) => {
        // A chunk that could not be fetched (offline, or a new version deployed meanwhile) needs a reload.
        const notLoaded = /dynamically imported module|Importing a module script failed|Failed to fetch|Loading chunk/i.test(error.message);
        return (
          <div role="alert" data-testid="panel-error" className="space-y-2 rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-50">
            <p className="font-medium">{what} could not be shown.</p>
            <p>
              {notLoaded ? 'Part of the app could not be loaded (offline, or a new version was just published).' : `It ran into an error: ${error.message}`} Your
              workspaces are saved and were not changed.
            </p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className="rounded-md bg-rose-700 px-2.5 py-1 font-medium text-white hover:bg-rose-800 dark:bg-rose-400 dark:text-rose-950" onClick={() => location.reload()}>
                Reload the page
              </button>
              {onDismiss && (
                <button
                  type="button"
                  className="rounded-md border border-rose-300 px-2.5 py-1 font-medium hover:bg-rose-100 dark:border-rose-700 dark:hover:bg-rose-900"
                  onClick={() => {
                    onDismiss();
                    reset();
                  }}
                >
                  Close it
                </button>
              )}
            </div>
          </div>
        );
      }}
    >
      {children}
    </Boundary>
  );
}
