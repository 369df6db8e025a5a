/**
 * Undo, redo and kept originals live with the shared documents, which load after the first paint;
 * the store and the notices reach them through this port once they are there.
 */
export interface StoragePort {
  undo(workspaceId: string): void;
  redo(workspaceId: string): void;
  /** The text of a stored entry that could not be opened, for the user to download. */
  keptText(keptAs: string): string | null;
  /** About how many bytes each workspace takes in storage, to choose what to delete when it is full. */
  sizes(): ReadonlyMap<string, number>;
}

let port: StoragePort | null = null;

export function setStoragePort(next: StoragePort | null): void {
  port = next;
}

export function storagePort(): StoragePort | null {
  return port;
}
