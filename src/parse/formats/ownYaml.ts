/**
 * The app's own pipeline format, in YAML or JSON (see OWN_FORMAT.md):
 *
 *   components:
 *     - Kafka
 *     - { name: S3 raw, stage: store }
 *   edges:
 *     - Kafka -> S3 raw
 *     - { from: S3 raw, to: Spark }
 *
 * Also a map of components (`components: { kafka: { name: Kafka, stage: ingest } }`) and a `pipeline:` wrapper.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { PLACEMENTS, type FormatParser, type Placement } from '../types';
import { OwnEdgeReader } from './ownYaml/edges';
import { PipelineBuilder, isRecord, loadJson, loadYaml, looksLikeJson, readWhole, withoutComments, topLevelYamlKeys, yamlEntries, yamlField, yamlGet, yamlItems, yamlNames, yamlText } from './structured';

const TOP_KEYS = new Set(['components', 'edges', 'pipeline', 'name', 'title', 'description', 'version']);

/** Reads the own format's `components:` (and hands `edges:` to the edge reader). */
class OwnReader extends OwnEdgeReader {
  /** Keys of the components declared so far, to report duplicates. */
  private readonly declared = new Set<string>();

  read(): void {
    let root: unknown = this.y.doc.contents;
    if (root === null || root === undefined) return;
    if (!isMap(root)) {
      this.problem({ kind: 'ownNotMap' }, root, this.snippet(root));
      return;
    }
    const wrapped = yamlGet(root, 'pipeline');
    if (wrapped && isMap(wrapped.value)) {
      this.checkKeys(root);
      root = wrapped.value;
    }
    this.checkKeys(root);
    this.readComponents(yamlGet(root, 'components')?.value);
    this.readEdges(yamlGet(root, 'edges')?.value);
  }

  private checkKeys(map: unknown): void {
    for (const [key, pair] of yamlEntries(map)) {
      if (!TOP_KEYS.has(key)) this.problem({ kind: 'unknownKey', key }, pair.key, key);
    }
  }

  private readComponents(node: unknown): void {
    if (isSeq(node)) {
      for (const item of yamlItems(node)) this.readComponentItem(item);
    } else if (isMap(node)) {
      for (const [key, pair] of yamlEntries(node)) this.readComponentEntry(key, pair.key, pair.value);
    } else if (node !== null && node !== undefined && !(isScalar(node) && node.value === null)) {
      this.problem({ kind: 'sectionShape', section: 'components' }, node, this.snippet(node));
    }
  }

  /** `- Kafka`, `- { name: Kafka, stage: ingest }` or the shorthand `- Kafka: ingest`. */
  private readComponentItem(item: unknown): void {
    const plain = yamlText(item);
    if (plain !== undefined) {
      this.declare(plain, item, undefined, undefined, []);
      return;
    }
    if (isMap(item)) {
      const name = yamlGet(item, 'name');
      if (name) {
        const text = this.nameOf(name.value, { kind: 'componentNameNotText' }, item);
        if (text !== undefined) this.declare(text, name.value, yamlGet(item, 'stage')?.value, undefined, yamlNames(item, 'hints'), item);
        return;
      }
      const [only, ...more] = yamlEntries(item);
      if (only && more.length === 0) {
        // After a syntax error (e.g. a JSON list left open) the parser's recovery can nest `edges` here.
        if (only[0] === 'edges' && isSeq(only[1].value) && this.recovering) this.readEdges(only[1].value);
        else this.readComponentEntry(only[0], only[1].key, only[1].value);
        return;
      }
      this.problem({ kind: 'componentUnnamed' }, item, this.snippet(item));
      return;
    }
    if (isScalar(item) && item.value === null) return;
    if (isSeq(item) && this.recovering) {
      // A misindented item is read as a nested list; the syntax error is already reported: keep its components.
      for (const inner of yamlItems(item)) this.readComponentItem(inner);
      return;
    }
    this.problem({ kind: 'componentShape' }, item, this.snippet(item));
  }

