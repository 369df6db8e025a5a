import { describe, expect, it } from 'vitest';
import { presetById, presetWorkspace } from '../../domain/presets';
import { SEAMS } from '../../domain/seams';
import { newId } from '../../lib/ids';
import { describeOdcsError, fromOdcs, placeOnSeam, toOdcsYaml, type OdcsError, type OdcsImport } from './index';
import allSchemaTypes from './standard/all-schema-types.odcs.yaml?raw';
import databaseTableSla from './standard/database-table-sla.odcs.yaml?raw';
import fullExample from './standard/full-example.odcs.yaml?raw';
import tableColumnsWithPartition from './standard/table-columns-with-partition.odcs.yaml?raw';

function counter(): () => string {
  let n = 0;
  return () => `c${++n}`;
}

function imported(text: string, options = {}): OdcsImport {
  const r = fromOdcs(text, { newId: counter(), ...options });
  if (!r.ok) throw new Error(describeOdcsError(r.error));
  return r.value;
}

function refused(text: string): OdcsError {
  const r = fromOdcs(text);
  if (r.ok) throw new Error('expected the import to be refused');
  return r.error;
}

const MINIMAL = 'apiVersion: v3.1.0\nkind: DataContract\nid: c-1\nversion: 1.0.0\nstatus: draft\n';

describe("the standard's own examples", () => {
  it('reads full-example: properties with their type, keys and quality rules, then the SLA', () => {
    const r = imported(fullExample);
    expect(r).toMatchObject({ seam: null, origin: 'foreign', warnings: [], contract: { id: '53581432-6c55-4ba2-a65f-72344a91553a', version: '1.1.0' } });
    expect(r.clauses).toHaveLength(16);
    const byId = (subject: string) => r.clauses.find((c) => c.subject === subject);
    expect(byId('tbl.rcvr_cntry_code')).toEqual({
      id: 'c4',
      dimension: 'completeness',
      subject: 'tbl.rcvr_cntry_code',
      assumed:
        'logicalType string, physicalType varchar(2), classification public; quality: nullValues must be 0 (column should not contain null values); description: Country code',
      actual: '',
      evidence: 'Imported from ODCS contract 53581432-6c55-4ba2-a65f-72344a91553a (version 1.1.0), property tbl.rcvr_cntry_code.',
      verdict: null,
    });
    expect(byId('tbl')?.assumed).toBe(
      'granularity: Aggregation on columns txn_ref_dt, pmt_txn_id; quality: rowCount must be greater than 1000000 (Ensure row count is within expected volume range)',
    );
    expect(byId('receivers.id')?.assumed).toContain('required, unique, primary key (position 1)');
    expect(byId('latency')?.assumed).toBe('4 d on tab1.txn_ref_dt');
    expect(r.clauses.filter((c) => c.subject === 'timeOfAvailability').map((c) => c.assumed)).toEqual([
      '09:00-08:00 on tab1.txn_ref_dt (regulatory)',
      '08:00-08:00 on tab1.txn_ref_dt (analytics)',
    ]);
  });

  it('reads all-schema-types, following arrays of objects into their fields', () => {
    const r = imported(allSchemaTypes);
    expect(r.contract.name).toBe('my_quantum');
    expect(r.clauses.map((c) => c.subject)).toEqual([
      'tbl',
      'tbl.txn_ref_dt',
      'tbl.rcvr_id',
      'tbl.rcvr_cntry_code',
      'AnObject.street_lines',
      'AnotherObject.x',
      'AnotherObject.x[].id',
      'AnotherObject.x[].zip',
    ]);
    expect(r.clauses[4]?.assumed).toBe('logicalType array of string, physicalType array');
  });

  it('reads database-table-sla: an empty schema, eight SLA properties', () => {
    const r = imported(databaseTableSla);
    expect(r.clauses.map((c) => c.subject)).toEqual([
      'latency',
      'generalAvailability',
      'endOfSupport',
      'endOfLife',
      'retention',
      'frequency',
      'timeOfAvailability',
      'timeOfAvailability',
    ]);
    expect(r.clauses[1]?.assumed).toBe('2022-05-12T09:30:10-08:00: Initial GA date 15.5.22');
    expect(r.clauses[5]?.assumed).toBe('1 d on tab1.txn_ref_dt');
  });

  it('reads table-columns-with-partition: partition keys in order', () => {
    const r = imported(tableColumnsWithPartition);
    expect(r.clauses.map((c) => [c.subject, c.dimension])).toEqual([
      ['tbl.rcvr_cntry_code', 'partitioning'],
      ['tbl.rcvr_id', 'uniqueness'],
      ['tbl.year', 'partitioning'],
      ['tbl.amount', 'schema'],
    ]);
    expect(r.clauses[0]?.assumed).toBe('logicalType string, physicalType varchar(2), primary key (position 1), partitioned (position 1)');
  });

  it("takes the target seam's fitting dimensions, or its first when none fits", () => {
    const onStore = imported(tableColumnsWithPartition, { seam: 'store-process' }).clauses.map((c) => c.dimension);
    expect(onStore).toEqual(['partition key', 'layout', 'partition key', 'schema expectations']);
    const onServe = placeOnSeam(imported(databaseTableSla).clauses, 'model-serve');
    expect(onServe.every((c) => c.dimension === 'freshness SLA')).toBe(true);
    const onIngest = placeOnSeam(imported(fullExample).clauses, 'ingest-store');
    expect(onIngest.find((c) => c.subject === 'receivers.id')?.dimension).toBe('deduplication');
    expect(onIngest.every((c) => SEAMS['ingest-store'].dimensions.includes(c.dimension))).toBe(true);
  });
});

