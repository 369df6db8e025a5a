import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeBaseDoc } from './kbDocs';
import { KNOWLEDGE_BASE } from './load';
import { ANSWERABLE } from './nextQuestion';
import { CLUE_LIKELIHOOD } from './textClues';

describe('the knowledge-base page', () => {
  it('is up to date with the knowledge base (run npm run docs:kb)', () => {
    const file = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'knowledge-base.md'), 'utf8');
    expect(file).toBe(`${knowledgeBaseDoc(KNOWLEDGE_BASE)}\n`);
  });

  it('lists every cause in its seam\'s matrix', () => {
    const doc = knowledgeBaseDoc(KNOWLEDGE_BASE);
    for (const c of KNOWLEDGE_BASE.causes) expect(doc).toContain(`| \`${c.id}\` | ${c.title.replace(/\|/g, '\\|')} |`);
  });
});

describe('the ranking method page', () => {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'ranking.md'), 'utf8');

  it('quotes the answerability weights the engine uses', () => {
    expect(doc).toContain(`states (did a task fail, did it start after a change and where was the change, is the source itself right) | ${ANSWERABLE.usually} |`);
    expect(doc).toContain(`*often* states | ${ANSWERABLE.often} |`);
    expect(doc).toContain(`*sometimes* states | ${ANSWERABLE.sometimes} |`);
    expect(doc).toContain(`| check | ${ANSWERABLE.check} |`);
  });

  it('quotes the likelihoods of text clues the engine uses', () => {
    const { technology, word } = CLUE_LIKELIHOOD;
    expect(doc).toContain(`(${technology.here} against ${technology.elsewhere})`);
    expect(doc).toContain(`(${word.here} against ${word.elsewhere})`);
  });
});
