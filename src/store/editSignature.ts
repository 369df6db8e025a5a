import type { Workspace } from '../domain/workspace';

/**
 * Names what an edit touched: the fields, and within seams the seam, clause and field. Edits with
 * the same name in a row (typing in one field) make one undo step; a different one starts the next.
 */
export function editSignature(prev: Workspace, next: Workspace): string {
  const parts: string[] = [];
  for (const key of Object.keys({ ...prev, ...next }) as (keyof Workspace)[]) {
    if (key === 'updatedAt' || prev[key] === next[key]) continue;
    if (key !== 'seams') {
      parts.push(key);
      continue;
    }
    for (const [seam, contract] of Object.entries(next.seams)) {
      const before = prev.seams[seam as keyof Workspace['seams']];
      if (before === contract) continue;
      const ids = (c: typeof contract | undefined) => c?.clauses.map((x) => x.id).join(',') ?? '';
      if (!before || ids(before) !== ids(contract)) {
        parts.push(`${seam}:list`);
        continue;
      }
      contract.clauses.forEach((c, i) => {
        const old = before.clauses[i];
        if (old === c || !old) return;
        const fields = (Object.keys(c) as (keyof typeof c)[]).filter((f) => c[f] !== old[f]);
        parts.push(`${seam}:${c.id}:${fields.join('+')}`);
      });
    }
  }
  return parts.join('|');
}
