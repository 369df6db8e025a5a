import { describe, expect, it } from 'vitest';
import { SEAM_IDS } from '../seams';
import { causeById, CAUSES } from './causes';
import { KNOWLEDGE_BASE as KB } from './load';
import { rank } from './rank';
import { answer, emptySession } from './session';
import { QUESTIONS } from './questions';

const seamQuestions = QUESTIONS.filter((q) => q.bySeam);

describe('questions answered per seam (what misbehaved)', () => {
  it('asks about each part of the pipeline, and every seam is pointed at by one of them', () => {
    expect(seamQuestions.map((q) => q.id)).toEqual(expect.arrayContaining(['misbehaved-source', 'misbehaved-moving-in', 'misbehaved-storage', 'misbehaved-transform', 'misbehaved-serving', 'misbehaved-timing']));
    const pointed = new Set(seamQuestions.flatMap((q) => q.points?.yes ?? []));
    for (const seam of SEAM_IDS) expect(pointed.has(seam), seam).toBe(true);
  });

  it("gives every cause its seam's expectation unless the cause states its own", () => {
    for (const q of seamQuestions) {
      for (const c of CAUSES) if (q.bySeam?.[c.seam]) expect(c.answers[q.id], `${c.id} / ${q.id}`).toBeDefined();
      // A question about one part of a seam pair leaves the other seams' causes without an opinion.
      if (q.id === 'moving-in-read-side') for (const c of CAUSES.filter((x) => !q.bySeam?.[x.seam])) expect(c.answers[q.id], c.id).toBeUndefined();
    }
    // The cursor cause overrides its seam: the source does what it always did.
    expect(causeById('gi-change-tracking')?.answers['misbehaved-source']).toBe('no?');
    expect(causeById('gi-api-limits')?.answers['misbehaved-source']).toBe('yes');
    expect(causeById('is-dedup-key')?.answers['misbehaved-source']).toBe('no?');
  });

  it('moves the seams a yes points at to the top, and a no moves them down', () => {
    for (const q of seamQuestions) {
      // A follow-up is counted once its premise holds.
      const premise = q.requires?.question;
      const start = premise ? answer({ ...emptySession(), symptoms: ['rows-missing'] }, premise.id, premise.answer) : { ...emptySession(), symptoms: ['rows-missing'] };
      const before = rank(KB, start).seams;
      const mass = (r: typeof before, seam: string) => r.find((s) => s.seam === seam)?.probability ?? 0;
      const yes = rank(KB, answer(start, q.id, 'yes')).seams;
      const no = rank(KB, answer(start, q.id, 'no')).seams;
      for (const seam of q.points?.yes ?? []) {
        expect(mass(yes, seam), `${q.id} yes raises ${seam}`).toBeGreaterThan(mass(before, seam));
        expect(mass(no, seam), `${q.id} no lowers ${seam}`).toBeLessThan(mass(before, seam));
      }
      for (const seam of q.points?.no ?? []) expect(mass(no, seam), `${q.id} no raises ${seam}`).toBeGreaterThan(mass(before, seam));
      expect(q.points?.yes).toContain(yes[0]?.seam);
    }
  });

  it('reads a transformation seen misbehaving as the models it builds before what it reads, which has its own option', () => {
    const seen = rank(KB, answer(emptySession(), 'misbehaved-transform', 'yes')).seams;
    const mass = (seam: string) => seen.find((s) => s.seam === seam)?.probability ?? 0;
    expect(seen[0]?.seam).toBe('process-model');
    expect(mass('process-model')).toBeGreaterThan(1.3 * mass('store-process'));
  });

  it('reads duplicates after a retried task as a write that is not idempotent, at the load as well as at the scheduler', () => {
    const dupes = answer({ ...emptySession(), symptoms: ['duplicates-after-retry'] }, 'grain-key-duplicated', 'yes');
    const mass = (s: typeof dupes, seam: string) => rank(KB, s).seams.find((x) => x.seam === seam)?.probability ?? 0;
    const retried = answer(dupes, 'task-retried', 'yes');
    expect(mass(retried, 'ingest-store')).toBeGreaterThan(mass(dupes, 'ingest-store'));
    expect(mass(retried, 'orchestration')).toBeGreaterThan(mass(dupes, 'orchestration'));
  });

  it('reads storage seen misbehaving as what reads it first, and as what wrote it second', () => {
    const seen = rank(KB, answer({ ...emptySession(), symptoms: ['rows-missing'] }, 'misbehaved-storage', 'yes')).seams;
    expect(seen.slice(0, 2).map((s) => s.seam)).toEqual(['store-process', 'ingest-store']);
  });

  it('tells the two ends of ingestion apart once something that moves data in is seen misbehaving', () => {
    const movingIn = answer({ ...emptySession(), symptoms: ['schema-type-errors'] }, 'misbehaved-moving-in', 'yes');
    const top = (s: typeof movingIn) => rank(KB, s).seams[0]?.seam;
    expect(top(answer(movingIn, 'moving-in-read-side', 'yes'))).toBe('generate-ingest');
    expect(top(answer(movingIn, 'moving-in-read-side', 'no'))).toBe('ingest-store');
    // Without its premise the answer counts for nothing.
    const alone = { ...emptySession(), symptoms: ['schema-type-errors'] };
    expect(rank(KB, answer(alone, 'moving-in-read-side', 'yes')).seams).toEqual(rank(KB, alone).seams);
  });
});
