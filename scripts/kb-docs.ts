/** npm run docs:kb — writes docs/knowledge-base.md from the knowledge base. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeBaseDoc } from '../src/domain/diagnosis/kbDocs';
import { KNOWLEDGE_BASE } from '../src/domain/diagnosis/load';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'knowledge-base.md'), `${knowledgeBaseDoc(KNOWLEDGE_BASE)}\n`);
