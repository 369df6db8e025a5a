/**
 * Every problem the structured readers, the Mermaid reader and the import itself can report, as data.
 * A warning keeps its `message` (what older readers and the import preview show) and, when it came
 * from here, the `problem` it was made from: the text always comes from `describe`.
 */
import { megabytes } from './limits';
import type { FormatId, ParseWarning } from './types';

/** What jsonc-parser says went wrong, in words a person pasting JSON understands. */
export const JSON_ERROR_TEXT = {
  InvalidSymbol: 'this is not JSON here (strings and names take double quotes)',
  InvalidNumberFormat: 'a number is written wrongly',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing }',
  CloseBracketExpected: 'expected a closing ]',
  EndOfFileExpected: 'expected the end of the text after the last value',
  InvalidCommentToken: 'a comment is not closed',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is never closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'a \\u escape needs four hex digits',
  InvalidEscapeCharacter: 'an unknown escape after a backslash',
  InvalidCharacter: 'a control character inside a string',
} as const;
export type JsonErrorName = keyof typeof JSON_ERROR_TEXT;

export type ComponentKind = 'source' | 'source table' | 'model' | 'seed' | 'snapshot' | 'exposure';
export type ReaderName = 'manifest' | 'schema file' | 'compose file' | 'events' | 'pipeline' | 'workflow' | 'DAG file';

/** The workflow tools the workflow YAML reader knows, and what each calls a whole and a step. */
export const WORKFLOW_TOOLS = {
  kestra: { whole: 'Kestra flow', step: 'task', steps: '`tasks`' },
  mage: { whole: 'Mage pipeline', step: 'block', steps: '`blocks`' },
  meltano: { whole: 'Meltano project', step: 'plugin', steps: '`plugins` (extractors, loaders…)' },
  argo: { whole: 'Argo workflow', step: 'task', steps: '`spec.templates`' },
  adf: { whole: 'Data Factory pipeline', step: 'activity', steps: '`properties.activities`' },
  dvc: { whole: 'DVC pipeline', step: 'stage', steps: '`stages`' },
  streams: { whole: 'pipeline of sources, transforms and sinks', step: 'component', steps: '`sources`, `transforms` and `sinks` (or `vertices`)' },
} as const;
export type WorkflowTool = keyof typeof WORKFLOW_TOOLS;

