import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_NAME, isAppGivenName, nameForTrail, shortSymptom, triageName } from './workspaceName';

const day = new Date(2026, 11, 3, 9, 30);

describe('a triage workspace named from what was seen', () => {
  it('reads as the first symptom and the day', () => {
    expect(triageName('Rows missing', day)).toBe('Rows missing · 3 Dec');
  });

  it('leaves out the examples a label carries in brackets', () => {
    expect(shortSymptom('Impossible values (1970 or future dates, -1, garbled text)')).toBe('Impossible values');
    expect(triageName('Data lost for good (a replay or rerun does not bring it back)', day)).toBe('Data lost for good · 3 Dec');
  });

  it('renames an untitled workspace when the first symptom is picked', () => {
    expect(nameForTrail(DEFAULT_WORKSPACE_NAME, undefined, 'Rows missing', day)).toBe('Rows missing · 3 Dec');
  });

  it('follows the first symptom while the name is still the one the app gave', () => {
    const given = triageName('Rows missing', new Date(2026, 10, 30));
    expect(nameForTrail(given, 'Rows missing', 'Data late or stale', day)).toBe('Data late or stale · 3 Dec');
    expect(nameForTrail(given, 'Rows missing', undefined, day)).toBe(DEFAULT_WORKSPACE_NAME);
  });

  it('keeps the name when the first symptom stays (a second one is added)', () => {
    const given = 'Rows missing · 30 Nov';
    expect(nameForTrail(given, 'Rows missing', 'Rows missing', day)).toBe(given);
  });

  it('never touches a name the user chose', () => {
    expect(nameForTrail('Checkout outage', undefined, 'Rows missing', day)).toBe('Checkout outage');
    expect(nameForTrail('Rows missing in EU', 'Rows missing', 'Data late or stale', day)).toBe('Rows missing in EU');
    expect(isAppGivenName('Rows missing · yesterday', 'Rows missing')).toBe(false);
  });
});
