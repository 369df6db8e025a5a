import { describe, expect, it } from 'vitest';
import { templateById } from '../../domain/catalog';
import { clauseVerdict } from '../../domain/clause';
import { PRESETS } from '../../domain/presets';
import { SEAM_IDS, SEAMS } from '../../domain/seams';
import { VERDICT_LABEL } from '../../domain/verdict';
import { blankWorkspace, type Workspace } from '../../domain/workspace';
import { accepted, diagnosis, solved, T0, T1, walked } from './fixtures';
import { writeupModel } from './model';

const kb = diagnosis.kb;
const allClauses = (ws: Workspace) => SEAM_IDS.flatMap((id) => ws.seams[id].clauses);

describe('a solved preset, with no walkthrough', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: one row per clause, verdict from the worst seam', (id, preset) => {
    const ws = solved(id);
    const w = writeupModel(ws, diagnosis);
    const clauses = allClauses(ws);
    expect(w.clauses).toHaveLength(clauses.length);
    clauses.forEach((c, i) => {
      expect(w.clauses[i]).toMatchObject({ dimension: c.dimension, subject: c.subject, assumed: c.assumed, actual: c.actual, evidence: c.evidence });
      expect(w.clauses[i]?.verdict.startsWith(VERDICT_LABEL[clauseVerdict(c)])).toBe(true);
    });
    expect(w.verdict).toMatchObject({ kind: 'clauses', seam: preset.brokenSeam, seamName: SEAMS[preset.brokenSeam].name, verdict: 'Broken', alsoSeams: [] });
    expect(w.trail).toBeNull();
    // Without a walkthrough cause there is no remedy and no clause to write down: nothing is guessed.
    expect(w.fixNow).toEqual([]);
    expect(w.writeDown).toEqual([]);
    const checks = ws.seams[preset.brokenSeam].clauses.map((c) => templateById(c.templateId ?? '')?.howToCheck);
    expect(w.confirm.length).toBeGreaterThan(0);
    for (const step of w.confirm) expect(checks).toContain(step);
  });

  it('marks a verdict the user did not set as suggested', () => {
    const w = writeupModel(solved('undeclared-dependency'), diagnosis);
    expect(w.clauses.map((r) => r.verdict)).toEqual(['Suspect', 'Broken (suggested)', 'Broken (suggested)']);
    expect(w.clauses.map((r) => r.seam)).toEqual(['Ingest → Store', 'Orchestration ↔ All', 'Orchestration ↔ All']);
  });

  it('names every seam that is just as bad, not only the first', () => {
    const ws = solved('undeclared-dependency');
    const extra = { id: 'x', dimension: 'grain', subject: 'orders', assumed: 'one row per order', actual: 'two rows per order', evidence: '', verdict: null };
    const w = writeupModel({ ...ws, seams: { ...ws.seams, 'process-model': { clauses: [extra] } } }, diagnosis);
    expect(w.verdict).toMatchObject({ kind: 'clauses', seam: 'process-model', alsoSeams: ['Orchestration ↔ All'] });
  });

  it('carries the title, notes, components and dates from the workspace', () => {
    const ws = solved('ack-before-commit');
    const w = writeupModel({ ...ws, createdAt: '2026-03-04T07:00:00+02:00' }, diagnosis);
    expect(w.title).toBe(ws.name);
    expect(w.notes).toBe(ws.notes);
    expect(w.created).toBe('2026-03-04T05:00:00Z');
    expect(w.updated).toBe('2026-03-04T05:06:07Z');
    expect(w.components).toEqual([
      { stage: 'Ingest', names: ['Ingestor'] },
      { stage: 'Store', names: ['Storage'] },
    ]);
  });
});