export type ParseProblem =
  // The import as a whole
  | { readonly kind: 'empty' }
  | { readonly kind: 'unrecognised' }
  | { readonly kind: 'nothingFound'; readonly format: FormatId; readonly warnings: readonly ParseWarning[] }
  | { readonly kind: 'tooLarge'; readonly format: FormatId; readonly label: string; readonly chars: number; readonly limit: number; readonly tip: string }
  | { readonly kind: 'crashed'; readonly message: string }
  | { readonly kind: 'readAsProse' }
  // Reading JSON and YAML
  | { readonly kind: 'jsonSyntax'; readonly error: JsonErrorName }
  | { readonly kind: 'jsonTolerated'; readonly what: 'trailingComma' | 'comment'; readonly count: number }
  | { readonly kind: 'yamlSyntax'; readonly detail: string }
  | { readonly kind: 'tooDeep'; readonly max: number }
  | { readonly kind: 'moreProblems'; readonly count: number }
  | { readonly kind: 'tooManyEdges'; readonly dropped: number; readonly limit: number }
  | { readonly kind: 'tooManyComponents'; readonly dropped: number; readonly limit: number }
  | { readonly kind: 'unreadable'; readonly what: ReaderName; readonly detail: string }
  | { readonly kind: 'listedTwice'; readonly name: string }
  // docker compose
  | { readonly kind: 'composeNotMap' }
  | { readonly kind: 'composeNoServices' }
  | { readonly kind: 'composeServicesNotMap' }
  | { readonly kind: 'serviceNotMap'; readonly service: string }
  | { readonly kind: 'unknownService'; readonly service: string; readonly via: 'depends_on' | 'links'; readonly target: string }
  | { readonly kind: 'dependsOnShape'; readonly service: string }
  | { readonly kind: 'startupOrder'; readonly reversed: number; readonly control: number }
  // dbt
  | { readonly kind: 'manifestNotObject' }
  | { readonly kind: 'manifestEmpty' }
  | { readonly kind: 'lineageOnly'; readonly nodes: number }
  | { readonly kind: 'schemaNotMap' }
  | { readonly kind: 'schemaEmpty' }
  | { readonly kind: 'unnamed'; readonly what: ComponentKind }
  // OpenLineage
  | { readonly kind: 'notJsonEvents' }
  | { readonly kind: 'ndjsonLine'; readonly error: JsonErrorName }
  | { readonly kind: 'eventNotObject' }
  | { readonly kind: 'eventWithoutJob' }
  | { readonly kind: 'datasetUnnamed'; readonly role: 'input' | 'output' | 'event' }
  | { readonly kind: 'noLineage' }
  // Workflows (Kestra, Mage, Meltano, Argo YAML; Data Factory JSON)
  | { readonly kind: 'workflowNotMap' }
  | { readonly kind: 'workflowNoSteps'; readonly tool: WorkflowTool }
  | { readonly kind: 'stepUnnamed'; readonly tool: WorkflowTool }
  | { readonly kind: 'stepShape'; readonly tool: WorkflowTool; readonly key: string; readonly expected: 'a list' | 'a map' | 'text' }
  | { readonly kind: 'unknownStep'; readonly tool: WorkflowTool; readonly step: string; readonly target: string }
  | { readonly kind: 'controlSteps'; readonly tool: WorkflowTool; readonly count: number; readonly example: string }
  | { readonly kind: 'otherDocuments'; readonly count: number }
  // GraphViz DOT
  | { readonly kind: 'dotSyntax'; readonly detail: string }
  | { readonly kind: 'dotNoNodes' }
  | { readonly kind: 'dotTooLarge'; readonly detail: string }
  // The app's own YAML / JSON
  | { readonly kind: 'ownNotMap' }
  | { readonly kind: 'unknownKey'; readonly key: string }
  | { readonly kind: 'sectionShape'; readonly section: 'components' | 'edges' }
  | { readonly kind: 'componentShape' }
  | { readonly kind: 'componentUnnamed' }
  | { readonly kind: 'componentNameNotText' }
  | { readonly kind: 'componentEntryShape'; readonly name: string }
  | { readonly kind: 'unknownStage'; readonly name: string; readonly stages: readonly string[] }
  | { readonly kind: 'edgeShape' }
  | { readonly kind: 'edgeWithoutEnds' }
  | { readonly kind: 'edgeMissingEnd'; readonly end: 'from' | 'to' }
  | { readonly kind: 'edgeEndNotName'; readonly end: 'from' | 'to' }
  | { readonly kind: 'edgeNoTarget'; readonly from: string }
  | { readonly kind: 'edgeNotArrow' }
  | { readonly kind: 'edgeEmptyEnd' }
  | { readonly kind: 'undeclaredEnd'; readonly name: string }
  | { readonly kind: 'selfLoop'; readonly name: string }
  // Mermaid
  | { readonly kind: 'frontMatterUnclosed' }
  | { readonly kind: 'notFlowchart'; readonly diagram?: string }
  | { readonly kind: 'erRelationsNotFlow' }
  | { readonly kind: 'sequenceMessagesAsFlow' }
  | { readonly kind: 'unknownDirection'; readonly direction: string }
  | { readonly kind: 'secondHeader' }
  | { readonly kind: 'directiveUnclosed' }
  | { readonly kind: 'endWithoutSubgraph' }
  | { readonly kind: 'subgraphUnclosed'; readonly title: string }
  | { readonly kind: 'subgraphUnnamed' }
  | { readonly kind: 'subgraphTitleUnclosed' }
  | { readonly kind: 'quoteUnclosed' }
  | { readonly kind: 'unknownStatement' }
  | { readonly kind: 'linkExpected' }
  | { readonly kind: 'textAfterNode' }
  | { readonly kind: 'danglingLink' }
  | { readonly kind: 'danglingAmpersand' }
  | { readonly kind: 'shapeUnclosed'; readonly open: string }
  | { readonly kind: 'metadataUnclosed' }
  | { readonly kind: 'linkLabelUnclosed'; readonly expected: string }
  | { readonly kind: 'pipeUnclosed' }
  | { readonly kind: 'groupUnknown'; readonly group: string };

export { NOTE_KINDS, isNote } from './notes';

