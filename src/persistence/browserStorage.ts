/**
 * localStorage as the app first touches it: the theme and the last open workspace live here in
 * every browser, whatever holds the workspaces themselves.
 */
/** The part of Web Storage we use, so tests can hand in a full or broken one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

const PROBE = 'pipeline-seams:probe';

/**
 * Opens localStorage, or says it cannot: private modes and locked-down browsers throw on access.
 * Storage that is merely full is still opened: everything saved must load, and writes report
 * "full" one by one until space is freed.
 */
export function openBrowserStorage(): KeyValueStore | null {
  try {
    const s = window.localStorage;
    try {
      s.setItem(PROBE, '1');
      s.removeItem(PROBE);
    } catch (e) {
      if (!isQuotaError(e)) return null;
    }
    return s;
  } catch {
    return null;
  }
}

export function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
}

