import * as Y from 'yjs';
import { fieldShape, type Shape } from './shape';

type Obj = Readonly<Record<string, unknown>>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Same JSON value; key order does not matter to readers, so it must not cause a write. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameJson(a[k], b[k]));
  }
  return false;
}

/** Undefined fields are absent; Yjs stores only JSON. */
/**
 * Store values are immutable JSON, so they go in as they are: copying an 80,000-component import
 * cost a quarter of a second. Only a missing value needs a stand-in.
 */
const plain = (v: unknown): unknown => (v === undefined ? null : v);

/** A fresh shared value for `value`, laid out by `shape`. */
function create(value: unknown, shape: Shape): unknown {
  if (shape.kind === 'text' && typeof value === 'string') return new Y.Text(value);
  if ((shape.kind === 'record' || shape.kind === 'dict') && isObj(value)) {
    const map = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) map.set(k, create(v, fieldShape(shape, k)));
    return map;
  }
  if (shape.kind === 'list' && Array.isArray(value)) return Y.Array.from(value.map((v) => create(v, shape.item)) as never[]);
  return plain(value);
}

/** Whether what is stored fits the shape, so it can be edited in place rather than replaced. */
function fits(stored: unknown, shape: Shape): boolean {
  if (shape.kind === 'text') return stored instanceof Y.Text;
  if (shape.kind === 'record' || shape.kind === 'dict') return stored instanceof Y.Map;
  if (shape.kind === 'list') return stored instanceof Y.Array;
  return !(stored instanceof Y.AbstractType);
}

/** Changes only the characters that differ, so another tab's typing elsewhere in the text survives. */
function writeText(t: Y.Text, next: string): void {
  const now = t.toJSON();
  if (now === next) return;
  let start = 0;
  const max = Math.min(now.length, next.length);
  while (start < max && now[start] === next[start]) start++;
  let end = 0;
  while (end < max - start && now[now.length - 1 - end] === next[next.length - 1 - end]) end++;
  t.delete(start, now.length - start - end);
  t.insert(start, next.slice(start, next.length - end));
}

/** Brings `map` to `next`, field by field. `prev` (the value last written) lets unchanged fields be skipped without reading them. */
export function writeMap(map: Y.Map<unknown>, prev: Obj | undefined, next: Obj, shape: Shape): void {
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const stored = map.get(key);
    const sub = fieldShape(shape, key);
    if (prev && prev[key] === value && map.has(key) && fits(stored, sub)) continue;
    if (sub.kind !== 'atom' && map.has(key) && fits(stored, sub) && fitsValue(value, sub)) {
      writeValue(stored, prev?.[key], value, sub);
    } else if (!(map.has(key) && !(stored instanceof Y.AbstractType) && sameJson(stored, value))) {
      map.set(key, create(value, sub));
    }
  }
  for (const key of [...map.keys()]) if (next[key] === undefined) map.delete(key);
}

/** Whether a plain value can be written into the shared type its shape calls for. */
function fitsValue(value: unknown, shape: Shape): boolean {
  if (shape.kind === 'text') return typeof value === 'string';
  if (shape.kind === 'record' || shape.kind === 'dict') return isObj(value);
  if (shape.kind === 'list') return Array.isArray(value);
  return true;
}

function writeValue(stored: unknown, prev: unknown, next: unknown, shape: Shape): void {
  if (stored instanceof Y.Text) writeText(stored, next as string);
  else if (stored instanceof Y.Map) writeMap(stored, isObj(prev) ? prev : undefined, next as Obj, shape);
  else if (stored instanceof Y.Array) writeList(stored, Array.isArray(prev) ? prev : undefined, next as unknown[], shape);
}

/** What identifies a list item across edits: its key field, or for keyless atoms the value itself. */
function itemKey(item: unknown, shape: Shape): string {
  const key = shape.kind === 'list' ? shape.key : undefined;
  if (key) {
    const v: unknown = item instanceof Y.Map ? item.get(key) : isObj(item) ? item[key] : undefined;
    return typeof v === 'string' ? v : JSON.stringify(v ?? null);
  }
  return item instanceof Y.AbstractType ? JSON.stringify(item.toJSON()) : JSON.stringify(item ?? null);
}

/**
 * Keeps the items both sides share in place (their own fields merge) and replaces only the run
 * between the common start and end, so adds and removals in two tabs both survive.
 */
export function writeList(arr: Y.Array<unknown>, prev: readonly unknown[] | undefined, next: readonly unknown[], shape: Shape): void {
  if (shape.kind !== 'list') return;
  const item = shape.item;
  // The common case for a big list: one item changed in place. `prev` mirrors what is stored.
  if (prev && prev.length === next.length && prev.length === arr.length) {
    const changed = next.flatMap((n, i) => (prev[i] === n ? [] : [i]));
    // A changed item with another key is a move or a swap, not an edit: the general path below.
    if (changed.every((i) => itemKey(prev[i], shape) === itemKey(next[i], shape))) {
      for (const i of changed) updateItem(arr, i, prev[i], next[i], shape);
      return;
    }
  }
  const stored = arr.toArray();
  const keys = stored.map((s) => itemKey(s, shape));
  const nextKeys = next.map((n) => itemKey(n, shape));
  let start = 0;
  while (start < stored.length && start < next.length && keys[start] === nextKeys[start]) start++;
  let end = 0;
  while (end < stored.length - start && end < next.length - start && keys[stored.length - 1 - end] === nextKeys[next.length - 1 - end]) end++;
  for (let i = 0; i < start; i++) updateItem(arr, i, undefined, next[i], shape);
  for (let j = 0; j < end; j++) updateItem(arr, stored.length - 1 - j, undefined, next[next.length - 1 - j], shape);
  const removed = stored.length - start - end;
  if (removed > 0) arr.delete(start, removed);
  const added = next.slice(start, next.length - end);
  if (added.length > 0) arr.insert(start, added.map((v) => create(v, item)));
}

function updateItem(arr: Y.Array<unknown>, i: number, prev: unknown, next: unknown, shape: Shape): void {
  if (shape.kind !== 'list') return;
  const stored = arr.get(i);
  if (fits(stored, shape.item) && fitsValue(next, shape.item) && stored instanceof Y.AbstractType) {
    writeValue(stored, prev, next, shape.item);
  } else if (!sameJson(stored instanceof Y.AbstractType ? stored.toJSON() : stored, next)) {
    arr.delete(i, 1);
    arr.insert(i, [create(next, shape.item)]);
  }
}
