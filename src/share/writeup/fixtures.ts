import { loadDiagnosis } from '../../domain/diagnosis/load';
import { play } from '../../domain/diagnosis/eval/play';
import { emptySession, type Session } from '../../domain/diagnosis/session';
import { HONEST_ANSWERS } from '../../domain/presets/honestAnswers';
import { presetById, presetWorkspace, scenarioWorkspace, type Preset } from '../../domain/presets';
import type { Workspace } from '../../domain/workspace';

/*
 * Workspaces for the write-up's tests, built the way the app builds them: from the seed presets,
 * with the walkthrough played on the preset's honest answers and accepted through the Diagnosis API.
 */

/** When fixtures are opened (with milliseconds, which the write-up drops) and accepted. */
export const T0 = '2026-03-04T05:06:07.890Z';
export const T1 = '2026-03-04T06:00:00.000Z';
/** The real knowledge base, loaded as the app loads it. */
export const diagnosis = loadDiagnosis();

/** Deterministic ids, so two builds of the same fixture are equal. */
export function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

/** A seed preset by id; a typo fails loudly rather than testing nothing. */
export function preset(id: string): Preset {
  const p = presetById(id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
}

/** The preset as solved: its clauses carry the verdicts, and there is no walkthrough. */
export const solved = (id: string): Workspace => presetWorkspace(preset(id), counter(), T0);

/** The preset as an incident walked through with honest answers, not yet accepted. */
export function walked(id: string): { ws: Workspace; session: Session } {
  const p = preset(id);
  const ws = scenarioWorkspace(p, counter(), T0);
  const session = play(diagnosis.kb, { ...emptySession(), symptoms: p.scenario.symptoms }, HONEST_ANSWERS[id] ?? {});
  return { ws: { ...ws, walkthrough: { ...session } }, session };
}

/** The same, with the walkthrough's conclusion accepted into the contract. */
export function accepted(id: string, confirmedByUser = false): Workspace {
  const { ws, session } = walked(id);
  const conclusion = diagnosis.conclude(diagnosis.kb, diagnosis.rank(diagnosis.kb, session));
  if (!conclusion) throw new Error(`no conclusion for ${id}`);
  return diagnosis.accept(ws, conclusion.top.top.cause, session, 'accepted-clause', T1, confirmedByUser);
}
