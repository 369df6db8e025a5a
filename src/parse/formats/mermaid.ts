/**
 * Mermaid `flowchart` / `graph`, read by hand (Mermaid's own parser needs a DOM, and is quadratic).
 *
 * Nodes: `A`, `A[Label]` and every shape (`(…)`, `([…])`, `[[…]]`, `[(…)]`, `((…))`, `(((…)))`, `>…]`,
 * `{…}`, `{{…}}`, `[/…/]`, `[\…\]`, `[/…\]`, `[\…/]`), quoted and markdown labels, `<br/>`, `:::class`,
 * `@{ shape: …, label: … }`. Links: `-->`, `---`, `-.->`, `-.-`, `==>`, `===`, `--o`, `--x`, `<-->`, any length,
 * labels `-->|x|`, `-- x -->`, `-. x .->`, `== x ==>`; `~~~` is layout only. `&` fans out, chains chain.
 * `subgraph … end` nest; their titles become hints of the nodes first seen inside. Styling, `click`,
 * `direction`, accessibility lines and `%%` comments are skipped. The parts live in mermaid/.
 */
import type { FormatParser, RawPipeline } from '../types';
import { detectMermaid } from './mermaid/detect';
import { ProblemLog } from './mermaid/problemLog';
import { MermaidReader } from './mermaid/reader';
import { safely } from './text';

function parseMermaid(text: string): RawPipeline {
  let log: ProblemLog | undefined;
  const result = safely((b) => {
    log = new ProblemLog(b);
    new MermaidReader(b, log).read(text);
  });
  return log ? log.tag(result) : result;
}

export const mermaidParser: FormatParser = {
  id: 'mermaid',
  label: 'Mermaid flowchart',
  example: 'flowchart LR\n  app[Mobile app] --> kafka[Kafka] --> s3[(S3 raw)]\n  s3 -->|nightly| spark[Spark]',
  detect: detectMermaid,
  parse: parseMermaid,
};
