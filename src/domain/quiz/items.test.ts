import { describe, expect, it } from 'vitest';
import { templateById } from '../catalog';
import { PRESETS } from '../presets';
import { SEAM_IDS } from '../seams';
import { giveaways, giveawayWords } from './giveaway';
import { QUIZ_ENTRIES, QUIZ_ITEMS, resolveEntry } from './items';

describe('the quiz bank', () => {
  it('resolves every story to a known cause or worked example', () => {
    const unresolved = QUIZ_ENTRIES.filter((e) => resolveEntry(e) === null).map((e) => e.id);
    expect(unresolved).toEqual([]);
  });

  it('has at least 30 items with unique ids', () => {
    expect(QUIZ_ITEMS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(QUIZ_ITEMS.map((i) => i.id)).size).toBe(QUIZ_ITEMS.length);
  });

  it('asks about every seam at least four times', () => {
    for (const seam of SEAM_IDS) expect(QUIZ_ITEMS.filter((i) => i.seam === seam).length, seam).toBeGreaterThanOrEqual(4);
  });

  it('retells each of the six worked examples', () => {
    const told = new Set(QUIZ_ITEMS.flatMap((i) => (i.source.kind === 'preset' ? [i.source.id] : [])));
    expect([...told].sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });

  it('gives every item a story, at least two pointing facts and level-2 clauses of its own seam', () => {
    for (const item of QUIZ_ITEMS) {
      expect(item.story.trim().length, item.id).toBeGreaterThan(60);
      expect(item.pointers.length, item.id).toBeGreaterThanOrEqual(2);
      for (const p of item.pointers) expect(p.trim().length, item.id).toBeGreaterThan(15);
      expect(item.clauses.length, item.id).toBeGreaterThan(0);
      for (const id of item.clauses) expect(templateById(id)?.seam, `${item.id} → ${id}`).toBe(item.seam);
    }
  });

  it('never names the answer seam or its stages in a story', () => {
    const leaks = QUIZ_ITEMS.flatMap((i) => giveaways(i.story, i.seam).map((w) => `${i.id}: "${w}"`));
    expect(leaks).toEqual([]);
  });
});

describe('the giveaway rule', () => {
  it("catches both sides' names in any form, inside identifiers and in any case", () => {
    expect(giveaways('The Ingestor acked before the write.', 'ingest-store')).toEqual(['ingestor']);
    expect(giveaways('Rows were STORED twice.', 'ingest-store')).toEqual(['stored']);
    expect(giveaways('The table is split by ingestion_date.', 'generate-ingest')).toEqual(['ingestion']);
    expect(giveaways('The orchestrator started early.', 'orchestration')).toEqual(['orchestrator']);
  });

  it('lets a story name stages that are not the answer, and words that merely start alike', () => {
    expect(giveaways('The storage bucket and the ingestor are fine.', 'model-serve')).toEqual([]);
    expect(giveaways('A story about a server and a modest storey.', 'model-serve')).toEqual([]);
  });

  it('bans a word for every side of every seam', () => {
    for (const seam of SEAM_IDS) expect(giveawayWords(seam).length, seam).toBeGreaterThan(0);
  });
});