  /** Map form: `kafka: { name: Kafka, stage: ingest }`, `kafka: ingest`, `kafka:`. */
  private readComponentEntry(key: string, keyNode: unknown, value: unknown): void {
    if (value === null || value === undefined || isScalar(value)) {
      // `kafka:` names no stage; `kafka: ingest` names one.
      this.declare(key, keyNode, value, undefined, []);
    } else if (isMap(value)) {
      const nameNode = yamlGet(value, 'name')?.value;
      const name = yamlText(nameNode) ?? key;
      this.declare(name, nameNode ?? keyNode, yamlGet(value, 'stage')?.value, key, yamlNames(value, 'hints'), value);
    } else {
      this.problem({ kind: 'componentEntryShape', name: key }, value, this.snippet(value));
      this.declare(key, keyNode, undefined, undefined, []);
    }
  }

  private declare(name: string, at: unknown, stageNode: unknown, alias: string | undefined, hints: string[], map?: unknown): void {
    let explicit: Placement | undefined;
    if (stageNode !== undefined && stageNode !== null && !(isScalar(stageNode) && stageNode.value === null)) {
      const stage = yamlText(stageNode);
      explicit = PLACEMENTS.find((p) => p === stage?.trim().toLowerCase());
      if (explicit === undefined) this.problem({ kind: 'unknownStage', name, stages: PLACEMENTS }, stageNode, stage ?? this.snippet(stageNode));
    }
    const key = this.keyOf(name);
    if (this.declared.has(key)) this.problem({ kind: 'listedTwice', name }, at, name);
    this.declared.add(key);
    const schedule = yamlField(map, 'schedule');
    this.b.component(key, { name, hints, explicit, line: this.y.posOf(at).line, schedule });
    if (alias !== undefined) this.b.alias(this.keyOf(alias), key);
  }
}

function readOwn(b: PipelineBuilder, text: string): void {
  if (looksLikeJson(text)) {
    const json = loadJson(text);
    // Valid JSON is valid YAML, and so is JSON with trailing commas: read it through the YAML parser for
    // node positions, with comments blanked (offsets unchanged). After a JSON error, the YAML parser's
    // recovery keeps what can be read; only the JSON problems are reported.
    const source = json.strict ? text : withoutComments(text);
    b.warnAll(json.warnings);
    new OwnReader(b, loadYaml(source), !json.ok).read();
    return;
  }
  const y = loadYaml(text);
  b.warnAll(y.warnings);
  new OwnReader(b, y, y.warnings.length > 0).read();
}

function detectOwn(text: string): number {
  const head = text.slice(0, 20_000);
  if (looksLikeJson(head)) {
    if (text.length <= 500_000) {
      // Read tolerantly: hand-edited JSON with a comment or a trailing comma is still ours.
      const v = loadJson(text).value;
      if (isRecord(v) && ('components' in v || (isRecord(v.pipeline) && 'components' in v.pipeline))) return 0.9;
      if (v !== undefined) return 0;
    }
    return /^[\s\uFEFF]*\{\s*"(?:components|pipeline)"\s*:/.test(head) ? 0.85 : 0;
  }
  const keys = topLevelYamlKeys(head);
  if (keys.has('components')) return 0.9;
  if (keys.has('pipeline') && /^[ \t]+components[ \t]*:/m.test(head)) return 0.9;
  if (keys.has('edges') && /->/.test(head)) return 0.4;
  return 0;
}

export const ownYamlParser: FormatParser = {
  id: 'yaml',
  label: 'Pipeline YAML / JSON',
  example: ['components:', '  - name: Kafka', '    stage: ingest', '  - S3 raw', '  - Spark', 'edges:', '  - Kafka -> S3 raw', '  - S3 raw -> Spark'].join('\n'),
  detect: detectOwn,
  parse: readWhole('pipeline', readOwn),
};
