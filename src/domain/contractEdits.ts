import type { Clause } from './clause';
import type { SeamId } from './seams';
import type { Stage } from './stages';
import type { SeamContract, Workspace } from './workspace';

/** Pure edits of a workspace; each returns a new workspace stamped with `now`. */

export type ClausePatch = Partial<Omit<Clause, 'id'>>;

function withSeam(ws: Workspace, seam: SeamId, now: string, edit: (c: SeamContract) => SeamContract): Workspace {
  return { ...ws, updatedAt: now, seams: { ...ws.seams, [seam]: edit(ws.seams[seam]) } };
}

export function addClause(ws: Workspace, seam: SeamId, clause: Clause, now: string): Workspace {
  return withSeam(ws, seam, now, (c) => ({ ...c, clauses: [...c.clauses, clause] }));
}

export function updateClause(ws: Workspace, seam: SeamId, id: string, patch: ClausePatch, now: string): Workspace {
  return withSeam(ws, seam, now, (c) => ({
    ...c,
    clauses: c.clauses.map((cl) => (cl.id === id ? { ...cl, ...patch } : cl)),
  }));
}

export function removeClause(ws: Workspace, seam: SeamId, id: string, now: string): Workspace {
  return withSeam(ws, seam, now, (c) => ({ ...c, clauses: c.clauses.filter((cl) => cl.id !== id) }));
}

/** Moves a clause one place up (-1) or down (+1); at either end it stays put. */
export function moveClause(ws: Workspace, seam: SeamId, id: string, by: -1 | 1, now: string): Workspace {
  const clauses = [...ws.seams[seam].clauses];
  const from = clauses.findIndex((c) => c.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= clauses.length) return ws;
  const [moved] = clauses.splice(from, 1);
  if (moved) clauses.splice(to, 0, moved);
  return withSeam(ws, seam, now, (c) => ({ ...c, clauses }));
}

/** Components are edited as one comma-separated line per stage. */
export function setComponents(ws: Workspace, stage: Stage, line: string, now: string): Workspace {
  const names = line
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { ...ws, updatedAt: now, components: { ...ws.components, [stage]: names } };
}

export function renameWorkspace(ws: Workspace, name: string, now: string): Workspace {
  return { ...ws, name, updatedAt: now };
}

export function setNotes(ws: Workspace, notes: string, now: string): Workspace {
  return { ...ws, notes, updatedAt: now };
}

/** A copy with fresh ids throughout, so editing one never touches the other. */
export function duplicateWorkspace(ws: Workspace, newId: () => string, now: string): Workspace {
  const seams = Object.fromEntries(
    Object.entries(ws.seams).map(([id, c]) => [id, { ...c, clauses: c.clauses.map((cl) => ({ ...cl, id: newId() })) }]),
  ) as unknown as Workspace['seams'];
  return { ...ws, id: newId(), name: `${ws.name} (copy)`, createdAt: now, updatedAt: now, seams };
}

/** Clauses brought in from a data contract land after the seam's own, each with a fresh id. */
export function appendClauses(ws: Workspace, seam: SeamId, clauses: readonly Clause[], newId: () => string, now: string): Workspace {
  return withSeam(ws, seam, now, (c) => ({ ...c, clauses: [...c.clauses, ...clauses.map((cl) => ({ ...cl, id: newId() }))] }));
}
