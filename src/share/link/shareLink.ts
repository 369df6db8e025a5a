import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import type { Workspace } from '../../domain/workspace';
import { describeLoadError, fromDocument, toDocument, type LoadError } from '../../persistence/document';
import { err, ok, type Result } from '../../persistence/result';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';
import { assertNever } from '../../lib/assertNever';

/**
 * A share link is `#ws=<link version>.<payload>`. The payload is the saved document
 * (`{type, version, workspace}`), deflated and base64url-encoded, so the document's own migrations
 * upgrade an old link; the link version only changes if the encoding itself does.
 */
export const LINK_PARAM = 'ws';
export const LINK_VERSION = 1;

/** What chat tools and ticket fields reliably accept; past it we offer the file instead. */
export const CHAT_LINK_LIMIT = 8000;

/** Nothing a person shares is this large once inflated; a bigger payload is a zip bomb or garbage. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export type ShareLinkError =
  | { kind: 'futureLink'; version: number }
  | { kind: 'damaged'; detail: string }
  | { kind: 'tooLarge' }
  | { kind: 'document'; error: LoadError };

/** A sentence a user can act on; every message ends by saying nothing of theirs was touched. */
export function describeShareLinkError(e: ShareLinkError): string {
  const kept = 'Nothing in your workspaces was changed.';
  switch (e.kind) {
    case 'futureLink':
      return `This link was made by a newer version of Pipeline Seams (link format ${e.version}); reload to get the latest version, then open it again. ${kept}`;
    case 'damaged':
      return `This link is damaged or cut off (${e.detail}). Ask for it again, or for the workspace file. ${kept}`;
    case 'tooLarge':
      return `This link expands to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB, which no shared workspace needs. ${kept}`;
    case 'document':
      return `The link's workspace cannot be read: ${describeLoadError(e.error)} ${kept}`;
    default:
      return assertNever(e);
  }
}

/** The fragment (without `#`) that carries a workspace. */
export function toShareFragment(ws: Workspace): string {
  const bytes = deflateSync(strToU8(toDocument(ws)), { level: 9 });
  return `${LINK_PARAM}=${LINK_VERSION}.${bytesToBase64Url(bytes)}`;
}

/** The link to paste: the page's address with the workspace in its fragment, never sent to a server. */
export function toShareUrl(pageUrl: string, ws: Workspace): string {
  return `${pageUrl.split('#')[0] ?? pageUrl}#${toShareFragment(ws)}`;
}

export interface SharedWorkspace {
  readonly workspace: Workspace;
  /** Identifies the link's content, so opening the same link twice can be recognised. */
  readonly fingerprint: string;
}

/** Reads a location hash: `null` when it carries no shared workspace, else the workspace or why not. */
export function readShareFragment(hash: string): Result<SharedWorkspace, ShareLinkError> | null {
  const fragment = hash.replace(/^#/, '');
  const prefix = `${LINK_PARAM}=`;
  if (!fragment.startsWith(prefix)) return null;
  const body = fragment.slice(prefix.length);
  const dot = body.indexOf('.');
  const version = Number(dot < 0 ? NaN : body.slice(0, dot));
  if (!Number.isInteger(version) || version < 1) return err({ kind: 'damaged', detail: 'it has no format version' });
  if (version > LINK_VERSION) return err({ kind: 'futureLink', version });
  // Chat tools and mail clients sometimes percent-encode or wrap a long link; undo what they add.
  const payload = safeDecode(body.slice(dot + 1)).replace(/\s+/g, '');
  const bytes = base64UrlToBytes(payload);
  if (!bytes || bytes.length === 0) return err({ kind: 'damaged', detail: 'it contains characters a link cannot carry' });
  const inflated = inflateBounded(bytes);
  if (!inflated.ok) return inflated;
  const loaded = fromDocument(inflated.value);
  if (!loaded.ok) return err({ kind: 'document', error: loaded.error });
  return ok({ workspace: loaded.value, fingerprint: fingerprint(payload) });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function inflateBounded(bytes: Uint8Array): Result<string, ShareLinkError> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > MAX_INFLATED_BYTES) throw new RangeError('too large');
    chunks.push(chunk);
    finished ||= final;
  });
  try {
    inflate.push(bytes, true);
  } catch (e) {
    if (e instanceof RangeError && e.message === 'too large') return err({ kind: 'tooLarge' });
    return err({ kind: 'damaged', detail: 'its data does not decompress' });
  }
  if (!finished) return err({ kind: 'damaged', detail: 'its data ends early' });
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  try {
    return ok(strFromU8(all));
  } catch {
    return err({ kind: 'damaged', detail: 'its text is not valid UTF-8' });
  }
}

/** cyrb53: a fast 53-bit string hash, enough to tell links apart in one browser without async crypto at boot. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