describe('our own exports', () => {
  it('come back with their seam and exact clauses, even onto a workspace that already has them', () => {
    const preset = presetById('ack-before-commit');
    if (!preset) throw new Error('preset missing');
    const ws = presetWorkspace(preset, newId, '2025-01-15T10:00:00.000Z');
    const r = imported(toOdcsYaml(ws, 'ingest-store'));
    expect(r.origin).toBe('pipeline-seams');
    expect(r.seam).toBe('ingest-store');
    expect(r.clauses).toEqual(ws.seams['ingest-store'].clauses);
  });

  it('refuses a damaged clause record, saying which field', () => {
    const preset = presetById('ack-before-commit');
    if (!preset) throw new Error('preset missing');
    const text = toOdcsYaml(presetWorkspace(preset, newId, '2025-01-15T10:00:00.000Z'), 'ingest-store');
    const e = refused(text.replace(/verdict: null/, 'verdict: maybe'));
    expect(e.kind).toBe('badRecord');
    expect(describeOdcsError(e)).toMatch(/\/customProperties\/4\/value\/0\/verdict \(line \d+, column \d+\): must be null, "unknown"/);
    expect(refused(text.replace('value: 1\n', 'value: 2\n'))).toEqual({ kind: 'unsupportedRecord', format: '2' });
  });
});

describe('refusals say where and why', () => {
  it('reports a YAML syntax error with its line and column', () => {
    const e = refused(`${MINIMAL}tags: [a, b\nname: x\n`);
    expect(e).toMatchObject({ kind: 'yamlSyntax', line: 7, column: 1 });
    expect(describeOdcsError(e)).toMatch(/^It is not valid YAML: line 7, column 1: .*\]/);
    expect(refused(`${MINIMAL}id: again\n`)).toMatchObject({ kind: 'yamlSyntax', line: 6, column: 1, message: 'Map keys must be unique' });
  });

  it('refuses YAML that is not a data contract, with a clear message', () => {
    const compose = refused('services:\n  web:\n    image: nginx\n');
    expect(describeOdcsError(compose)).toBe('It is not an ODCS data contract: it has no "kind: DataContract".');
    expect(describeOdcsError(refused('kind: Deployment\n'))).toBe('It is not an ODCS data contract: its kind is "Deployment", not "DataContract".');
    expect(describeOdcsError(refused('- a\n- b\n'))).toBe('It is not a data contract: the top level is a list, not a mapping of keys to values.');
    expect(refused('# nothing here\n')).toEqual({ kind: 'empty' });
  });

  it('refuses a schema-invalid contract with the JSON path, the message and the line', () => {
    const e = refused(`${MINIMAL}schema:\n  - name: t\n    properties:\n      - name: a\n        logicalType: text\n        colour: red\n`);
    if (e.kind !== 'invalid') throw new Error(e.kind);
    const at = (path: string) => e.issues.find((i) => i.path === path);
    expect(at('/schema/0/properties/0/logicalType')).toMatchObject({ line: 10, column: 22 });
    expect(at('/schema/0/properties/0/logicalType')?.message).toContain('"date"');
    expect(at('/schema/0/properties/0')?.message).toContain('"colour"');
    expect(describeOdcsError(e)).toMatch(/^It does not follow the ODCS v3\.1\.0 schema: \/schema\/0\/properties\/0/);
    const missing = refused('apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\n');
    expect(describeOdcsError(missing)).toContain("document (line 1, column 1): must have required property 'status'");
  });

  it('bounds what it reads: large files are refused, many clauses are capped with a warning', () => {
    expect(refused(`${MINIMAL}#${'x'.repeat(2_000_000)}\n`)).toMatchObject({ kind: 'tooLarge', max: 2_000_000 });
    const props = Array.from({ length: 600 }, (_, i) => `      - name: c${i}\n        logicalType: string\n`).join('');
    const r = imported(`${MINIMAL}schema:\n  - name: t\n    properties:\n${props}`);
    expect(r.clauses).toHaveLength(500);
    expect(r.warnings).toEqual(['The contract holds 600 clauses; only the first 500 were imported.']);
    expect(imported(`${MINIMAL}schema:\n  - name: t\n    properties:\n${props}`, { maxClauses: 10 }).clauses).toHaveLength(10);
    expect(imported(MINIMAL).warnings[0]).toMatch(/gives no clauses/);
  });

  it('refuses alias bombs instead of expanding them', () => {
    const bomb = `${MINIMAL}tags: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `t${i + 1}: &${'b'.repeat(i + 1)} [${Array(10).fill(i === 0 ? '*a' : `*${'b'.repeat(i)}`).join(', ')}]`).join('\n')}\n`;
    expect(refused(bomb).kind).toBe('yamlUnreadable');
  });
});
