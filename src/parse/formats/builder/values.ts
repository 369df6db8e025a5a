/** Small value helpers shared by the structured readers. */
import { squash, truncate } from '../text';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string, or undefined. Numbers and booleans are read as their text. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** First characters of a text, on one line, for `found`. */
export const clip = (text: string, max = 80): string => truncate(squash(text), max);

/** True when the text, past leading whitespace, a BOM and comments, starts like JSON (`{` or `[`). */
export function looksLikeJson(text: string): boolean {
  return /^(?:[\s\uFEFF]|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*[[{]/.test(text.slice(0, 4096));
}

/** Top-level keys of a YAML or JSON text, read cheaply from its start (for detect). */
export function topLevelYamlKeys(text: string, limit = 20_000): Set<string> {
  const found = text.slice(0, limit).matchAll(/^(?:"([^"\n]+)"|'([^'\n]+)'|([A-Za-z_][\w.-]*))[ \t]*:(?=\s|$)/gm);
  return new Set([...found].flatMap((m) => m[1] ?? m[2] ?? m[3] ?? []));
}
