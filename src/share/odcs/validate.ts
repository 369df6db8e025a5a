import type { ErrorObject } from 'ajv';
import type { OdcsIssue } from './errors';
// Compiled ahead of time (`npm run odcs:validator`): ajv compiling at run time needs `new Function`,
// which the app's Content-Security-Policy forbids. allErrors: a refused document names every wrong field.
import compiled from './generated/validateOdcs.js';

const validator = () => compiled;

// Combinator errors ("must match a schema in anyOf") only repeat what their branches said.
const WRAPPERS = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'not']);

function message(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  const base = e.message ?? e.keyword;
  if (typeof p.unevaluatedProperty === 'string') return `${base}: "${p.unevaluatedProperty}"`;
  if (typeof p.additionalProperty === 'string') return `${base}: "${p.additionalProperty}"`;
  if (Array.isArray(p.allowedValues)) return `${base}: ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return base;
}

// A type or required error that is a whole branch of anyOf/oneOf is one alternative among several, not a demand on its own.
const inBranch = (e: ErrorObject): boolean => /\/(?:anyOf|oneOf)\/\d+\/(?:type|required)$/.test(e.schemaPath);

function alternatives(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

const depth = (path: string): number => path.split('/').length;

/**
 * ajv's errors as issues a person can act on: combinators dropped when their branches speak,
 * alternatives merged ("must be string, number or null"), one issue per path and message, and
 * the deepest paths first — the most specific place is usually the one to fix.
 */
function toIssues(errors: readonly ErrorObject[]): OdcsIssue[] {
  const concrete = errors.filter((e) => !WRAPPERS.has(e.keyword));
  const merged = new Map<string, { path: string; keyword: string; words: string[] } | OdcsIssue>();
  for (const e of concrete.length > 0 ? concrete : errors) {
    const p = e.params as Record<string, unknown>;
    const word = e.keyword === 'type' ? String(p.type) : e.keyword === 'required' ? `"${String(p.missingProperty)}"` : undefined;
    if (inBranch(e) && word !== undefined) {
      const key = `${e.instancePath}\u0000${e.keyword}`;
      const group = merged.get(key);
      if (group && 'words' in group) {
        if (!group.words.includes(word)) group.words.push(word);
      } else merged.set(key, { path: e.instancePath, keyword: e.keyword, words: [word] });
      continue;
    }
    const issue = { path: e.instancePath, message: message(e) };
    merged.set(`${issue.path}\u0000${issue.message}`, issue);
  }
  const issues = [...merged.values()].map((v) =>
    'words' in v
      ? { path: v.path, message: v.keyword === 'type' ? `must be ${alternatives(v.words)}` : `must have one of ${alternatives(v.words)}` }
      : v,
  );
  return issues.sort((a, b) => depth(b.path) - depth(a.path));
}

/**
 * Checks a plain object against the ODCS v3.1.0 JSON Schema with a real validator, so what we
 * export is what other ODCS tools accept and what we import has the shape we read it with.
 */
export function validateOdcs(doc: unknown): { readonly ok: true } | { readonly ok: false; readonly issues: readonly OdcsIssue[] } {
  const validate = validator();
  if (validate(doc)) return { ok: true };
  return { ok: false, issues: toIssues(validate.errors ?? []) };
}
