/**
 * The list's order while it stays open: rows keep their places (a rename or an edit must not move
 * the row under the pointer), rows that appeared come first in `ranked` order, rows that went leave.
 */
export function keepOrder(previous: readonly string[], ranked: readonly string[]): string[] {
  const present = new Set(ranked);
  const kept = previous.filter((id) => present.has(id));
  const known = new Set(kept);
  return [...ranked.filter((id) => !known.has(id)), ...kept];
}

export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
