import DOMPurify from 'dompurify';

/** Mermaid's parse of one chart; `db` is the flowchart database its renderer would draw from. */
export type GetDiagram = (text: string) => Promise<{ db: unknown }>;

/**
 * Mermaid's own parser, run in Node for tests that hold ours (and our export) to it. Node has no
 * DOM, so DOMPurify comes without its methods; Mermaid sanitises labels only for the SVG it would
 * draw and we read the parsed graph, so letting text through unchanged is safe here.
 */
export async function loadMermaidParser(): Promise<GetDiagram> {
  if (!DOMPurify.isSupported) {
    Object.assign(DOMPurify, { sanitize: (s: unknown) => String(s), addHook: () => undefined, removeHook: () => undefined, removeAllHooks: () => undefined });
  }
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'loose' });
  return (text) => mermaid.mermaidAPI.getDiagramFromText(text);
}