const times = (n: number, one: string, many: string): string => (n === 1 ? one : `${n} ${many}`);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The one place a problem becomes words. */
export function describe(p: ParseProblem): string {
  switch (p.kind) {
    case 'empty': return 'Nothing to read: paste or drop a pipeline description.';
    case 'unrecognised': return 'This does not look like any format we read. Pick a format below, or start from one of the examples.';
    case 'nothingFound': {
      const w = p.warnings[0];
      return w ? `No components found. Line ${w.line}, column ${w.column}: ${w.message}` : 'No components found in this text.';
    }
    case 'tooLarge':
      return `Too large to read as ${p.label}: ${p.chars.toLocaleString('en')} characters, over the limit of ${p.limit.toLocaleString('en')} (${megabytes(p.limit)}). ${p.tip}`;
    case 'readAsProse': return 'No format was recognised, so this was read as prose: check each component and its stage.';
    case 'crashed': return `The importer failed unexpectedly: ${p.message}. Your workspaces are untouched.`;
    case 'jsonSyntax': return `Invalid JSON: ${JSON_ERROR_TEXT[p.error]}`;
    case 'jsonTolerated':
      return `${p.what === 'trailingComma' ? times(p.count, 'A trailing comma', 'trailing commas') : times(p.count, 'A comment', 'comments')} (first here): not strict JSON, read anyway`;
    case 'yamlSyntax': return `YAML: ${p.detail}`;
    case 'tooDeep': return `Nested more than ${p.max} levels deep; not read`;
    case 'moreProblems': return `…and ${p.count} more problems from here on`;
    case 'tooManyEdges': return `Too many edges: ${p.dropped} more were not read (limit ${p.limit})`;
    case 'tooManyComponents': return `Too many components: ${p.dropped.toLocaleString('en')} more were not read (limit ${p.limit.toLocaleString('en')}). Import the description a part at a time.`;
    case 'unreadable': return `Could not read the ${p.what}: ${p.detail}`;
    case 'listedTwice': return `"${p.name}" is listed twice; merged`;
    case 'dotSyntax': return `Not valid DOT here: ${p.detail}. Nothing of the graph was read; fix this and import again`;
    case 'dotNoNodes': return 'The graph has no nodes to read (point nodes only join lines)';
    case 'dotTooLarge': return `The graph is too large or too deeply chained to read (${p.detail}); split it and import the parts`;
    case 'composeNotMap': return 'Expected a compose file with a top-level `services:` map';
    case 'composeNoServices': return 'No top-level `services:` found';
    case 'composeServicesNotMap': return '`services` should be a map of service names';
    case 'serviceNotMap': return `Service "${p.service}" should be a map`;
    case 'unknownService':
      return `Service "${p.service}" ${p.via === 'links' ? 'links to' : 'depends on'} "${p.target}", which is not a service in this file; added`;
    case 'dependsOnShape': return `depends_on of "${p.service}" should be a list or a map`;
    case 'startupOrder': {
      const parts = [
        ...(p.reversed > 0 ? [`${times(p.reversed, 'one link', 'links')} drawn the other way, as the services' roles say data flows (source → CDC → broker → sink → store → processing)`] : []),
        ...(p.control > 0 ? [`${times(p.control, 'one link', 'links')} kept as start-up order only (control), the roles saying nothing of data`] : []),
      ];
      return `depends_on is start-up order, not data flow: ${parts.join('; ')}`;
    }
    case 'manifestNotObject': return 'Expected a dbt manifest (a JSON object with nodes and sources)';
    case 'manifestEmpty': return 'No `nodes`, `sources`, `parent_map` or `child_map` found: is this a dbt manifest.json?';
    case 'lineageOnly':
      return `Only parent_map / child_map: ${times(p.nodes, 'one node', 'nodes')} named from their unique ids (resource type, package, name); tests left out`;
    case 'schemaNotMap': return 'Expected a dbt properties file (`version: 2` with models or sources)';
    case 'schemaEmpty': return 'No models, sources, seeds, snapshots or exposures found';
    case 'unnamed': return `A ${p.what} without a \`name\` is skipped`;
    case 'notJsonEvents': return 'Expected OpenLineage JSON events';
    case 'ndjsonLine': return `Line is not a JSON event (${JSON_ERROR_TEXT[p.error]}); skipped`;
    case 'eventNotObject': return 'An event should be a JSON object; skipped';
    case 'eventWithoutJob': return 'Event without job.name; its datasets have no job to connect to';
    case 'datasetUnnamed': return `An ${p.role} dataset has no name; skipped`;
    case 'noLineage': return 'No OpenLineage jobs or datasets found';
    case 'workflowNotMap': return 'Expected a workflow definition: a map at the top level';
    case 'workflowNoSteps': return `This ${WORKFLOW_TOOLS[p.tool].whole} has no ${WORKFLOW_TOOLS[p.tool].steps} to read`;
    case 'stepUnnamed': return `A ${WORKFLOW_TOOLS[p.tool].step} without a name or id is skipped`;
    case 'stepShape': return `\`${p.key}\` should be ${p.expected}; not read`;
    case 'unknownStep':
      return `${capital(WORKFLOW_TOOLS[p.tool].step)} "${p.step}" names "${p.target}", which is not a ${WORKFLOW_TOOLS[p.tool].step} in this file; added`;
    case 'controlSteps':
      return `${times(p.count, `One ${WORKFLOW_TOOLS[p.tool].step}`, `${WORKFLOW_TOOLS[p.tool].step}s`)} that only ${p.count === 1 ? 'steers' : 'steer'} the run (such as "${p.example}") left out; the flow passes through them`;
    case 'otherDocuments': return `${times(p.count, 'One other YAML document', 'other YAML documents')} in this text left out; read the one holding the workflow`;
    case 'ownNotMap': return 'Expected a map with `components:` (and `edges:`) at the top level';
    case 'unknownKey': return `Unknown key "${p.key}" ignored (expected components, edges)`;
    case 'sectionShape': return p.section === 'components' ? '`components` should be a list or a map' : '`edges` should be a list';
    case 'componentShape': return 'A component should be a name or a map with `name`';
    case 'componentUnnamed': return 'Component without a `name`';
    case 'componentNameNotText': return 'Component `name` should be text';
    case 'componentEntryShape': return `Component "${p.name}" should be a map with name/stage`;
    case 'unknownStage': return `Unknown stage for "${p.name}"; expected one of ${p.stages.join(', ')}`;
    case 'edgeShape': return 'An edge should be "A -> B" or a map with from/to';
    case 'edgeWithoutEnds': return 'Edge without `from` and `to`';
    case 'edgeMissingEnd': return `Edge without \`${p.end}\``;
    case 'edgeEndNotName': return `Edge \`${p.end}\` should be a component name`;
    case 'edgeNoTarget': return `Edge from "${p.from}" has no target`;
    case 'edgeNotArrow': return 'Edge should be written "A -> B"';
    case 'edgeEmptyEnd': return 'Edge has an empty end';
    case 'undeclaredEnd': return `Edge refers to "${p.name}", which is not in components; added`;
    case 'selfLoop': return `Edge from "${p.name}" to itself ignored`;
    case 'frontMatterUnclosed': return 'Front matter is never closed with ---';
    case 'notFlowchart':
      return p.diagram !== undefined
        ? `This is a Mermaid ${p.diagram}, not a flowchart; read as a flowchart anyway`
        : 'No "flowchart" or "graph" header; read as a flowchart anyway';
    case 'erRelationsNotFlow': return 'An ER diagram: its entities are read as tables; relationships are keys, not data flows, so no edges are drawn';
    case 'sequenceMessagesAsFlow': return 'A sequence diagram: each participant is read as a component, and each message as data moving from its sender to its receiver';
    case 'unknownDirection': return `Unknown direction "${p.direction}"; expected TD, TB, BT, LR or RL`;
    case 'secondHeader': return 'A second diagram header; ignored';
    case 'directiveUnclosed': return 'Directive %%{ … }%% is never closed';
    case 'endWithoutSubgraph': return '"end" without an open subgraph';
    case 'subgraphUnclosed': return `Subgraph "${p.title}" is never closed with "end"`;
    case 'subgraphUnnamed': return 'Subgraph without a name';
    case 'subgraphTitleUnclosed': return 'Unclosed "[" in subgraph title';
    case 'quoteUnclosed': return 'Quote is never closed';
    case 'unknownStatement': return 'Unknown statement';
    case 'linkExpected': return 'Expected a link after the node';
    case 'textAfterNode': return 'Unexpected text after a node';
    case 'danglingLink': return 'Link with nothing after it';
    case 'danglingAmpersand': return '"&" with no node after it';
    case 'shapeUnclosed': return `Unclosed "${p.open}"`;
    case 'metadataUnclosed': return 'Unclosed "@{"';
    case 'linkLabelUnclosed': return `Link label is never closed (expected "${p.expected}")`;
    case 'pipeUnclosed': return 'Unclosed "|" in link label';
    case 'groupUnknown': return `No group "${p.group}" is declared; read as outside any group`;
  }
}

/** A located warning made from a problem: the message is its description. */
export function warningOf(problem: ParseProblem, at: { readonly line: number; readonly column: number }, found?: string): ParseWarning {
  return { line: at.line, column: at.column, message: describe(problem), problem, ...(found !== undefined ? { found } : {}) };
}
