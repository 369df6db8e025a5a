import * as Y from 'yjs';
import type { Workspace } from '../../domain/workspace';
import { fromRaw, type LoadError } from '../document';
import { DOCUMENT_TYPE, LATEST_VERSION, pipelineComponentSchema, pipelineEdgeSchema, workspaceSchema } from '../schema';
import * as z from 'zod/mini';
import { WORKSPACE_SHAPE, fieldShape, type Shape } from './shape';
import { writeMap } from './writeToY';

/** A workspace's shared document: its fields under `workspace`, its format under `meta`. */
const ROOT = 'workspace';
const META = 'meta';

export const workspaceRoot = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOT);

export type DocRead =
  | { readonly kind: 'ok'; readonly workspace: Workspace; readonly migrated: boolean }
  | { readonly kind: 'empty' }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'invalid'; readonly error: LoadError; readonly snapshot: string };

/** The snapshot format (`{type, version, workspace}`) of what the document holds now. */
export function snapshotOf(doc: Y.Doc): Record<string, unknown> {
  const meta = doc.getMap<unknown>(META);
  return { type: meta.get('type') ?? DOCUMENT_TYPE, version: meta.get('version') ?? LATEST_VERSION, workspace: workspaceRoot(doc).toJSON() };
}

/**
 * Items with the same key arrive twice when two tabs edit one item at once (each replaces it);
 * every tab keeps the same first copy, and the next write removes the other.
 */
function dropRepeats(value: unknown, shape: Shape): unknown {
  if (shape.kind === 'list' && Array.isArray(value)) {
    const items = value.map((v) => dropRepeats(v, shape.item));
    if (!shape.key) return items;
    const key = shape.key;
    const seen = new Set<unknown>();
    return items.filter((v) => {
      const k = (v as Record<string, unknown> | null)?.[key];
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  if ((shape.kind === 'record' || shape.kind === 'dict') && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, dropRepeats(v, fieldShape(shape, k))]),
    );
  }
  return value;
}

/** Reads the whole document through the same migrations and validation as a saved file. */
export function readWorkspaceDoc(doc: Y.Doc): DocRead {
  if (workspaceRoot(doc).size === 0) return { kind: 'empty' };
  const snap = snapshotOf(doc);
  const version = typeof snap.version === 'number' ? snap.version : LATEST_VERSION;
  if (version > LATEST_VERSION) return { kind: 'newer', version };
  const result = fromRaw({ ...snap, workspace: dropRepeats(snap.workspace, WORKSPACE_SHAPE) });
  if (!result.ok) return { kind: 'invalid', error: result.error, snapshot: JSON.stringify(snap) };
  return { kind: 'ok', workspace: result.value, migrated: version !== LATEST_VERSION };
}

/** Items of a pipeline list checked per task when a big workspace is read. */
const CHECK_BLOCK = 10_000;
const LISTS = { components: z.array(pipelineComponentSchema), edges: z.array(pipelineEdgeSchema) } as const;

/**
 * The same read, for a workspace whose pipeline is too big to check in one task (a 50,000-component
 * import took a quarter of a second): everything else is checked as usual, then the pipeline's
 * lists a block per task. Anything unusual (an older version, a bad item) takes the one-step read,
 * which names what is wrong.
 */
export async function readWorkspaceDocInSteps(doc: Y.Doc, turn: () => Promise<void>): Promise<DocRead> {
  const snap = snapshotOf(doc);
  const ws = dropRepeats(snap.workspace, WORKSPACE_SHAPE) as { pipeline?: { components?: unknown; edges?: unknown } } | null;
  const lists = ws?.pipeline;
  const components = Array.isArray(lists?.components) ? (lists.components as unknown[]) : [];
  const edges = Array.isArray(lists?.edges) ? (lists.edges as unknown[]) : [];
  if (snap.version !== LATEST_VERSION || components.length + edges.length <= CHECK_BLOCK) return readWorkspaceDoc(doc);
  const rest = fromRaw({ ...snap, workspace: { ...ws, pipeline: { ...lists, components: [], edges: [] } } });
  if (!rest.ok || !rest.value.pipeline) return readWorkspaceDoc(doc);
  const checked = { components: [] as unknown[], edges: [] as unknown[] };
  for (const [name, items] of [['components', components], ['edges', edges]] as const) {
    for (let at = 0; at < items.length; at += CHECK_BLOCK) {
      await turn();
      const block = LISTS[name].safeParse(items.slice(at, at + CHECK_BLOCK));
      if (!block.success) return readWorkspaceDoc(doc);
      for (const item of block.data) checked[name].push(item);
    }
  }
  const pipeline = { ...rest.value.pipeline, ...checked } as NonNullable<Workspace['pipeline']>;
  return { kind: 'ok', workspace: { ...rest.value, pipeline }, migrated: false };
}

