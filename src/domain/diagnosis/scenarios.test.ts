import { describe, expect, it } from 'vitest';
import { templateById } from '../catalog';
import { HONEST_ANSWERS } from '../presets/honestAnswers';
import { PRESETS, scenarioWorkspace } from '../presets';
import { acceptConclusion } from './accept';
import { play } from './eval/play';
import { KNOWLEDGE_BASE as KB } from './load';
import { rank } from './rank';
import { reveal } from './reveal';
import { emptySession, type Session } from './session';
import { conclude } from './verdict';

const ids = (() => {
  let n = 0;
  return () => `id-${++n}`;
})();

describe('each preset played as a scenario', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))("%s: honest answers rank the seed's seam first", (id, preset) => {
    const session = play(KB, { ...emptySession(), symptoms: preset.scenario.symptoms }, HONEST_ANSWERS[id] ?? {});
    expect(rank(KB, session).seams[0]?.seam).toBe(preset.brokenSeam);
    expect(session.steps.length).toBeGreaterThan(0);
  });

  it('reveals the seed\'s seam, right or wrong, with the answers that pointed there', () => {
    const preset = PRESETS.find((p) => p.id === 'undeclared-dependency')!;
    const session = play(KB, { ...emptySession(), symptoms: preset.scenario.symptoms }, HONEST_ANSWERS[preset.id] ?? {});
    const right = reveal(KB, session, preset.brokenSeam, preset.brokenSeam);
    expect(right.right).toBe(true);
    expect(right.pointedThere.length).toBeGreaterThan(0);
    expect(right.pointedThere.every((r) => r.effect > 0)).toBe(true);
    const wrong = reveal(KB, session, preset.brokenSeam, 'model-serve');
    expect(wrong.right).toBe(false);
    expect(wrong.expected).toBe('orchestration');
  });
});

describe('accepting a verdict', () => {
  const preset = PRESETS[0]!;
  const accept = (session: Session, confirmed: boolean) => {
    const ws = { ...scenarioWorkspace(preset, ids, '2026-01-01T00:00:00.000Z'), walkthrough: { ...session } };
    const c = conclude(KB, rank(KB, session))!;
    const cause = c.top.top.cause;
    const out = acceptConclusion(ws, KB, cause, templateById(cause.templateId), session, 'clause-1', '2026-01-01T00:00:00.000Z', confirmed);
    const clause = out.seams[cause.seam].clauses.find((x) => x.id === 'clause-1')!;
    return { out, clause, confidence: c.confidence };
  };

  it('writes a suspect clause below the settled threshold, and says what the user reported', () => {
    const session: Session = { ...emptySession(), symptoms: ['rows-missing'], notes: 'orders short since Monday' };
    const { out, clause, confidence } = accept(session, false);
    expect(confidence).not.toBe('settled');
    expect(clause.verdict).toBe('suspect');
    expect(out.walkthrough?.accepted?.verdict).toBe('suspect');
    expect(clause.actual).toBe('Seen: Rows missing. Notes: orders short since Monday');
  });

  it('writes a broken clause when the user confirmed it', () => {
    const session: Session = { ...emptySession(), symptoms: ['rows-missing'] };
    expect(accept(session, true).clause.verdict).toBe('broken');
  });

  it('writes a broken clause when the walkthrough is settled', () => {
    const p = PRESETS.find((x) => x.id === 'ack-before-commit')!;
    const session = play(KB, { ...emptySession(), symptoms: p.scenario.symptoms }, HONEST_ANSWERS[p.id] ?? {});
    const { clause, confidence } = accept(session, false);
    expect(clause.verdict).toBe(confidence === 'settled' ? 'broken' : 'suspect');
  });
});
