import { describe, expect, it } from 'vitest';
import { templateById } from '../catalog';
import { causeById } from '../diagnosis/causes';
import { symptomById } from '../diagnosis/symptoms';
import { PRESET_SHELF } from '../presets/shelf';
import { SEAMS, SEAM_IDS } from '../seams';
import { STAGES, STAGE_INFO } from '../stages';
import { GLOSSARY, SEAM_LESSONS, STAGE_LESSONS, glossaryTerm, linkTerms, termIndex } from './index';

// The source document's "Stage handoffs" table as scraped: each line runs the two stage names
// into the seam's dimensions.
const SOURCE_HANDOFFS = `Generate Ingestformat, assumptions, unstated contracts
Ingest Storedelivery guarantees, deduplication, ordering
Store Processlayout, partition key, schema expectations
Process Modelgrain, nulls, duplicate rows at arrival
Model Servefreshness SLA, semantics, trust boundary
Orchestration alltiming, dependency, retry across every seam`.split('\n');

const filled = (value: string) => value.trim().length > 0;
const sideLabel = (side: string) => (side === 'all' ? 'all' : side === 'orchestration' ? 'Orchestration' : STAGE_INFO[side as keyof typeof STAGE_INFO].label);

describe('stage lessons', () => {
  it.each(STAGES)('%s says what it does, with what, and what it owes downstream', (stage) => {
    const lesson = STAGE_LESSONS[stage];
    expect(lesson.stage).toBe(stage);
    for (const field of [lesson.does, lesson.examples, lesson.owes]) expect(filled(field)).toBe(true);
  });
});

describe('seam lessons', () => {
  it.each(SEAM_IDS)('%s shows the source document’s dimensions word for word', (seam) => {
    const def = SEAMS[seam];
    expect(SOURCE_HANDOFFS).toContain(`${sideLabel(def.from)} ${sideLabel(def.to)}${def.dimensions.join(', ')}`);
  });

  it.each(SEAM_IDS)('%s is complete: what crosses, its worked example, how it breaks, what to write down', (seam) => {
    const lesson = SEAM_LESSONS[seam];
    expect(lesson.seam).toBe(seam);
    expect(filled(lesson.crosses) && filled(lesson.exampleSays)).toBe(true);
    expect(PRESET_SHELF.find((p) => p.id === lesson.example)?.brokenSeam).toBe(seam);
    expect(lesson.breaks.length).toBeGreaterThanOrEqual(3);
    expect(lesson.clauses.length).toBeGreaterThanOrEqual(3);
  });

  it.each(SEAM_IDS)('%s breaks in ways the knowledge base knows at that seam, each with a symptom', (seam) => {
    for (const b of SEAM_LESSONS[seam].breaks) {
      const cause = causeById(b.cause);
      expect(cause?.seam, b.cause).toBe(seam);
      expect(filled(b.plain)).toBe(true);
      // Plain words, not the knowledge base's own sentences copied over.
      expect(b.plain).not.toBe(cause?.title);
      expect(cause?.symptoms.map((s) => symptomById(s)?.label).every(Boolean)).toBe(true);
    }
  });

  it.each(SEAM_IDS)('%s recommends clauses from its own part of the catalog, once each', (seam) => {
    const ids = SEAM_LESSONS[seam].clauses;
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(templateById(id)?.seam, id).toBe(seam);
  });
});

describe('the glossary', () => {
  it('has at least twenty complete terms with unique ids and spellings', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(20);
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length);
    const spellings = GLOSSARY.flatMap((g) => [g.term, ...g.aliases].map((s) => s.toLowerCase()));
    expect(new Set(spellings).size).toBe(spellings.length);
    for (const g of GLOSSARY) {
      expect(filled(g.term) && filled(g.definition), g.id).toBe(true);
      for (const s of g.seams) expect(SEAM_IDS).toContain(s);
    }
  });

  it('covers the terms the source and the issue name', () => {
    for (const id of ['ack', 'commit', 'idempotent', 'grain', 'partition-pruning', 'watermark', 'freshness-sla', 'cdc', 'backfill', 'late-data', 'schema-drift', 'fan-out'])
      expect(glossaryTerm(id), id).toBeDefined();
  });

  it('is linked from lesson text, and every link there resolves to a term', () => {
    const index = termIndex(GLOSSARY);
    const texts = [
      ...STAGES.flatMap((s) => [STAGE_LESSONS[s].does, STAGE_LESSONS[s].owes]),
      ...SEAM_IDS.flatMap((s) => [SEAM_LESSONS[s].crosses, SEAM_LESSONS[s].exampleSays, ...SEAM_LESSONS[s].breaks.map((b) => b.plain)]),
      ...GLOSSARY.map((g) => g.definition),
    ];
    const linked = new Set(texts.flatMap((text) => linkTerms(text, index).flatMap((s) => (s.kind === 'term' ? [s.term] : []))));
    for (const id of linked) expect(glossaryTerm(id), id).toBeDefined();
    const unreached = GLOSSARY.filter((g) => !linked.has(g.id)).map((g) => g.id);
    expect(unreached, 'terms no lesson or definition mentions').toEqual([]);
  });
});
