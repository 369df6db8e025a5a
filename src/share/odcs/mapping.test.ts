import { describe, expect, it } from 'vitest';
import { SEAM_LIST } from '../../domain/seams';
import { fitDimension } from './dimensions';
import { isFieldSubject, odcsQualityDimension } from './fields';
import { describeRule } from './foreign';
import { describeSla, slaKind, slaValue } from './sla';

describe('isFieldSubject', () => {
  it('takes columns as columns are written, and plain words as concepts', () => {
    for (const s of ['event_id', 'tbl.rcvr_id', 'eventId', 'AnotherObject.x[].id', '_ts']) expect(isFieldSubject(s), s).toBe(true);
    for (const s of ['grain', 'ack', 'event_id 8821', 'load_raw ← upstream', 'cost per run', '', 'a..b', '1st_col']) expect(isFieldSubject(s), s).toBe(false);
  });
});

describe('odcsQualityDimension', () => {
  it('maps every seam dimension it can, and leaves the rest unmapped', () => {
    const mapped = Object.fromEntries(SEAM_LIST.flatMap((s) => s.dimensions).map((d) => [d, odcsQualityDimension(d) ?? null]));
    expect(mapped).toMatchObject({
      deduplication: 'uniqueness',
      'duplicate rows at arrival': 'uniqueness',
      grain: 'uniqueness',
      nulls: 'completeness',
      'delivery guarantees': 'completeness',
      'freshness SLA': 'timeliness',
      timing: 'timeliness',
      'schema expectations': 'conformity',
      ordering: 'consistency',
      'trust boundary': null,
      'unstated contracts': null,
    });
  });
});

describe('SLA clauses', () => {
  it('are picked by what the clause is about, not by times mentioned in passing', () => {
    expect(slaKind({ dimension: 'freshness SLA', subject: 'fraud model' })).toBe('latency');
    expect(slaKind({ dimension: 'timing', subject: 'load_raw start' })).toBe('timeOfAvailability');
    expect(slaKind({ dimension: 'layout', subject: 'refresh cadence' })).toBe('frequency');
    expect(slaKind({ dimension: 'delivery guarantees', subject: 'ack' })).toBeNull();
  });

  it('carry the number and unit an assumption states, else its words', () => {
    expect(slaValue('latency', 'data up to 4 hours old is fine')).toEqual({ value: 4, unit: 'h' });
    expect(slaValue('latency', 'at most 2 weeks behind')).toEqual({ value: 14, unit: 'd' });
    expect(slaValue('frequency', 'costs $12 per run, every 15 min')).toEqual({ value: 15, unit: 'min' });
    expect(slaValue('latency', 'data is minutes old')).toEqual({ value: 'data is minutes old' });
    expect(slaValue('timeOfAvailability', 'upstream has finished by 03:00 UTC')).toEqual({ value: '03:00 UTC' });
  });

  it('read back as words', () => {
    expect(describeSla({ property: 'latency', value: 4, unit: 'd', element: 'tab1.txn_ref_dt' })).toBe('4 d on tab1.txn_ref_dt');
    expect(describeSla({ property: 'frequency', value: 1, valueExt: 2, unit: 'd', driver: 'analytics' })).toBe('1 to 2 d (analytics)');
    expect(describeSla({ property: 'endOfLife', value: null })).toBe('null');
  });
});

describe('describeRule', () => {
  it('says what each kind of quality rule checks', () => {
    expect(describeRule({ metric: 'rowCount', mustBeBetween: [10, 20], unit: 'rows' })).toBe('rowCount must be between 10 and 20 rows');
    expect(describeRule({ type: 'sql', query: 'SELECT 1', mustBe: 1 })).toBe('SQL SELECT 1 must be 1');
    expect(describeRule({ type: 'custom', engine: 'soda', description: 'no gaps' })).toBe('soda check (no gaps)');
    expect(describeRule({ type: 'text', description: 'Amounts are in EUR' })).toBe('Amounts are in EUR');
    expect(describeRule({})).toBe('an undescribed quality rule');
  });
});

describe('fitDimension', () => {
  it("prefers the seam's own dimension, then a fitting one, then the seam's first", () => {
    expect(fitDimension('store-process', 'layout')).toBe('layout');
    expect(fitDimension('store-process', 'partitioning')).toBe('partition key');
    expect(fitDimension('process-model', 'deduplication')).toBe('grain');
    expect(fitDimension('orchestration', 'timeliness')).toBe('timing');
    expect(fitDimension('ingest-store', 'schema')).toBe('delivery guarantees');
  });
});
