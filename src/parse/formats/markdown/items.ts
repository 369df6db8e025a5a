/** One list item, table row or label: which of its words are components, and what frames them. */
import { namesLayer, stageName } from '../../lexicon/words';
import { catalogName, catalogStrength } from '../../classify/classify';
import type { Placement } from '../../types';
import { splitOverride } from '../../classify/rules/override';
import { DECORATION, squash, truncate, unquote } from '../text';
import { CLAUSE_WORDS, CONCEPT, frameHints, isKnownProduct, itemLabel } from './lexicon';
import { describes, knownNoun, nameLike, namesSomething, productCore, rolePhrase, technical } from './names';
import { PORT, PROVIDED_BY, PURPOSE_ASIDE, TRAILING_BRACKETS, dashedList, dropTrailingClause, imperativeStep, labelSplit, layerLead, leadVerb, namesAgent, opensWithVerb, readsAsSentence, readsFrom, roleTail, splitTools } from './phrases';
import { leftOut } from './notComponents';
import { layerLabel } from './headingNames';
import { keepsQualifier } from './shortNames';
import { add, chain, children, childrenChained, connect, mentionsIn, withTools } from './reader';
import { IDENTIFIER, TABLE_NAME } from './tokens';
import type { BoldLead, Block, Context, Mention, Node, Reader, Seg } from './types';

/** Names (`Kafka, Kinesis`) in parallel; a piece that reads as a sentence is read as prose. */
export function tools(r: Reader, seg: Seg, ctx: Context, hints: readonly string[]): Block | null {
  // "Snowflake — storage and compute", "`fct_orders` — one row per line item": a dash ends the name.
  const dash = labelSplit(seg.text);
  if (dash && !dash.colon && !dashedList(seg.text) && nameLike(dash.label) && dash.rest.trim() !== '') return tools(r, { ...seg, text: dash.label }, ctx, [...hints, truncate(squash(dash.rest), 120)]);
  // "Clean, filter, and augment data in the Silver layer": its commas do not separate names.
  if (readsAsSentence(seg.text)) return chain(r, mentionsIn(r, seg, true), { hints: ctx.hints }, hints);
  const entries: string[] = [];
  const exits: string[] = [];
  for (const piece of splitTools(seg.text)) {
    const lead = piece.text.length - piece.text.trimStart().length;
    const sub: Seg = { text: piece.text.trim(), line: seg.line, col: seg.col + piece.at + lead };
    // "…, that will generate dummy events": a relative clause says what the name before it does.
    if (/^(?:that|which|who|whose|where)\s/i.test(sub.text)) continue;
    // A label's stage is stated for the names after it (`Storage: S3 + Iceberg`), not for every tool
    // a sentence after it mentions ("Processing: a Spark job reads the Kafka topic and writes to Postgres").
    // "ingest raw data, run dbt pipeline": steps written in lowercase name only the tools in them.
    const step = /^\p{Ll}/u.test(sub.text) && imperativeStep(sub.text);
    const under = umbrella(sub);
    const blk = under ? tools(r, under.products, ctx, [...hints, under.label])
      : nameLike(sub.text) && !step
      ? named(r, sub, ctx, hints)
      : chain(r, mentionsIn(r, sub, false), { hints: ctx.hints }, hints);
    if (!blk) continue;
    blk.entries.forEach((e) => entries.includes(e) || entries.push(e));
    blk.exits.forEach((e) => exits.includes(e) || exits.push(e));
  }
  return entries.length === 0 ? null : { entries, exits, line: seg.line };
}

/** "AWS services (S3, Redshift, EC2, Quicksight)": a label that is no product groups the products in its brackets. */
function umbrella(seg: Seg): { label: string; products: Seg } | undefined {
  const m = /^([^()]*\S)\s*\(([^()]+)\)$/.exec(seg.text);
  if (!m?.[1] || !m[2] || catalogStrength(m[1]) === 'product') return undefined;
  // "Streaming (Kafka or Kinesis)" offers a choice, not two parts.
  if (/\bor\b/i.test(m[2]) || splitTools(m[2]).filter((p) => isKnownProduct(p.text.trim())).length < 2) return undefined;
  return { label: m[1], products: { text: m[2], line: seg.line, col: seg.col + seg.text.indexOf('(') + 1 } };
}

