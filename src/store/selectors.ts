import type { Workspace } from '../domain/workspace';
import type { AppState } from './appState';

/** The store always holds the active workspace (boot and delete make sure of it). */
export const selectActive = (s: AppState): Workspace => {
  const ws = s.workspaces[s.activeId];
  if (!ws) throw new Error(`Active workspace ${s.activeId} is missing`);
  return ws;
};
