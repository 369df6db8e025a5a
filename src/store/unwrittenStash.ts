/**
 * Updates a page had not yet written to its log when it was hidden or closed. The log is written a
 * transaction at a time, and a page closing in the middle of a burst of edits cannot wait for it;
 * this synchronous store can take them at once, under one key by page, and the next start writes them.
 */
import * as Y from 'yjs';
import type { KeyValueStore } from '../persistence/storage';
import { base64UrlToBytes, bytesToBase64Url } from '../share/link/base64url';

export const UNWRITTEN_KEY = 'pipeline-seams:unwritten';
type Stash = Record<string, unknown>;

function read(kv: KeyValueStore): Stash {
  try {
    const parsed: unknown = JSON.parse(kv.getItem(UNWRITTEN_KEY) ?? '{}');
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Stash) : {};
  } catch {
    return {};
  }
}

function write(kv: KeyValueStore, stash: Stash): void {
  try {
    if (Object.keys(stash).length === 0) kv.removeItem(UNWRITTEN_KEY);
    else kv.setItem(UNWRITTEN_KEY, JSON.stringify(stash));
  } catch {
    // Full: the log's own writes go on, and their failure is what the page shows.
  }
}

/** Keeps a page's unwritten updates aside, replacing what it kept before; with none, its entry goes. */
export function keepAside(kv: KeyValueStore, page: string, updates: readonly (readonly [string, Uint8Array])[]): void {
  const stash = read(kv);
  if (updates.length === 0) delete stash[page];
  else stash[page] = updates.map(([doc, update]) => [doc, bytesToBase64Url(update)]);
  write(kv, stash);
}

/** An update as kept, if it still reads as one: a damaged entry is left out, never applied. */
function decoded(entry: unknown): [string, Uint8Array][] {
  if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') return [];
  const bytes = base64UrlToBytes(entry[1]);
  try {
    if (bytes) Y.decodeUpdate(bytes);
  } catch {
    return [];
  }
  return bytes ? [[entry[0], bytes]] : [];
}

/**
 * Every page's kept updates, by document, and what each page had kept when read: another tab may
 * keep more meanwhile, and only what was read here is forgotten once written.
 */
export function keptAside(kv: KeyValueStore): { updates: [string, Uint8Array][]; pages: Record<string, string> } {
  const stash = read(kv);
  const pages = Object.fromEntries(Object.entries(stash).map(([page, entries]) => [page, JSON.stringify(entries)]));
  return { updates: Object.values(stash).flatMap((entries) => (Array.isArray(entries) ? entries.flatMap(decoded) : [])), pages };
}

/** Forgets what these pages kept when read (it is in the log now); a page that kept more since keeps it. */
export function forget(kv: KeyValueStore, taken: Readonly<Record<string, string>>): void {
  const stash = read(kv);
  for (const [page, entries] of Object.entries(taken)) if (JSON.stringify(stash[page]) === entries) delete stash[page];
  write(kv, stash);
}
