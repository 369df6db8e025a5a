/**
 * Mermaid export: a workspace's pipeline as a flowchart that renders wherever Mermaid does and
 * imports back into the app. See toMermaid.ts for the conventions.
 */
import { slugFileName } from '../fileName';

export { toMermaid } from './toMermaid';

/** `Orders pipeline` → `orders-pipeline.mmd`: the extension Mermaid's tools and editors recognise. */
export function mermaidFileName(workspaceName: string): string {
  return slugFileName(workspaceName, 'mmd');
}
