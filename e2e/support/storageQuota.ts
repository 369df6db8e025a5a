import type { BrowserContext, Page } from '@playwright/test';

/**
 * Gives the app's origin a storage quota of `bytes`, as a nearly full disk would. Chromium applies
 * the limit to storage opened after it is set, so call it before the first visit.
 */
export async function limitStorage(context: BrowserContext, page: Page, origin: string, bytes: number): Promise<() => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
  return async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  };
}

/** Fills what is left of the origin's quota with another database, as another app on the host might. */
export function fillStorage(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('filler', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('blobs', { autoIncrement: true });
        open.onsuccess = () => {
          const db = open.result;
          let written = 0;
          const put = (size: number) => {
            if (size < 64) return resolve(written);
            const tx = db.transaction('blobs', 'readwrite');
            tx.objectStore('blobs').add(new Uint8Array(size));
            tx.oncomplete = () => {
              written += size;
              put(size);
            };
            tx.onabort = () => put(size >> 1);
            tx.onerror = (e) => e.preventDefault();
          };
          put(1 << 16);
        };
      }),
  );
}