describe('a walkthrough accepted into the contract', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: names the seam, cause, trail and next steps', (id, preset) => {
    const ws = accepted(id);
    const acc = ws.walkthrough!.accepted!;
    const cause = diagnosis.causeAt(acc.seam, acc.causeId)!;
    const w = writeupModel(ws, diagnosis);
    // Honest answers lead to the seam the seed names (the scenario tests hold the engine to it).
    expect(w.verdict).toMatchObject({ kind: 'walkthrough', seam: preset.brokenSeam, cause: cause.title, assumed: cause.assumed, mechanism: cause.mechanism });
    expect(w.verdict.kind === 'walkthrough' && w.verdict.accepted).toEqual({ as: acc.verdict, verdict: VERDICT_LABEL[acc.verdict!], at: '2026-03-04T06:00:00Z' });
    expect(w.confirm).toEqual([cause.confirm]);
    expect(w.fixNow).toEqual([cause.fixNow]);
    expect(w.writeDown).toEqual([cause.contractClause]);
    const steps = ws.walkthrough!.steps;
    expect(steps.length).toBeGreaterThan(0);
    // An option picked reads as the question it is an option of.
    const asked = (id: string, answer: string) => {
      const q = kb.questions.find((x) => x.id === id)!;
      return q.oneOf && answer === 'yes' ? 'Which part of the pipeline is seen misbehaving?' : q.text;
    };
    expect(w.trail?.steps.map((s) => s.question)).toEqual(steps.map((s) => asked(s.questionId, s.answer)));
    expect(w.trail?.symptoms).toEqual(preset.scenario.symptoms.map((s) => kb.symptoms.find((x) => x.id === s)!.label));
    // The accepted clause is in the table, with what the user reported as "actually got".
    const row = w.clauses.find((r) => r.seam === SEAMS[acc.seam].name && r.assumed === cause.assumed);
    expect(row?.actual).toBe(w.verdict.kind === 'walkthrough' ? w.verdict.reported : '');
  });

  it('says the answers in words', () => {
    const w = writeupModel(accepted('ack-before-commit'), diagnosis);
    const words = new Set(w.trail?.steps.map((s) => s.answer));
    const options = diagnosis.kb.questions.flatMap((q) => (q.option ? [q.option] : []));
    expect([...words].every((a) => ['Yes', 'No', 'Not sure', 'Does not apply', ...options].includes(a))).toBe(true);
    // The part picked is said in its own words: what moves data in, for a duplicate after a retry.
    expect(words).toContain('What moves data in from a source: a sync, connector, collector, CDC or load job');
  });

  it('is broken when the user confirmed it', () => {
    const w = writeupModel(accepted('ack-before-commit', true), diagnosis);
    expect(w.verdict.kind === 'walkthrough' && w.verdict.accepted?.verdict).toBe('Broken');
  });

  it('reads an older trail without a recorded verdict as broken, as the app does', () => {
    const ws = accepted('undeclared-grain');
    const { verdict: _dropped, ...acc } = ws.walkthrough!.accepted!;
    const w = writeupModel({ ...ws, walkthrough: { ...ws.walkthrough!, accepted: acc } }, diagnosis);
    expect(w.verdict.kind === 'walkthrough' && w.verdict.accepted?.verdict).toBe('Broken');
  });

  it('keeps an accepted cause this knowledge base no longer knows, by its id, and guesses no steps', () => {
    const ws = accepted('undeclared-grain');
    const trail = { ...ws.walkthrough!, accepted: { ...ws.walkthrough!.accepted!, causeId: 'retired-cause' } };
    const w = writeupModel({ ...ws, walkthrough: trail }, diagnosis);
    expect(w.verdict).toMatchObject({ kind: 'walkthrough', cause: 'retired-cause', assumed: null, mechanism: null });
    expect([w.confirm, w.fixNow, w.writeDown]).toEqual([[], [], []]);
  });

  it('says when the trail now ranks another seam first, and gives no confidence for this one', () => {
    const ws = accepted('ack-before-commit');
    const trail = { ...ws.walkthrough!, accepted: { ...ws.walkthrough!.accepted!, seam: 'model-serve' as const } };
    const w = writeupModel({ ...ws, walkthrough: trail }, diagnosis);
    expect(w.verdict).toMatchObject({ kind: 'walkthrough', seam: 'model-serve', confidence: null, trailNowPointsAt: 'Ingest → Store' });
  });
});

