import { capComponents } from './capComponents';
import { type PipelineComponent, type PipelineEdge, type PipelineGraph } from '../domain/pipeline';
import { err, ok, type Result } from '../persistence/result';
import { classifyPipeline, isBackendProduct, isQueueBroker } from './classify/classify';
import { isProduct, scan, tokenize, type Hit } from './classify/tokens';
import { FORMATS, formatById } from './formats';
import { errorText } from './formats/structured';
import { getOrAdd, unindent } from './formats/text';
import { sizeGuard } from './limits';
import { readsAsProse } from './formats/markdown/proseFallback';
import { describe, warningOf, type ParseProblem } from './problems';
import type { FormatId, ParseWarning, RawPipeline } from './types';

/** Below this, no parser recognises the text as its own. */
const RECOGNISED = 0.25;

/** What stops an import as a whole: the import-level kinds of the one problem union. */
export type ImportError = Extract<ParseProblem, { kind: 'empty' | 'unrecognised' | 'nothingFound' | 'tooLarge' | 'crashed' }>;

export interface Imported {
  readonly format: FormatId;
  readonly graph: PipelineGraph;
  readonly warnings: readonly ParseWarning[];
}

const SHOWN_ORDER: readonly FormatId[] = ['arrows', 'list', 'mermaid', 'yaml', 'airflow', 'compose', 'dbt-manifest', 'dbt-schema', 'openlineage', 'workflow', 'dot'];
const EXAMPLE_LINES = 4;

/** The first lines of an example are enough to recognise a format by. */
const tiny = (example: string): string => {
  const lines = example.split('\n');
  return lines.length > EXAMPLE_LINES ? `${lines.slice(0, EXAMPLE_LINES).join('\n')}\n…` : example;
};

/** The supported formats, simplest first, with a tiny example each: what an unrecognised paste is answered with. */
export const SUPPORTED = [...FORMATS]
  .sort((a, b) => SHOWN_ORDER.indexOf(a.id) - SHOWN_ORDER.indexOf(b.id))
  .map((f) => ({ id: f.id, label: f.label, example: tiny(f.example) }));

/** An import error in words: the problems' one `describe`. */
export const describeImportError: (e: ImportError) => string = describe;

/** Which format a text is in, by the parsers' own confidence; null when none recognises it. */
export const detectFormat = (text: string): { id: FormatId; confidence: number } | null => detectUnindented(unindent(text).source);

/** How a text would be read with the format left to detection: a format, as prose, or not at all. */
export const howItReads = (text: string): Reading | null => readingOf(unindent(text).source);

type Reading = { readonly id: FormatId; readonly asProse: boolean };

/** Words in no format we know are read as prose when they name a product and are no code or data. */
function readingOf(source: string): Reading | null {
  const found = detectUnindented(source);
  return found ? { id: found.id, asProse: false } : readsAsProse(source) ? { id: 'list', asProse: true } : null;
}

function detectUnindented(source: string): { id: FormatId; confidence: number } | null {
  const best = FORMATS.map((f) => ({ id: f.id, confidence: f.detect(source) })).reduce((a, b) => (b.confidence > a.confidence ? b : a));
  return best.confidence >= RECOGNISED ? best : null;
}

/** An orchestrator nobody linked runs the jobs: it links to what it schedules. */
function linkOrchestrators(components: readonly PipelineComponent[], edges: PipelineEdge[]): PipelineEdge[] {
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const jobs = components.filter((c) => c.placement === 'ingest' || c.placement === 'process' || c.placement === 'model');
  const unlinked = components.filter((o) => o.placement === 'orchestrate' && !linked.has(o.id));
  const extra = unlinked.flatMap((o) => jobs.map((j): PipelineEdge => ({ from: o.id, to: j.id, control: true })));
  // An edge that touches an orchestrator is scheduling, not data.
  const place = new Map(components.map((c) => [c.id, c.placement]));
  const marked = edges.map((e) =>
    place.get(e.from) === 'orchestrate' || place.get(e.to) === 'orchestrate' ? { ...e, control: true } : e,
  );
  return [...marked, ...extra];
}

/**
 * A database or broker that only the orchestrator, or tools beside the flow (a metastore, a lineage
 * catalog), talk to is their own backing store (Airflow's Postgres, the Hive Metastore's), not a
 * stage of the data pipeline. In a compose file, where links are drawn from the services' own
 * settings, a task-queue broker linked to nothing beside an orchestrator is its Celery broker, and one
 * linked only to a serving tool (Superset's Redis) is that tool's cache.
 * Anything else linked only to the orchestrator is a job it schedules and keeps its own placement.
 */
