import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';
import { linkTerms, termIndex } from './linkTerms';
import type { GlossaryTerm } from './types';

const term = (id: string, name: string, aliases: string[] = []): GlossaryTerm => ({ id, term: name, aliases, definition: 'd', seams: [] });
const INDEX = termIndex([term('ack', 'Ack', ['acks']), term('partition', 'Partition'), term('pruning', 'Partition pruning'), term('sla', 'Freshness SLA')]);
const linked = (text: string) => linkTerms(text, INDEX).filter((s) => s.kind === 'term');

describe('linking glossary terms in lesson text', () => {
  it('links a term whatever its case and keeps the words as written', () => {
    expect(linked('Storage sent the ACK early')).toEqual([{ kind: 'term', text: 'ACK', term: 'ack' }]);
  });

  it('matches whole words only', () => {
    expect(linked('a backfill on the stack, with racks')).toEqual([]);
  });

  it('prefers the longest phrase', () => {
    expect(linked('no partition pruning here')).toEqual([{ kind: 'term', text: 'partition pruning', term: 'pruning' }]);
  });

  it('links only the first mention of a term, counting aliases and earlier calls', () => {
    expect(linked('acks and an ack').map((s) => s.text)).toEqual(['acks']);
    const seen = new Set<string>();
    linkTerms('one ack', INDEX, seen);
    expect(linkTerms('another ack', INDEX, seen).some((s) => s.kind === 'term')).toBe(false);
  });

  it('gives back exactly the text it was given, for any text', () => {
    const full = termIndex(GLOSSARY);
    const words = fc.constantFrom('ack', 'idempotent', ' ', 'grain', 'Backfill', 'x', 'SLA', '.', 'fan-out', 'é');
    fc.assert(
      fc.property(fc.array(words).map((w) => w.join('')), fc.string(), (a, b) => {
        const text = a + b;
        expect(linkTerms(text, full).map((s) => s.text).join('')).toBe(text);
      }),
    );
  });
});
