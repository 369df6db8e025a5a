import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { newId as randomId } from '../../lib/ids';
import { err, ok, type Result } from '../../persistence/result';
import { placeOnSeam } from './dimensions';
import type { OdcsError, OdcsIssue } from './errors';
import { foreignDrafts } from './foreign';
import { readRecord } from './record';
import type { FromOdcsOptions, OdcsContract, OdcsImport } from './types';
import { validateOdcs } from './validate';

/** Far beyond any hand-kept contract (the standard's full example is 10 KB); refuses a wrong file before parsing it. */
export const MAX_TEXT_CHARS = 2_000_000;
/** More clauses than this on one seam would not be read by anyone; the rest are reported, not dropped silently. */
export const MAX_CLAUSES = 500;
// Refused issues beyond this add nothing a user can act on.
const MAX_ISSUES = 20;

type Locate = (issue: OdcsIssue) => OdcsIssue;

/** "/schema/0/name" → ["schema", "0", "name"], undoing JSON Pointer's ~1 and ~0 escapes. */
function pointer(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Adds the line and column of the deepest node on an issue's path that exists in the text. */
function locator(doc: Document, lines: LineCounter): Locate {
  return (issue) => {
    const path = pointer(issue.path);
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return { ...issue, line, column: col };
      }
    }
    return issue;
  };
}

// yaml's messages end with " at line 3, column 1:" and a code excerpt; the error carries both separately.
const firstLine = (message: string): string => (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?\s*$/, '');

function parseYaml(text: string): Result<{ value: unknown; locate: Locate }, OdcsError> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0] ?? lines.linePos(first.pos[0]);
    return err({ kind: 'yamlSyntax', message: firstLine(first.message), line: at.line, column: at.col });
  }
  try {
    // The alias cap stops "billion laughs" documents from expanding without bound.
    return ok({ value: doc.toJS({ maxAliasCount: 100 }) as unknown, locate: locator(doc, lines) });
  } catch (e) {
    return err({ kind: 'yamlUnreadable', message: e instanceof Error ? e.message : String(e) });
  }
}

const typeName = (v: unknown): string => (Array.isArray(v) ? 'a list' : typeof v === 'string' ? 'a single string' : `a ${typeof v}`);

function capped<T>(items: readonly T[], max: number, warnings: string[]): readonly T[] {
  if (items.length <= max) return items;
  warnings.push(`The contract holds ${items.length} clauses; only the first ${max} were imported.`);
  return items.slice(0, max);
}

/**
 * Reads an ODCS YAML (or JSON) document as clauses for a seam. Our own exports come back exactly
 * from their clause record, seam included; any other contract — the standard's examples, a
 * catalog's export — is read from its schema properties, rules and SLA, with no seam, so the
 * UI asks where it goes. Every document must pass the ODCS JSON Schema first: a contract other
 * tools would reject is refused here too, with where and why.
 */
export function fromOdcs(yamlText: string, options: FromOdcsOptions = {}): Result<OdcsImport, OdcsError> {
  if (yamlText.length > MAX_TEXT_CHARS) return err({ kind: 'tooLarge', chars: yamlText.length, max: MAX_TEXT_CHARS });
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) return parsed;
  const { value, locate } = parsed.value;
  if (value === null || value === undefined) return err({ kind: 'empty' });
  if (typeof value !== 'object' || Array.isArray(value)) return err({ kind: 'notAMapping', found: typeName(value) });
  const kind = (value as Record<string, unknown>).kind;
  if (kind !== 'DataContract') {
    return err({ kind: 'notADataContract', found: kind === undefined || kind === null ? null : typeof kind === 'string' ? kind : JSON.stringify(kind) });
  }

  let valid: ReturnType<typeof validateOdcs>;
  try {
    valid = validateOdcs(value);
  } catch (e) {
    // Only a document nested thousands of levels deep gets here (the validator recurses).
    return err({ kind: 'yamlUnreadable', message: e instanceof Error ? e.message : String(e) });
  }
  if (!valid.ok) return err({ kind: 'invalid', issues: valid.issues.slice(0, MAX_ISSUES).map(locate) });

  // The schema has just checked every field this type names.
  const doc = value as OdcsContract;
  const contract = { id: doc.id, name: doc.name ?? null, version: doc.version };
  const max = options.maxClauses ?? MAX_CLAUSES;

  const record = readRecord(doc.customProperties);
  if (!record.ok) {
    const e = record.error;
    return err(e.kind === 'badRecord' ? { ...e, issues: e.issues.slice(0, MAX_ISSUES).map(locate) } : e);
  }
  if (record.value) {
    const warnings = [...record.value.warnings];
    const clauses = capped(record.value.clauses, max, warnings);
    return ok({ seam: record.value.seam, clauses, origin: 'pipeline-seams', contract, warnings });
  }

  const warnings: string[] = [];
  const drafts = foreignDrafts(doc);
  if (drafts.length === 0) {
    warnings.push('The contract states no schema properties, quality rules or SLA properties, so it gives no clauses.');
  }
  const newId = options.newId ?? randomId;
  const clauses = capped(drafts, max, warnings).map((d) => ({ id: newId(), ...d }));
  return ok({
    seam: null,
    clauses: options.seam ? placeOnSeam(clauses, options.seam) : clauses,
    origin: 'foreign',
    contract,
    warnings,
  });
}