/**
 * A table's tool cell. The row's label is a hint rather than a stated stage: "Transformation | dbt"
 * should not outvote what dbt is. A trailing note (`Apache Kafka (KRaft)`) describes the tool, and a
 * piece that names no tool ("custom data quality layer") is a feature.
 */
export function tableRow(r: Reader, seg: Seg, hints: readonly string[], anyName = false): Block | null {
  const entries: string[] = [];
  for (const piece of splitTools(seg.text)) {
    const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(piece.text.trim());
    const name = (m?.[1] ?? piece.text).trim();
    if (name === '' || !(anyName || namesSomething(name) || layerLabel(name)) || !nameLike(name)) continue;
    const lead = piece.text.length - piece.text.trimStart().length;
    const blk = named(r, { text: name, line: seg.line, col: seg.col + piece.at + lead }, { hints: [] }, m?.[2] ? [...hints, m[2]] : hints);
    blk?.entries.forEach((e) => entries.includes(e) || entries.push(e));
  }
  return entries.length === 0 ? null : { entries, exits: entries, line: seg.line };
}

/** One name as written, with an optional `[stage]`. */
export function named(r: Reader, seg: Seg, ctx: Context, hints: readonly string[]): Block | null {
  const o = splitOverride(seg.text);
  if (o.unknown) {
    r.b.warnAt(seg.line, seg.col + o.unknown.index, `"[${o.unknown.word}]" is not a stage; kept as part of the name`, `[${o.unknown.word}]`);
  }
  const { text, quoted } = unquote(o.name);
  // A mark beside a name (`✅`) decorates it; code in brackets after it ("Staging Layer (`stg_`)") is its prefix or file.
  const code = quoted ? null : /\s*\(((?:\s*`[^`]+`\s*,?)+)\)\s*$/.exec(text);
  let name = squash((code ? text.slice(0, code.index) : text).replace(/`/g, '').replace(DECORATION, ''));
  // "AKHQ (to visualise messages in Kafka topics)": brackets that say what it is for describe it.
  const purpose = quoted ? null : PURPOSE_ASIDE.exec(name);
  if (purpose) name = name.slice(0, purpose.index);
  if (!quoted) name = dropTrailingClause(name.replace(/[.;:]+$/, '').trim());
  const role = quoted ? undefined : roleTail(name);
  if (role) name = role.name;
  const extra: string[] = [purpose?.[1], code?.[1]?.replace(/`/g, '')].filter((h) => h !== undefined);
  if (!quoted && !keepsQualifier(name, r.qualified)) {
    const trimmed = productCore(name);
    name = trimmed.name;
    extra.push(...trimmed.hints);
    if (CONCEPT.test(name) && !o.explicit && !namesLayer(name)) return null;
  }
  if (!o.explicit && leftOut(r.b, name, seg.line, seg.col)) return null;
  if (name === '') {
    if (o.explicit) r.b.warnAt(seg.line, seg.col, 'A stage override with no name before it', seg.text);
    return null;
  }
  // Under "Orchestration with Dagster", "dbt for Transformation" says what dbt does: the role outranks the frame.
  const frame = role && itemLabel(role.role) ? [] : (ctx.frameHints ?? []);
  const id = add(r, name, seg.line, seg.col, o.explicit, [...(role ? [role.role] : []), ...hints, ...extra, ...ctx.hints, ...frame]);
  return { entries: [id], exits: [id], line: seg.line };
}

export function itemBlock(r: Reader, node: Node, ctx: Context): Block | null {
  const b = r.b;
  const [seg, ...more] = node.segs;
  if (!seg) return null;
  const content: Seg = { text: seg.text.trimEnd(), line: seg.line, col: seg.col };
  const hasChildren = node.children.length > 0;
  let own: Block | null = null;
  let childCtx: Context = ctx;
  let stepLabel = false;

  const split = labelSplit(content.text);
  // `- Storage (S3): the landing bucket` is read as its bold form `**Storage (S3)**:` is.
  const labelStage = split ? itemLabel(split.label.replace(TRAILING_BRACKETS, '')) : undefined;
  const bracketed = split?.label.endsWith(')') && labelStage ? { ...split, separated: true } : undefined;
  const lead = node.bold ?? bracketed ?? layerLead(content.text);
  const bold = lead ? boldItem(r, lead, content, ctx) : undefined;
  if (node.about && !node.bold) {
    // "Real-time data processing", "Scalable storage" under `## Features`: what the project offers.
    // Only the tools such an item names are components.
    const bare = nameLike(content.text) && namesSomething(content.text) &&
      !content.text.toLowerCase().split(/\s+/).some((w) => CLAUSE_WORDS.has(w) && w !== 'and' && w !== 'or');
    own = bare ? tools(r, content, ctx, []) : chain(r, mentionsIn(r, content, true), ctx);
  } else if (node.tableLabel !== undefined || node.tablePurpose !== undefined) {
    own = tableRow(r, content, [node.tableLabel ?? '', node.tablePurpose ?? ''].filter((h) => h !== ''), node.tableRole);
  } else if (bold !== undefined) {
    own = bold;
  } else if (split && split.rest.trim() === '') {
    // `- Ingestion:` — a step whose components are the children.
    const stage = itemLabel(split.label);
    childCtx = stage ? framed(ctx, split.label, stage) : { ...ctx, hints: [...ctx.hints, split.label] };
    stepLabel = true;
  } else if (split && labelStage) {
    childCtx = framed(ctx, split.label, labelStage);
    own = tools(r, { text: split.rest, line: seg.line, col: seg.col + split.restAt }, childCtx, []);
  } else if (split) {
    const rest: Seg = { text: split.rest, line: seg.line, col: seg.col + split.restAt };
    const restNames = splitTools(rest.text).every((p) => nameLike(p.text));
    // `MINIO - S3 data lake`, `Dagster - Orchestrator`: a product before a role phrase is the component.
    if (describes(split.label, rest.text) || (isKnownProduct(split.label) && !splitTools(rest.text).every((p) => catalogName(p.text) !== undefined))) {
      own = withTools(r, labelled(r, split.label, split.label, seg, ctx, split.rest), rest, ctx);
    } else if (restNames && (technical(rest.text) || !technical(split.label))) {
      own = tools(r, rest, ctx, [split.label]);
    } else if (nameLike(split.label) && technical(split.label)) {
      own = withTools(r, labelled(r, split.label, split.label, seg, ctx, split.rest), rest, ctx);
    } else {
      own = chain(r, mentionsIn(r, content, true), ctx);
    }
  } else if (nameLike(content.text) && !imperativeStep(content.text)) {
    const stage = hasChildren ? itemLabel(content.text) : stageName(content.text);
    if (stage) {
      childCtx = framed(ctx, content.text, stage);
      stepLabel = true;
    } else if (hasChildren && !technical(content.text) && !splitOverride(content.text).explicit) {
      childCtx = { ...ctx, hints: [...ctx.hints, squash(content.text)] };
      stepLabel = true;
    } else if (ctx.owner !== undefined && rolePhrase(content.text)) {
      // "### Postgres" over "- Source database for CDC": the line says what the component is.
      b.addHints(ctx.owner, [squash(content.text)]);
      stepLabel = true;
    } else if (ctx.detail && !namesSomething(content.text)) {
      // "URL", "Sink folder path", "Multiple datasets added incrementally" under a step that
      // already named its tools: what it reads or does, not another component.
      stepLabel = true;
    } else {
      own = tools(r, content, ctx, []);
    }
  } else {
    // A sentence, or a step to do ("Cast and clean fields", "Run dbt staging"): only the tools it names are components.
    own = chain(r, mentionsIn(r, content, true), ctx);
  }

  // Continuation lines describe the item; when the item named nothing, they name its components.
  const described: string[] = [];
  for (const m of more) {
    if (own || stepLabel) described.push(m.text);
    else own = chain(r, mentionsIn(r, m, true), ctx);
  }
  if (own && described.length > 0) {
    for (const id of own.entries) b.addHints(id, [truncate(squash(described.join(' ')), 120)]);
  }

  const { owner: _above, ...inner } = childCtx;
  const detailed = stepLabel && !ctx.detail ? inner : { ...inner, detail: true, ...(own?.entries.length === 1 && own.entries[0] ? { owner: own.entries[0] } : {}) };
  const kids = children(r, node.children, detailed, childrenChained(node));
  if (stepLabel) {
    if (!kids && !ctx.detail) b.warnAt(seg.line, seg.col, 'Step with no components under it', content.text.trim());
    return kids;
  }
  if (!own) {
    if (!kids) b.warnAt(seg.line, seg.col, 'No component found in this item', content.text.trim());
    return kids;
  }
  if (kids) connect(r, own, kids);
  return own;
}

/**
 * An item led by a bold label. A stage label (`**Ingest (ADF)**:`) states the stage of the tools
 * it names; a product or identifier (`**Kafdrop (9000)**: Web UI…`, `**kafka_stream.py**: …`) is the
 * component and the rest describes it; a bold subject of a sentence starts the sentence's chain.
 * Undefined: read the item as usual (a step label such as `**Data Streaming**: data is streamed…`).
 */
export function boldItem(r: Reader, bold: BoldLead, seg: Seg, ctx: Context): Block | null | undefined {
  const paren = /^(.*?)\s*\(([^()]+)\)$/.exec(bold.label);
  const base = paren?.[1] ?? bold.label;
  const stage = itemLabel(bold.label) ?? itemLabel(base);
  const rest: Seg = { text: bold.rest, line: seg.line, col: seg.col + bold.restAt };
  const strength = catalogStrength(base);
  // "**Producer:** Simulates trades and sends them to Kafka": an agent noun, then what it does, is that sentence's subject.
  const doer = !paren && (strength === 'noun' || strength === 'stage') && namesAgent(base) && opensWithVerb(bold.rest);
  if (stage && !doer) {
    // "**APIs**: Real-time or batch-based external data": a label that is a thing, explained by words
    // that name no tool, is the component; "**Ingestion**: Kafka, Debezium" frames the tools it lists.
    const thing = ['product', 'noun'].includes(strength ?? '') && bold.separated && bold.rest.trim() !== '';
    if (thing && !paren && !mentionsIn(r, rest, true).some((m) => catalogStrength(m.name) === 'product')) {
      return named(r, { text: squash(bold.label), line: seg.line, col: seg.col }, ctx, [truncate(squash(bold.rest), 120)]);
    }
    // "**Ingestion (Event-Driven)**: …": a hyphenated word in brackets qualifies the label.
    if (!paren || itemLabel(bold.label) || /^\p{L}+(?:-\p{L}+)+$/u.test(paren[2]?.trim() ?? '')) return undefined;
    const at = seg.col + bold.label.indexOf('(') + 1;
    return tools(r, { text: paren[2] ?? '', line: seg.line, col: at }, framed(ctx, base, stage), bold.rest.trim() === '' ? [] : [truncate(squash(bold.rest), 120)]);
  }
  // "- **`gold_dim_date`**:" with its description on the lines below: a table named so is the component they describe.
  if (bold.rest.trim() === '') return bold.separated && TABLE_NAME.test(base) ? named(r, { text: squash(bold.label), line: seg.line, col: seg.col }, ctx, []) : undefined;
  // "**Captures** events from … into Kafka": a bold verb leads a sentence; it names nothing.
  if (!bold.separated && leadVerb(bold.label)) return chain(r, mentionsIn(r, rest, false), ctx);
  // "**Workflow orchestration** with EventBridge and Step Functions": a feature (naming no thing), then the tools that provide it.
  const providers = !bold.separated && PROVIDED_BY.test(bold.rest) && !namesSomething(base) ? mentionsIn(r, rest, true).filter((m) => knownNoun(m.name)) : [];
  if (providers.some((m) => catalogStrength(m.name) === 'product')) return chain(r, providers, ctx, [bold.label]);
  const name = squash(bold.label.replace(PORT, ' '));
  const subject: Mention = { name, line: seg.line, col: seg.col, lastToken: -1, gap: '' };
  // "**Automate dbt Build:** …": a task to do, not a component; the tools it names are.
  if (bold.separated && imperativeStep(bold.label)) {
    return chain(r, [...mentionsIn(r, { text: bold.label, line: seg.line, col: seg.col }, true), ...mentionsIn(r, rest, true)], ctx);
  }
  if (!bold.separated || doer) {
    // Its verb in lowercase, so that `Stores` is read as the verb it is, not as a name.
    const [first, ...others] = mentionsIn(r, doer ? { ...rest, text: rest.text.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()) } : rest, false);
    // "**Flink** processes Kafka streams and writes to Iceberg": what the subject reads comes first.
    if (first && readsFrom(first.gap)) return chain(r, [{ ...first, gap: '' }, { ...subject, gap: ' ' }, ...others], ctx);
    return chain(r, first ? [subject, first, ...others] : [subject], ctx);
  }
  const identifier = IDENTIFIER.test(base);
  // "**Transaction Simulator**: a Python script that … sends them to Kinesis": a description that
  // opens with "a" says what the label is; a label whose last word is a component noun names it.
  if (APPOSITION.test(bold.rest) && nameLike(base) && knownNoun(base.split(' ').at(-1) ?? '')) {
    const others = mentionsIn(r, rest, true).filter((m) => knownNoun(m.name));
    return chain(r, [subject, ...others], ctx, [truncate(squash(bold.rest), 120)]);
  }
  // "**Incremental Processing:** … on the `fct_reviews` table using `append_new_columns`": under a
  // feature's title, the identifiers are what the feature touches; only the tools it names are parts.
  // Names alone after the label ("**Collection of data**: TMDB API") are what the step uses.
  // "**Fact Table:** `fct_order_items` — one row per line item": a name before a dash is what the label names.
  const dash = labelSplit(bold.rest);
  if (strength !== 'product' && !identifier && dash && !dash.colon && nameLike(dash.label)) return tools(r, rest, ctx, [bold.label]);
  const onlyNames = splitTools(bold.rest).every((p) => nameLike(p.text));
  const layer = strength !== 'product' && !identifier && namesLayer(base);
  if (layer || (strength !== 'product' && strength !== 'noun' && !identifier && base.split(' ').length >= 2 && /\p{Ll}/u.test(base) && technical(bold.rest) && !onlyNames)) {
    const tools = chain(r, mentionsIn(r, rest, true).filter((m) => knownNoun(m.name)), ctx);
    if (!layer) return tools;
    // "**Silver layer:** cleaned with Spark", "**Bronze**: raw, as landed": a layer is a component, built by the tools it names.
    const own = named(r, { text: name, line: seg.line, col: seg.col }, ctx, []);
    if (!own) return tools;
    if (tools) connect(r, { ...tools, exits: tools.entries }, own);
    return { ...own, entries: tools?.entries ?? own.entries };
  }
  if (strength !== 'product' && !identifier && technical(bold.rest)) return undefined;
  // "**Casting:** Ensure data types are cast", "**Materialized as Views:** …": a label that names
  // nothing, explained by a sentence, is a feature of the project; only tools the sentence names count.
  if (!identifier && strength === undefined && !namesSomething(base) && !nameLike(bold.rest)) {
    return chain(r, mentionsIn(r, rest, true), ctx);
  }
  // "**Lakehouse Paradigm:** DuckDB reads from S3": the title is a way of building; the sentence names the parts.
  if (CONCEPT.test(name)) return chain(r, mentionsIn(r, rest, true).filter((m) => knownNoun(m.name)), ctx);
  return labelled(r, bold.label, name, seg, ctx, bold.rest);
}

/** A label and its description: products named together (`HDFS & Hive`, `Metabase/Tableau`) are each a component. */
function labelled(r: Reader, label: string, name: string, seg: Seg, ctx: Context, rest: string): Block | null {
  const joined = label.replace(/(?<=\S)\/(?=\S)/g, ',');
  const together = splitTools(joined);
  const at = { line: seg.line, col: seg.col };
  const hints = [truncate(squash(rest), 120)];
  return together.length > 1 && together.every((p) => isKnownProduct(p.text)) ? tools(r, { text: joined, ...at }, ctx, hints) : named(r, { text: name, ...at }, ctx, hints);
}

/** ": a Python script that …", "- an API that …": the words after a label say what it is. */
const APPOSITION = /^\s*[:—–-]?\s*(?:(?:is|are)\s+)?(?:a|an)\s+\p{L}/iu;

/** A label or heading that names a stage frames what follows it: hints, never a stated stage. */
export function framed(ctx: Context, label: string, stage: Placement): Context {
  return { ...ctx, frameHints: frameHints(label, stage) };
}
