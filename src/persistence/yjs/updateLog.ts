/**
 * Where shared documents are kept: an append-only log of Yjs updates per document, in IndexedDB.
 * Several tabs append to one log; each tab compacts only the records it has merged itself, so a
 * record another tab wrote a moment ago is never deleted before this tab has it.
 */
export type WriteFailure = 'full' | 'unavailable';

export interface LoggedUpdate {
  readonly key: number;
  readonly doc: string;
  readonly update: Uint8Array;
}

export interface UpdateLog {
  /** Every record, oldest first. */
  readAll(): Promise<LoggedUpdate[]>;
  /** Adds one record; resolves to its key, rejects with a WriteFailure. */
  append(doc: string, update: Uint8Array): Promise<number>;
  /** Adds `state` and deletes `merged` in one transaction: nothing is ever missing in between. */
  replace(doc: string, state: Uint8Array, merged: readonly number[]): Promise<number>;
  /** Deletes every record of a document. */
  remove(doc: string): Promise<void>;
}

export class LogWriteError extends Error {
  constructor(readonly failure: WriteFailure, cause?: unknown) {
    super(failure === 'full' ? 'Browser storage is full' : 'Browser storage is unavailable', { cause });
  }
}

const DB_NAME = 'pipeline-seams';
const STORE = 'updates';

const isQuota = (e: unknown): boolean =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction commits; a quota abort becomes `full`. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    const fail = () => reject(new LogWriteError(isQuota(tx.error) ? 'full' : 'unavailable', tx.error));
    tx.onabort = fail;
    tx.onerror = (e) => {
      // The abort that follows reports it; stop the error from also reaching the console.
      e.preventDefault();
    };
  });
}

export function openIndexedDbLog(factory: IDBFactory = indexedDB): Promise<UpdateLog> {
  return new Promise((resolve, reject) => {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore(STORE, { autoIncrement: true });
      store.createIndex('doc', 'doc');
    };
    open.onerror = () => reject(open.error ?? new Error('IndexedDB cannot be opened'));
    open.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    open.onsuccess = () => {
      // A newer version in another tab needs the database to change its layout: this tab lets go.
      open.result.onversionchange = () => open.result.close();
      resolve(indexedDbLog(open.result));
    };
  });
}

function indexedDbLog(db: IDBDatabase): UpdateLog {
  const write = async (fn: (store: IDBObjectStore) => Promise<number | void>): Promise<number | void> => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(STORE, 'readwrite');
    } catch (e) {
      throw new LogWriteError(isQuota(e) ? 'full' : 'unavailable', e);
    }
    const done = committed(tx);
    const result = fn(tx.objectStore(STORE)).catch(() => undefined);
    await done;
    return result;
  };
  return {
    readAll: () =>
      new Promise((resolve, reject) => {
        const out: LoggedUpdate[] = [];
        const cursor = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
        cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cannot be read'));
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return resolve(out);
          const v = c.value as { doc: string; update: Uint8Array };
          out.push({ key: c.key as number, doc: v.doc, update: v.update });
          c.continue();
        };
      }),
    append: async (doc, update) => (await write((s) => request(s.add({ doc, update })) as Promise<number>)) as number,
    replace: async (doc, state, merged) =>
      (await write(async (s) => {
        const key = request(s.add({ doc, update: state })) as Promise<number>;
        for (const k of merged) s.delete(k);
        return key;
      })) as number,
    remove: async (doc) => {
      await write(async (s) => {
        const keys = await request(s.index('doc').getAllKeys(doc));
        for (const k of keys) s.delete(k);
      });
    },
  };
}

/** A log that lives only as long as the page: tests, and browsers without IndexedDB. */
export function memoryLog(): UpdateLog & { records: LoggedUpdate[]; failWith: WriteFailure | null } {
  let next = 1;
  const log = {
    records: [] as LoggedUpdate[],
    failWith: null as WriteFailure | null,
    readAll: () => Promise.resolve([...log.records]),
    append: (doc: string, update: Uint8Array) => {
      if (log.failWith) return Promise.reject(new LogWriteError(log.failWith));
      const key = next++;
      log.records.push({ key, doc, update });
      return Promise.resolve(key);
    },
    replace: (doc: string, state: Uint8Array, merged: readonly number[]) => {
      if (log.failWith) return Promise.reject(new LogWriteError(log.failWith));
      const key = next++;
      log.records = log.records.filter((r) => !merged.includes(r.key));
      log.records.push({ key, doc, update: state });
      return Promise.resolve(key);
    },
    remove: (doc: string) => {
      log.records = log.records.filter((r) => r.doc !== doc);
      return Promise.resolve();
    },
  };
  return log;
}
