import { lazy, type ComponentType } from 'react';

/**
 * A lazily loaded component whose chunk is fetched a second time if the first fetch fails: a
 * dropped connection or a server mid-redeploy often answers the second request. If both fail, the
 * nearest PanelBoundary offers a reload, and nothing saved is touched.
 */
export function lazyRetry<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => load().catch(() => load()).then((component) => ({ default: component })));
}
