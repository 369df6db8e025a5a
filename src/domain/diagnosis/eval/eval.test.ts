import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_BASE as KB } from '../load';
import { readBatches } from './corpus';
import { playReader, totals } from './play';
import type { Played } from './types';

/**
 * The walkthrough on every public incident in the corpus, answered by a reader who saw only the
 * symptoms-only summary. A floor, not a target: it fails when a change makes triage worse.
 */
describe('triage on real incident write-ups', () => {
  const batches = readBatches();
  const results: Played[] = [];
  for (const b of batches) {
    for (const incident of b.incidents) {
      const script = b.scripts.get(incident.id);
      if (!script) continue;
      // The user pastes the report, as the walkthrough invites, then answers what is asked.
      results.push(playReader(KB, incident, script));
    }
  }

  it('has at least 40 incidents, every one answered by the blind reader', () => {
    expect(results.length).toBeGreaterThanOrEqual(40);
    expect(results.length).toBe(batches.reduce((n, b) => n + b.incidents.length, 0));
  });

  // A regression floor on the whole corpus, not the goal (which is judged on unseen batches): it
  // follows the corpus as harder blind batches join it (batches 37–42 took the median from 6 to 7).
  it('keeps its floor: seam first, in the top two, and a short walk', () => {
    const t = totals(results);
    expect(t.first / t.n).toBeGreaterThanOrEqual(0.75);
    expect(t.topTwo / t.n).toBeGreaterThanOrEqual(0.88);
    expect(t.medianQuestions).toBeLessThanOrEqual(7);
  });

  it("names only symptoms and questions the knowledge base knows in the reader's answers", () => {
    const symptoms = new Set(KB.symptoms.map((x) => x.id));
    const questions = new Set(KB.questions.map((x) => x.id));
    for (const b of batches) for (const sc of b.scripts.values()) {
      for (const x of sc.symptoms) expect(symptoms.has(x), `${sc.id}: ${x}`).toBe(true);
      for (const q of Object.keys(sc.answers)) expect(questions.has(q), `${sc.id}: ${q}`).toBe(true);
    }
  });

  it('cites a source for every incident and labels a known seam', () => {
    for (const b of batches) for (const i of b.incidents) {
      expect(i.source, i.id).toMatch(/^https?:\/\//);
      expect(['generate-ingest', 'ingest-store', 'store-process', 'process-model', 'model-serve', 'orchestration'], i.id).toContain(i.seam);
    }
  });
});
