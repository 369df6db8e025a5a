import { blankWorkspace, type Workspace } from '../domain/workspace';
import { DEFAULT_WORKSPACE_NAME } from '../domain/workspaceName';
import { newId, nowIso } from '../lib/ids';

/**
 * What start-up shows, whatever holds the workspaces: every saved one (a blank one when there are
 * none, returned as `made` so the caller stores it), and the one open last time if it is still
 * there, else the most recently changed.
 */
export function openingWorkspaces(
  saved: readonly Workspace[],
  lastActive: string | null,
): { workspaces: Record<string, Workspace>; activeId: string; made: Workspace | null } {
  const workspaces = Object.fromEntries(saved.map((w) => [w.id, w]));
  const latest = [...saved].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const made = latest ? null : blankWorkspace(newId(), DEFAULT_WORKSPACE_NAME, nowIso());
  const first = latest ?? (made as Workspace);
  workspaces[first.id] = first;
  return { workspaces, activeId: lastActive && workspaces[lastActive] ? lastActive : first.id, made };
}
