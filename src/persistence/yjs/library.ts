import * as Y from 'yjs';
import type { Workspace } from '../../domain/workspace';
import { DocWriter, type MergedRecord } from './docWriter';
import type { TabChannel, TabMessage } from './tabChannel';
import type { UpdateLog, WriteFailure } from './updateLog';
import { BlockFiller, nextTask } from './blockFiller';
import { readChangedFields, readWorkspaceDoc, readWorkspaceDocInSteps, snapshotOf, splitForCreate, workspaceRoot, writeWorkspaceDoc, type DocRead } from './workspaceDoc';

/** Origins of changes: only this tab's own edits are undoable, saved and sent by this tab. */
export const LOCAL = 'local-edit';
const CREATED = 'created';
const REMOTE = 'another-tab';
const LOADED = 'loaded';
/** Updates a closing page kept aside before they reached the log: written now, as this tab's own. */
const RESTORED = 'restored';

const INDEX = 'index';
const WS = 'ws:';
/** Bytes of records read before the page gets a turn (a megabyte of records took about 40 ms). */
const READ_PER_TASK = 500_000;
/** While anything failed to save, it is tried again this often: space freed elsewhere saves it. */
const RETRY_MS = 5_000;

export interface LibraryListener {
  /** Changed by another tab, by undo or redo: `fields` names the top-level fields, null if any may have. */
  changed(id: string, fields: ReadonlySet<string> | null): void;
  /** A workspace was added, deleted or restored in another tab. */
  listChanged(): void;
  /** Whether everything is saved changed. */
  status(): void;
  /** What can be undone or redone changed. */
  history(id: string): void;
}

export interface LibraryOptions {
  readonly timers?: Pick<typeof globalThis, 'setInterval' | 'clearInterval'>;
  readonly tabId?: string;
  /** Runs a step in a later task; the rest of a big workspace is written one block per task. */
  readonly defer?: (step: () => void) => void;
  /** Updates a page kept aside as it closed (`unwritten()`), by log name: applied and written on open. */
  readonly unwritten?: readonly (readonly [string, Uint8Array])[];
}

/** Every workspace as a shared document, kept in the update log and in step with other tabs. */
export class Library {
  private readonly docs = new Map<string, Y.Doc>();
  private readonly writers = new Map<string, DocWriter>();
  private readonly undos = new Map<string, Y.UndoManager>();
  private readonly index = new Y.Doc();
  private retrying: ReturnType<typeof setInterval> | null = null;
  private readonly timers: Pick<typeof globalThis, 'setInterval' | 'clearInterval'>;
  private readonly tabId: string;
  private readonly filler: BlockFiller;
  /** Resolves in a later task: long work gives the page a turn in between. */
  readonly nextTask: () => Promise<void>;

  private constructor(
    private readonly log: UpdateLog,
    private readonly channel: TabChannel | null,
    private readonly listener: LibraryListener,
    options: LibraryOptions,
  ) {
    this.timers = options.timers ?? globalThis;
    this.tabId = options.tabId ?? Math.random().toString(36).slice(2);
    const defer = options.defer ?? nextTask();
    this.filler = new BlockFiller(CREATED, defer);
    this.nextTask = () => new Promise<void>((resolve) => defer(resolve));
  }

  /** Reads the log, joins the other tabs, and folds each document's records into one. */
  static async open(log: UpdateLog, channel: TabChannel | null, listener: LibraryListener, options: LibraryOptions = {}): Promise<Library> {
    const lib = new Library(log, channel, listener, options);
    // Listen first: an update another tab sends while the log is read must not fall in between.
    const early: TabMessage[] = [];
    channel?.listen((m) => early.push(m));
    const records = await log.readAll();
    const byDoc = new Map<string, MergedRecord[]>();
    for (const r of records) {
      const merged = byDoc.get(r.doc) ?? [];
      merged.push({ key: r.key, update: r.update });
      byDoc.set(r.doc, merged);
    }
    lib.attach(INDEX, lib.index, byDoc.get(INDEX) ?? []);
    // A record per task at most, once a task has read enough: a big import is read without freezing the page.
    let read = 0;
    for (const [name, merged] of byDoc) {
      const doc = name === INDEX ? lib.index : lib.docNamed(name, merged);
      if (!doc) continue;
      for (const { update } of merged) {
        if (read > READ_PER_TASK) {
          await lib.nextTask();
          read = 0;
        }
        Y.applyUpdate(doc, update as Uint8Array, LOADED);
        read += update?.byteLength ?? 0;
      }
    }
    for (const [name, update] of options.unwritten ?? []) Y.applyUpdate(name === INDEX ? lib.index : (lib.docNamed(name, []) ?? new Y.Doc()), update, RESTORED);
    channel?.listen((m) => lib.receive(m));
    early.forEach((m) => lib.receive(m));
    channel?.post({ kind: 'hello', from: lib.tabId, have: [...lib.allDocs()].map(([name, doc]) => [name, Y.encodeStateVector(doc)] as const) });
    for (const id of lib.deletedIds()) void lib.writers.get(WS + id)?.purge();
    for (const [name, merged] of byDoc) if (merged.length > 1) void lib.writers.get(name)?.compact();
    return lib;
  }

