import { clauseVerdict, type Clause } from '../../domain/clause';
import { stepWords } from '../../domain/diagnosis/groups';
import type { Diagnosis } from '../../domain/diagnosis/load';
import type { KnowledgeBase } from '../../domain/diagnosis/knowledgeBase';
import { PLACEMENT_LABEL } from '../../domain/pipeline';
import { SEAM_IDS, SEAMS, type SeamId } from '../../domain/seams';
import { STAGE_INFO, STAGES } from '../../domain/stages';
import { VERDICT_LABEL } from '../../domain/verdict';
import type { WalkthroughRecord, Workspace } from '../../domain/workspace';
import { ANSWER_LABEL } from '../../domain/diagnosis/words';
import { formatWhen } from './plainText';
import type { ClauseRow, ComponentGroup, Writeup, WriteupTrail } from './types';
import { verdictOf } from './verdict';

/**
 * The incident write-up for one workspace, as data. It states only what the workspace holds and
 * what the knowledge base says about the walkthrough's cause, so a pasted postmortem never
 * carries a fact nobody reported. Pure and deterministic: the same workspace gives the same
 * write-up on every machine and in every time zone.
 */
export function writeupModel(ws: Workspace, diagnosis: Diagnosis): Writeup {
  const { verdict, confirm, fixNow, writeDown } = verdictOf(ws, diagnosis);
  return {
    title: ws.name,
    created: formatWhen(ws.createdAt),
    updated: formatWhen(ws.updatedAt),
    notes: ws.notes,
    verdict,
    clauses: SEAM_IDS.flatMap((seam) => ws.seams[seam].clauses.map((c) => clauseRow(seam, c))),
    trail: ws.walkthrough ? trailOf(diagnosis.kb, ws.walkthrough) : null,
    confirm,
    fixNow,
    writeDown,
    components: componentsOf(ws),
  };
}

function clauseRow(seam: SeamId, c: Clause): ClauseRow {
  const verdict = VERDICT_LABEL[clauseVerdict(c)];
  return {
    seam: SEAMS[seam].name,
    dimension: c.dimension,
    subject: c.subject,
    assumed: c.assumed,
    actual: c.actual,
    evidence: c.evidence,
    // The user did not say it: the tool read it off assumed versus actual, and a reader should know.
    verdict: c.verdict === null ? `${verdict} (suggested)` : verdict,
  };
}

function trailOf(kb: KnowledgeBase, trail: WalkthroughRecord): WriteupTrail {
  return {
    symptoms: trail.symptoms.map((id) => kb.symptoms.find((s) => s.id === id)?.label ?? id),
    notes: trail.notes,
    // A stored answer the app no longer knows is shown as stored rather than dropped.
    steps: trail.steps.map((s) => stepWords(kb, s, ANSWER_LABEL)),
  };
}

/**
 * The stage boxes' names, plus the orchestrator, which is no stage and so lives only in an
 * imported pipeline. Empty groups are left out: "none" would read as a finding.
 */
function componentsOf(ws: Workspace): ComponentGroup[] {
  const groups: ComponentGroup[] = STAGES.map((stage) => ({ stage: STAGE_INFO[stage].label, names: ws.components[stage] ?? [] }));
  const orchestrators = (ws.pipeline?.components ?? []).filter((c) => c.placement === 'orchestrate').map((c) => c.name);
  groups.push({ stage: PLACEMENT_LABEL.orchestrate, names: orchestrators });
  // A blank name names nothing.
  return groups.map((g) => ({ ...g, names: g.names.filter((n) => n.trim()) })).filter((g) => g.names.length > 0);
}
