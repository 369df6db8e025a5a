/** Random ids for workspaces and clauses; falls back where randomUUID is missing (plain http on a LAN). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export const nowIso = (): string => new Date().toISOString();
