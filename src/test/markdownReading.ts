/** What the Markdown reader's tests look at: names, edges, stated stages, and where things land once classified. */
import { classifyPipeline } from '../parse/classify/pipeline';
import type { RawPipeline } from '../parse/types';
import { markdownParser } from '../parse/formats/markdown/index';

export const parse = (text: string): RawPipeline => markdownParser.parse(text);
export const pairs = (r: RawPipeline): string[] => r.edges.map((e) => `${e.from}->${e.to}`).sort();
export const names = (r: RawPipeline): string[] => r.components.map((c) => c.name);
export const stages = (r: RawPipeline): Record<string, string | undefined> => Object.fromEntries(r.components.map((c) => [c.id, c.explicit]));

/** Where each component lands once classified: what a label or heading hints shows up here, not in `explicit`. */
export function placed(r: RawPipeline): Record<string, string> {
  const c = classifyPipeline(r.components, r.edges);
  return Object.fromEntries(r.components.map((x) => [x.id, c.get(x.id)?.placement ?? 'none']));
}
