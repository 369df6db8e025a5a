/**
 * Mermaid `flowchart` / `graph`, `architecture-beta`, `erDiagram` (tables, no edges: mermaid/er.ts) and
 * `sequenceDiagram` (participants, messages as flow: mermaid/sequence.ts), read by hand (Mermaid's own parser needs a
 * DOM, and is quadratic on flowcharts).
 *
 * Flowcharts — nodes: `A`, `A[Label]` and every shape (`(…)`, `([…])`, `[[…]]`, `[(…)]`, `((…))`, `(((…)))`, `>…]`,
 * `{…}`, `{{…}}`, `[/…/]`, `[\…\]`, `[/…\]`, `[\…/]`), quoted and markdown labels, `<br/>`, `:::class`,
 * `@{ shape: …, label: … }`. Links: `-->`, `---`, `-.->`, `-.-`, `==>`, `===`, `--o`, `--x`, `<-->`, any length,
 * labels `-->|x|`, `-- x -->`, `-. x .->`, `== x ==>`; `~~~` is layout only. `&` fans out, chains chain.
 * `subgraph … end` nest; their titles become hints of the nodes first seen inside. Styling, `click`,
 * `direction`, accessibility lines and `%%` comments are skipped.
 *
 * Architecture diagrams — `service id(icon)[Title] in group`, `group id(icon)[Title] in parent`,
 * `junction id`, edges `a:R --> L:b`, `a{group}:B <-- T:b`, `a:R -[label]- L:b`. The parts live in mermaid/.
 */
import type { FormatParser } from '../types';
import { ArchitectureReader } from './mermaid/architecture/reader';
import { detectMermaid, isArchitecture, isEr, isSequence } from './mermaid/detect';
import { readEr } from './mermaid/er';
import { MermaidReader } from './mermaid/reader';
import { readSequence } from './mermaid/sequence';
import { safely } from './text';

export const mermaidParser: FormatParser = {
  id: 'mermaid',
  label: 'Mermaid flowchart, architecture, ER or sequence diagram',
  example: 'flowchart LR\n  app[Mobile app] --> kafka[Kafka] --> s3[(S3 raw)]\n  s3 -->|nightly| spark[Spark]',
  detect: detectMermaid,
  parse: (text) =>
    safely((b) => (isEr(text) ? readEr(b, text) : isSequence(text) ? readSequence(b, text) : (isArchitecture(text) ? new ArchitectureReader(b) : new MermaidReader(b)).read(text))),
};
