import { slugFileName } from '../fileName';
import { Document, parseDocument, type ToStringOptions } from 'yaml';
import { SEAM_IDS, type SeamId } from '../../domain/seams';
import type { Workspace } from '../../domain/workspace';
import { toOdcs } from './toOdcs';

const HEADER = [
  ' Open Data Contract Standard (ODCS) v3.1.0 data contract, exported by Pipeline Seams.',
  ' Re-importing reads the clauses from customProperties "clauses"; edit them there.',
].join('\n');

// Literal blocks keep multi-line evidence readable; no folding, so one edited clause is one changed line in a diff.
const READABLE: ToStringOptions = { blockQuote: 'literal', lineWidth: 0 };
// yaml writes a block scalar whose first lines hold only spaces without the indentation indicator
// it needs, and those spaces are lost on reading. Quoted scalars escape everything and lose nothing.
const EXACT: ToStringOptions = { blockQuote: false, lineWidth: 0 };

function render(value: unknown, options: ToStringOptions): string {
  // Quote what YAML 1.1 readers (PyYAML, most data-contract tooling) would turn into dates,
  // booleans or sexagesimal numbers: "2025-01-15T10:00:00Z", "yes", "09:00" stay strings there too.
  const doc = new Document(value, { schema: 'yaml-1.1' });
  doc.commentBefore = HEADER;
  return doc.toString(options);
}

// Some such texts do not even parse, so this reads them with errors collected rather than thrown.
function readsBackAs(text: string, value: unknown): boolean {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && JSON.stringify(doc.toJS()) === JSON.stringify(value);
}

/**
 * The contract as YAML, the form ODCS contracts are usually kept and reviewed in. The text is
 * read back before it is returned, so what we hand out always re-imports to the same clauses.
 */
export function toOdcsYaml(workspace: Workspace, seam: SeamId): string {
  const contract = toOdcs(workspace, seam);
  const readable = render(contract, READABLE);
  return readsBackAs(readable, contract) ? readable : render(contract, EXACT);
}

/**
 * The file name for one seam's contract, e.g. `payments-incident.ingest-store.odcs.yaml`: the
 * workspace first so a folder of exports sorts by pipeline, and the `.odcs.yaml` suffix that
 * ODCS tooling and the standard's own examples use.
 */
export function odcsFileName(workspaceName: string, seam: SeamId): string {
  return slugFileName(workspaceName, `${seam}.odcs.yaml`);
}

export interface OdcsFile {
  readonly seam: SeamId;
  readonly fileName: string;
  readonly text: string;
}

/** Every seam's contract, in graph order; seams without clauses are included so the set is complete. */
export function odcsFiles(workspace: Workspace): OdcsFile[] {
  return SEAM_IDS.map((seam) => ({ seam, fileName: odcsFileName(workspace.name, seam), text: toOdcsYaml(workspace, seam) }));
}
