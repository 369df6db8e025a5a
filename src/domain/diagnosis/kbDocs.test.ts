import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeBaseDoc } from './kbDocs';
import { KNOWLEDGE_BASE } from './load';

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
