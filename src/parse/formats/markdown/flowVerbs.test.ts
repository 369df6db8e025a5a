import { describe, expect, it } from 'vitest';
import { FLOW_VERBS } from '../../lexicon/words';
import { CLAUSE_VERBS, FLOW_WORD_RE, PASSIVE_READ, READS_FROM_RE, TAKES_FROM_TAIL, WRITES_TO_RE } from './lexicon';
import { readsFrom } from './phrases';

const matches = (re: RegExp, text: string): boolean => [...text.matchAll(new RegExp(re.source, 'gi'))].length > 0;

describe('the Markdown reader takes its flow verbs from the lexicon', () => {
  it('matches every verb the lexicon lists, each way', () => {
    for (const v of FLOW_VERBS.reads) expect(matches(READS_FROM_RE, `x ${v} y`), v).toBe(true);
    for (const v of FLOW_VERBS.writes) expect(matches(WRITES_TO_RE, `x ${v} y`), v).toBe(true);
    for (const v of [...FLOW_VERBS.passiveWrites, ...FLOW_VERBS.moves, ...FLOW_VERBS.tells]) expect(FLOW_WORD_RE.test(`x ${v} y`), v).toBe(true);
  });

  it('reads the direction from the last verb, a preposition after a verb going with it', () => {
    expect(readsFrom(' subscribes to ')).toBe(true);
    expect(readsFrom(' loads from ')).toBe(true);
    expect(readsFrom(' writes to ')).toBe(false);
    expect(readsFrom(', loaded by ')).toBe(true);
    expect(TAKES_FROM_TAIL.test('streams data from an external ')).toBe(true);
    expect(TAKES_FROM_TAIL.test('processes it using ')).toBe(false);
    expect(PASSIVE_READ.test(' is consumed by the ')).toBe(true);
  });

  it('starts a clause at a flow verb, but not at one the lexicon says reads as a noun after a name', () => {
    expect(CLAUSE_VERBS.has('loads')).toBe(true);
    for (const v of FLOW_VERBS.nounsToo) expect(CLAUSE_VERBS.has(v), v).toBe(false);
  });
});