  /** Workspaces that exist: listed and not deleted. */
  liveIds(): string[] {
    const deleted = this.index.getMap('deleted');
    return [...this.index.getMap('workspaces').keys()].filter((id) => !deleted.has(id) && this.docs.has(WS + id));
  }

  read(id: string): DocRead {
    const doc = this.docs.get(WS + id);
    return doc ? readWorkspaceDoc(doc) : { kind: 'empty' };
  }

  /** `read`, giving the page turns while a big pipeline is checked. */
  readInSteps(id: string): Promise<DocRead> {
    const doc = this.docs.get(WS + id);
    return doc ? readWorkspaceDocInSteps(doc, this.nextTask) : Promise.resolve({ kind: 'empty' });
  }

  readFields(id: string, previous: Workspace, fields: ReadonlySet<string>): Workspace {
    const doc = this.docs.get(WS + id);
    return doc ? readChangedFields(doc, previous, fields) : previous;
  }

  /**
   * A workspace made in this tab, or one deleted and brought back: listed, and its whole state
   * written (the start of its history, not an undoable step).
   */
  create(ws: Workspace): void {
    const existed = this.docs.has(WS + ws.id);
    const doc = this.docNamed(WS + ws.id, []) as Y.Doc;
    const { head, blocks } = splitForCreate(ws);
    writeWorkspaceDoc(doc, undefined, head, CREATED);
    this.filler.start(ws.id, doc, blocks);
    this.index.transact(() => {
      this.index.getMap('deleted').delete(ws.id);
      if (!this.index.getMap('workspaces').has(ws.id)) this.index.getMap('workspaces').set(ws.id, ws.createdAt);
    }, LOCAL);
    // Its records went when it was deleted: store it whole again.
    if (existed) void this.writers.get(WS + ws.id)?.storeWhole();
  }

  /** This tab's edit of a workspace, written as the difference from `prev`. */
  write(id: string, prev: Workspace | undefined, next: Workspace): void {
    this.filler.finish(id);
    const doc = this.docs.get(WS + id);
    if (doc) writeWorkspaceDoc(doc, prev, next, LOCAL);
  }

  /** Deleted here: every tab drops it, and its records go. Its document stays in memory for an undo. */
  remove(id: string): void {
    this.filler.finish(id);
    this.index.transact(() => this.index.getMap('deleted').set(id, new Date().toISOString()), LOCAL);
    void this.writers.get(WS + id)?.purge().then(() => this.retry());
  }

  readonly isDeleted = (id: string): boolean => this.index.getMap('deleted').has(id);

  /** What a workspace's document holds, as snapshot text, whether or not it can be opened. */
  snapshot(id: string): string | null {
    this.filler.finish(id);
    const doc = this.docs.get(WS + id);
    return doc ? JSON.stringify(snapshotOf(doc)) : null;
  }

  undo(id: string): void {
    this.filler.finish(id);
    this.undos.get(id)?.undo();
  }

  redo(id: string): void {
    this.filler.finish(id);
    this.undos.get(id)?.redo();
  }

  readonly canUndo = (id: string): boolean => this.undos.get(id)?.canUndo() ?? false;
  readonly canRedo = (id: string): boolean => this.undos.get(id)?.canRedo() ?? false;

  /** The next edit starts its own undo step, even if it follows at once. */
  endUndoStep(id: string): void {
    this.undos.get(id)?.stopCapturing();
  }

  /** Why something is unsaved, or null when everything is saved. */
  failure(): WriteFailure | null {
    const failures = [...this.writers.values()].map((w) => w.failure);
    return failures.includes('unavailable') ? 'unavailable' : failures.includes('full') ? 'full' : null;
  }