describe('a walkthrough not yet accepted', () => {
  it('gives the likeliest seam with its confidence, and says it is not accepted', () => {
    const { ws, session } = walked('ack-before-commit');
    const conclusion = diagnosis.conclude(kb, diagnosis.rank(kb, session))!;
    const w = writeupModel(ws, diagnosis);
    expect(w.verdict).toMatchObject({ kind: 'walkthrough', seam: 'ingest-store', accepted: null, cause: conclusion.top.top.cause.title });
    expect(['Settled', 'Leaning', 'Undecided']).toContain(w.verdict.kind === 'walkthrough' && w.verdict.confidence);
  });

  it('keeps unknown question and symptom ids as stored, rather than drop or rename them', () => {
    const ws = { ...blankWorkspace('w', 'old', T0), walkthrough: { symptoms: ['gone-symptom'], notes: '', steps: [{ questionId: 'gone-question', answer: 'yes' as const }] } };
    const w = writeupModel(ws, diagnosis);
    expect(w.trail).toEqual({ symptoms: ['gone-symptom'], notes: '', steps: [{ question: 'gone-question', answer: 'Yes' }] });
  });
});

describe('when nothing is known', () => {
  it('an empty workspace says there is no verdict, and has no rows, trail, steps or components', () => {
    const w = writeupModel(blankWorkspace('w', 'Empty', T0), diagnosis);
    expect(w.verdict).toEqual({ kind: 'none', reason: 'No verdict yet. No walkthrough has been run. No contract clauses have been written.' });
    expect(w).toMatchObject({ clauses: [], trail: null, confirm: [], fixNow: [], writeDown: [], components: [] });
  });

  it('an empty walkthrough cannot tell yet; clauses that all hold are no verdict either', () => {
    const ws = solved('undeclared-dependency');
    const holding = { ...ws, seams: { ...ws.seams, 'ingest-store': { clauses: [] }, orchestration: { clauses: [] }, 'store-process': { clauses: [{ id: 'h', dimension: 'layout', subject: 'files', assumed: 'parquet', actual: 'parquet', evidence: '', verdict: null }] } } };
    const w = writeupModel({ ...holding, walkthrough: { symptoms: [], notes: '', steps: [] } }, diagnosis);
    expect(w.verdict).toEqual({ kind: 'none', reason: 'No verdict yet. The walkthrough cannot tell yet: nothing reported points at one seam more than another. No clause is marked broken or suspect.' });
  });

  it('a trail without evidence falls back to the contract clauses', () => {
    const w = writeupModel({ ...solved('partition-mismatch'), walkthrough: { symptoms: [], notes: '', steps: [] } }, diagnosis);
    expect(w.verdict).toMatchObject({ kind: 'clauses', seam: 'store-process' });
  });
});

describe('components', () => {
  it('adds the orchestrator from an imported pipeline and leaves blank names out', () => {
    const base = blankWorkspace('w', 'p', T1);
    const ws: Workspace = {
      ...base,
      components: { ...base.components, ingest: ['Kafka', '  '] },
      pipeline: {
        format: 'mermaid',
        edges: [],
        components: [
          { id: 'a', name: 'Airflow', placement: 'orchestrate', confidence: 1, uncertain: false, reason: 'test' },
          { id: 'b', name: 'Kafka', placement: 'ingest', confidence: 1, uncertain: false, reason: 'test' },
          { id: 'c', name: 'Wiki', placement: 'none', confidence: 1, uncertain: false, reason: 'test' },
        ],
      },
    };
    expect(writeupModel(ws, diagnosis).components).toEqual([
      { stage: 'Ingest', names: ['Kafka'] },
      { stage: 'Orchestration', names: ['Airflow'] },
    ]);
  });
});

it('is deterministic: the same workspace gives the same write-up', () => {
  const ws = accepted('unwritten-freshness-sla');
  expect(JSON.stringify(writeupModel(ws, diagnosis))).toBe(JSON.stringify(writeupModel(structuredClone(ws), diagnosis)));
});