function setAsideOrchestratorBackends(components: PipelineComponent[], raw: RawPipeline, wired: boolean): PipelineComponent[] {
  const { edges } = raw;
  // A compose service's image names the product as well as its name does ('queue' running redis:7);
  // elsewhere hints name what a component uses (a task's PostgresOperator), not what it is.
  const words = new Map(raw.components.map((c) => [c.id, wired ? [c.name, ...(c.hints ?? [])] : [c.name]]));
  const is = (test: (name: string) => boolean, id: string): boolean => (words.get(id) ?? []).some(test);
  const place = new Map(components.map((c) => [c.id, c.placement]));
  const neighbours = new Map<string, Set<string>>();
  for (const e of edges) for (const [a, b] of [[e.from, e.to], [e.to, e.from]] as const) getOrAdd(neighbours, a, () => new Set()).add(b);
  const aside = (id: string): boolean => place.get(id) === 'orchestrate' || place.get(id) === 'none';
  // An orchestrator that data flows through ("API → Airflow ETL → MinIO") does the moving: what it writes is data.
  const fed = new Set(edges.filter((e) => !aside(e.from)).map((e) => e.to));
  const feeding = new Set(edges.filter((e) => !aside(e.to)).map((e) => e.from));
  const beside = (id: string): boolean => aside(id) && !(fed.has(id) && feeding.has(id));
  const orchestrated = components.some((c) => c.placement === 'orchestrate');
  // "metabase-postgres", "airflow-postgres": a service named for a serving tool or the orchestrator and a database is that tool's
  // own state; words ("Metabase (Postgres)", "Postgres for FastAPI") say what a tool runs on or what a store serves.
  const tool = (h: Hit): boolean => isProduct(h) && (h.placement === 'serve' || h.placement === 'orchestrate') && !isBackendProduct(h.label);
  // "postgres_source", "data_warehouse", "warehouse_db", "raw_db": a name whose words place a database on the data path
  // (a layer, a source, a store that heads a name) is pipeline data, as is data a task declares (an Airflow asset).
  const onPath = (h: Hit): boolean =>
    h.kind === 'context' || (h.kind === 'generic' && (h.placement === 'generate' || h.entry?.heads === true)) || (isProduct(h) && !isBackendProduct(h.label) && !['orchestrate', 'serve', 'none'].includes(h.placement));
  const declared = new Set(raw.components.filter((c) => c.hints?.includes('dataset')).map((c) => c.id));
  return components.map((c) => {
    if (c.confidence < 1 && /^[\w.-]+$/.test(c.name) && isBackendProduct(c.name) && scan(tokenize(c.name)).some(tool)) return { ...c, placement: 'none', uncertain: true, confidence: 0.6, reason: 'a database named for the tool it backs: its own state, not pipeline data' };
    if (c.confidence >= 1 || c.placement === 'orchestrate' || c.placement === 'none') return c;
    const ns = [...(neighbours.get(c.id) ?? [])];
    if (ns.length > 0 && ns.every(beside) && is(isBackendProduct, c.id) && !declared.has(c.id) && !scan(tokenize(c.name)).some(onPath)) {
      return { ...c, placement: 'none', uncertain: true, confidence: 0.6, reason: 'used only by the orchestrator or tools beside the flow (their own database or broker)' };
    }
    if (wired && ns.length === 0 && orchestrated && is(isQueueBroker, c.id)) {
      return { ...c, placement: 'none', uncertain: true, confidence: 0.55, reason: 'a task queue linked to nothing, beside an orchestrator: its broker, carrying no pipeline data' };
    }
    // Superset's Redis: a cache or queue only a serving tool names holds that tool's results and jobs.
    const only = ns.length === 1 ? ns[0] : undefined;
    if (wired && only !== undefined && place.get(only) === 'serve' && is(isQueueBroker, c.id)) {
      return { ...c, placement: 'none', uncertain: true, confidence: 0.55, reason: `used only by ${components.find((x) => x.id === only)?.name ?? only}: its cache or task queue, carrying no pipeline data` };
    }
    return c;
  });
}

export function toGraph(format: FormatId, raw: RawPipeline): PipelineGraph {
  const classes = classifyPipeline(raw.components, raw.edges);
  const classified: PipelineComponent[] = raw.components.map((c) => {
    const k = classes.get(c.id);
    return {
      id: c.id,
      name: c.name,
      placement: k?.placement ?? 'none',
      confidence: k?.confidence ?? 0,
      uncertain: k?.uncertain ?? true,
      reason: k?.reason ?? 'not classified',
      ...(c.schedule === undefined ? {} : { schedule: c.schedule }),
    };
  });
  const placed = setAsideOrchestratorBackends(classified, raw, format === 'compose');
  const ids = new Set(placed.map((c) => c.id));
  const edges: PipelineEdge[] = raw.edges
    .filter((e) => ids.has(e.from) && ids.has(e.to))
    .map((e) => (e.control ? { from: e.from, to: e.to, control: true } : { from: e.from, to: e.to }));
  return { format, components: placed, edges: linkOrchestrators(placed, edges) };
}

/** Where an import has got to, for a progress bar: a step in words and the share done (0..1). */
export type Progress = (step: string, done: number) => void;

/**
 * Text → pipeline graph, never throwing: the format is detected unless given, problems come
 * back as warnings with line and column, and partial results are kept. The worker and the
 * command line both run this one flow.
 */
export function importPipeline(text: string, format?: FormatId, progress: Progress = () => {}): Result<Imported, ImportError> {
  try {
    if (!text.trim()) return err({ kind: 'empty' });
    const { source, indent } = unindent(text);
    progress('Detecting the format', 0.1);
    const reading = format ? { id: format, asProse: false } : readingOf(source);
    const [id, guessed] = [reading?.id, reading?.asProse === true];
    const parser = id ? formatById(id) : undefined;
    if (!id || !parser) return err({ kind: 'unrecognised' });
    const tooLarge = sizeGuard(id, source.length, parser.label);
    if (tooLarge) return err(tooLarge);
    progress(`Reading it as ${parser.label}`, 0.3);
    const parsed = capComponents(parser.parse(source));
    // Read as prose, the text may name junk as well as parts: the warning says how it was read.
    const asProse = guessed ? [warningOf({ kind: 'readAsProse' }, { line: 1, column: 1 })] : [];
    const raw = { ...parsed, warnings: [...asProse, ...parsed.warnings.map((w) => ({ ...w, column: w.column + indent }))] };
    if (raw.components.length === 0) return err(guessed ? { kind: 'unrecognised' } : { kind: 'nothingFound', format: id, warnings: raw.warnings });
    progress(`Placing ${raw.components.length} components in their stages`, 0.7);
    return ok({ format: id, graph: toGraph(id, raw), warnings: raw.warnings });
  } catch (e) {
    return err({ kind: 'crashed', message: errorText(e) });
  }
}