  /** Tries every unsaved document again now (after space was freed). */
  async retry(): Promise<void> {
    await Promise.all([...this.writers.values()].map((w) => w.retry()));
  }

  /** About how many bytes each workspace takes, to choose what to delete when storage is full. */
  sizes(): Map<string, number> {
    this.filler.finishAll();
    return new Map(this.liveIds().map((id) => [id, Y.encodeStateAsUpdate(this.docs.get(WS + id) as Y.Doc).byteLength]));
  }

  /** Updates not yet in the log, by document: written a transaction at a time, a burst of edits is still going in as a page closes. */
  unwritten(): [string, Uint8Array][] {
    return [...this.writers].map(([name, w]) => [name, w.pending()] as const).filter((e): e is [string, Uint8Array] => e[1] !== null);
  }

  /** Every pending write has been tried. */
  settled(): Promise<void> {
    this.filler.finishAll();
    return Promise.all([...this.writers.values()].map((w) => w.retry().then(() => undefined))).then(() => undefined);
  }

  close(): void {
    this.filler.finishAll();
    if (this.retrying !== null) this.timers.clearInterval(this.retrying);
    this.channel?.close();
    for (const doc of this.allDocs().values()) doc.destroy();
  }

  private deletedIds(): string[] {
    return [...this.index.getMap('deleted').keys()];
  }

  private allDocs(): Map<string, Y.Doc> {
    return new Map([[INDEX, this.index], ...this.docs]);
  }

  private receive(m: TabMessage): void {
    if (m.kind === 'update' || (m.kind === 'reply' && m.to === this.tabId)) {
      const doc = m.doc === INDEX ? this.index : this.docNamed(m.doc, []);
      if (doc) Y.applyUpdate(doc, m.update, REMOTE);
    } else if (m.kind === 'hello' && m.from !== this.tabId) {
      const theirs = new Map(m.have);
      for (const [name, doc] of this.allDocs()) {
        const update = Y.encodeStateAsUpdate(doc, theirs.get(name));
        this.channel?.post({ kind: 'reply', to: m.from, doc: name, update });
      }
    }
  }

  /** The document for a log name, made on first sight; null for names this version does not know. */
  private docNamed(name: string, merged: readonly MergedRecord[]): Y.Doc | null {
    const existing = this.docs.get(name);
    if (existing) return existing;
    if (!name.startsWith(WS)) return null;
    const id = name.slice(WS.length);
    const doc = new Y.Doc({ guid: id });
    this.docs.set(name, doc);
    this.attach(name, doc, merged);
    const root = workspaceRoot(doc);
    root.observeDeep((events, tx) => {
      if (tx.origin === LOCAL || tx.origin === CREATED || tx.origin === LOADED) return;
      const fields = new Set<string>();
      for (const e of events) {
        if (e.target === root) e.keys.forEach((_, k) => fields.add(k));
        else fields.add(String(e.path[0]));
      }
      this.listener.changed(id, fields);
    });
    doc.getMap('meta').observe((_, tx) => {
      if (tx.origin !== LOCAL && tx.origin !== CREATED && tx.origin !== LOADED) this.listener.changed(id, null);
    });
    const undo = new Y.UndoManager(root, { trackedOrigins: new Set([LOCAL]), captureTimeout: 600 });
    const history = () => this.listener.history(id);
    undo.on('stack-item-added', history);
    undo.on('stack-item-popped', history);
    undo.on('stack-cleared', history);
    this.undos.set(id, undo);
    return doc;
  }

  private attach(name: string, doc: Y.Doc, merged: readonly MergedRecord[]): void {
    const writer = new DocWriter(this.log, name, doc, merged, () => this.statusChanged());
    this.writers.set(name, writer);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOADED || origin === REMOTE) return;
      this.channel?.post({ kind: 'update', doc: name, update });
      void writer.write(update);
    });
    if (doc === this.index) {
      doc.on('afterTransaction', (tx: Y.Transaction) => {
        if (tx.origin === REMOTE) this.listener.listChanged();
      });
    }
  }

  private statusChanged(): void {
    const failing = this.failure() !== null;
    if (failing && this.retrying === null) this.retrying = this.timers.setInterval(() => void this.retry(), RETRY_MS);
    if (!failing && this.retrying !== null) {
      this.timers.clearInterval(this.retrying);
      this.retrying = null;
    }
    this.listener.status();
  }
}
