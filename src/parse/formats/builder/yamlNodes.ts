/** Reading values out of YAML nodes without losing the nodes (their ranges give positions). */
import { isMap, isNode, isScalar, isSeq, type Document, type Pair } from 'yaml';
import { str } from './values';

/** The pairs of a YAML map node whose key is a scalar, as [key text, pair]. */
export function yamlEntries(node: unknown): [string, Pair<unknown, unknown>][] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair): [string, Pair<unknown, unknown>][] => {
    const text = isScalar(pair.key) ? str(pair.key.value) : undefined;
    return text === undefined ? [] : [[text, pair]];
  });
}

/** The pair under a key of a YAML map node: its value node, and its key node for positions. */
export function yamlGet(node: unknown, key: string): Pair<unknown, unknown> | undefined {
  return yamlEntries(node).find(([k]) => k === key)?.[1];
}

export function yamlItems(node: unknown): unknown[] {
  return isSeq(node) ? [...node.items] : [];
}

export function yamlText(node: unknown): string | undefined {
  return isScalar(node) ? str(node.value) : undefined;
}

export const yamlField = (node: unknown, key: string): string | undefined => yamlText(yamlGet(node, key)?.value);

/** The texts under a key of a YAML map node: a list of them, or one. */
export function yamlNames(node: unknown, key: string): string[] {
  const v = yamlGet(node, key)?.value;
  const one = yamlText(v);
  return one !== undefined ? [one] : yamlItems(v).map(yamlText).filter((t): t is string => t !== undefined);
}

/** A node as a plain JS value (merges and aliases resolved as the document allows). */
export function yamlJs(node: unknown, doc: Document): unknown {
  if (!isNode(node)) return node;
  try {
    return node.toJS(doc, { maxAliasCount: 100 }) as unknown;
  } catch {
    return undefined;
  }
}
