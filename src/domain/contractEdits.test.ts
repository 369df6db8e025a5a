import { describe, expect, it } from 'vitest';
import { emptyClause } from './clause';
import { addClause, duplicateWorkspace, moveClause, removeClause, setComponents, updateClause } from './contractEdits';
import { blankWorkspace } from './workspace';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-02T00:00:00.000Z';

function withThree() {
  let ws = blankWorkspace('w', 'W', T0);
  for (const id of ['a', 'b', 'c']) ws = addClause(ws, 'ingest-store', emptyClause(id, 'ordering'), T0);
  return ws;
}
const ids = (ws: ReturnType<typeof withThree>) => ws.seams['ingest-store'].clauses.map((c) => c.id);

describe('contract edits', () => {
  it('adds, updates and removes clauses on one seam only, stamping updatedAt', () => {
    let ws = withThree();
    ws = updateClause(ws, 'ingest-store', 'b', { assumed: 'in order per key' }, T1);
    expect(ws.seams['ingest-store'].clauses[1]?.assumed).toBe('in order per key');
    expect(ws.updatedAt).toBe(T1);
    ws = removeClause(ws, 'ingest-store', 'a', T1);
    expect(ids(ws)).toEqual(['b', 'c']);
    expect(ws.seams['generate-ingest'].clauses).toEqual([]);
  });

  it('reorders clauses and leaves them put at either end', () => {
    const ws = withThree();
    expect(ids(moveClause(ws, 'ingest-store', 'c', -1, T1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveClause(ws, 'ingest-store', 'a', 1, T1))).toEqual(['b', 'a', 'c']);
    expect(moveClause(ws, 'ingest-store', 'a', -1, T1)).toBe(ws);
    expect(moveClause(ws, 'ingest-store', 'c', 1, T1)).toBe(ws);
  });

  it('parses a comma-separated component line', () => {
    const ws = setComponents(blankWorkspace('w', 'W', T0), 'ingest', ' Kafka, , Debezium ,', T1);
    expect(ws.components.ingest).toEqual(['Kafka', 'Debezium']);
  });

  it('duplicates with fresh ids so the copy is independent', () => {
    let n = 0;
    const copy = duplicateWorkspace(withThree(), () => `new-${++n}`, T1);
    expect(copy.name).toBe('W (copy)');
    const all = [copy.id, ...ids(copy)];
    expect(new Set(all)).toEqual(new Set(['new-1', 'new-2', 'new-3', 'new-4']));
    expect(copy.createdAt).toBe(T1);
  });
});