const FIELDS = workspaceSchema.shape as Readonly<Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>>;

/**
 * After another tab's change: only the top-level fields it touched are read and checked again, so
 * typing next to a 100,000-component import does not re-read the import. A field that fails its
 * check keeps the value this tab had.
 */
export function readChangedFields(doc: Y.Doc, previous: Workspace, changed: ReadonlySet<string>): Workspace {
  const root = workspaceRoot(doc);
  const next: Record<string, unknown> = { ...previous };
  for (const key of changed) {
    if (!root.has(key)) {
      if (FIELDS[key]?.safeParse(undefined).success !== false) delete next[key];
      continue;
    }
    const stored = root.get(key);
    const raw = dropRepeats(stored instanceof Y.AbstractType ? stored.toJSON() : stored, fieldShape(WORKSPACE_SHAPE, key));
    const check = FIELDS[key]?.safeParse(raw);
    if (!check) next[key] = raw;
    else if (check.success) next[key] = check.data;
  }
  return next as unknown as Workspace;
}

/** Writes a workspace into its document in one transaction, changing only what differs. */
export function writeWorkspaceDoc(doc: Y.Doc, prev: Workspace | undefined, next: Workspace, origin: unknown): void {
  doc.transact(() => {
    const meta = doc.getMap<unknown>(META);
    if (meta.get('type') !== DOCUMENT_TYPE) meta.set('type', DOCUMENT_TYPE);
    if (meta.get('version') !== LATEST_VERSION) meta.set('version', LATEST_VERSION);
    writeMap(workspaceRoot(doc), prev as Record<string, unknown> | undefined, next as unknown as Record<string, unknown>, WORKSPACE_SHAPE);
  }, origin);
}

/** Items of a pipeline list written per transaction when a workspace is created. */
export const CREATE_BLOCK = 5_000;

export interface PipelineBlock {
  readonly list: 'components' | 'edges';
  readonly items: readonly unknown[];
}

/**
 * A big import in one transaction is one long encode (half a second at 50,000 components) that
 * freezes the page. Its pipeline lists are cut into blocks: the first transaction holds the
 * workspace with the first block of each, the others follow one per task.
 */
export function splitForCreate(ws: Workspace): { head: Workspace; blocks: PipelineBlock[] } {
  const pipeline = ws.pipeline;
  if (!pipeline || (pipeline.components.length <= CREATE_BLOCK && pipeline.edges.length <= CREATE_BLOCK)) return { head: ws, blocks: [] };
  const blocks: PipelineBlock[] = [];
  for (const list of ['components', 'edges'] as const) {
    const items: readonly unknown[] = pipeline[list];
    for (let at = CREATE_BLOCK; at < items.length; at += CREATE_BLOCK) blocks.push({ list, items: items.slice(at, at + CREATE_BLOCK) });
  }
  const head = { ...ws, pipeline: { ...pipeline, components: pipeline.components.slice(0, CREATE_BLOCK), edges: pipeline.edges.slice(0, CREATE_BLOCK) } };
  return { head, blocks };
}

/** Appends one block to the pipeline list it belongs to. */
export function appendBlock(doc: Y.Doc, block: PipelineBlock, origin: unknown): void {
  const pipeline = workspaceRoot(doc).get('pipeline');
  const list: unknown = pipeline instanceof Y.Map ? (pipeline as Y.Map<unknown>).get(block.list) : undefined;
  if (list instanceof Y.Array) doc.transact(() => list.push(block.items.map((v) => (v === undefined ? null : v))), origin);
}
