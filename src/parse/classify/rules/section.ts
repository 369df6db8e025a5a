/**
 * Rule 5: a section heading, group title or label frames a component without naming it. It places
 * what its name leaves unplaced and breaks a tie; it never outvotes a product or role noun the name
 * states (Kafka under "Data generation" stays ingest).
 */
import { isStage } from '../../../domain/stages';
import { decide, verdict } from '../decide';
import type { Verdict } from '../verdict';
import type { Facts } from './facts';

/** The most the section alone is sure of: a heading is context, not a statement about this component. */
const CAP = 0.65;

export function sectionRule(f: Facts): Verdict | undefined {
  // OpenLineage hints are namespaces and facets, not headings; a drawn host (Docker) is in no stage under any heading.
  if (f.marker || f.named.some((e) => e.entry?.drawn)) return undefined;
  // "data_loading.py: Loads raw data from external sources": a description that opens with work says what the thing does.
  const does = f.section.find((e) => e.word === 'verb' && e.start === 0 && isStage(e.placement) && e.text.trim().split(/\s+/).length >= 3);
  if (does) return { placement: does.placement, confidence: 0.6, uncertain: true, reason: `its description opens with "${does.label}"`, rule: 'section', fixed: false };
  const d = decide(f.section);
  return d ? { ...verdict(d, 'section'), confidence: Math.min(d.confidence, CAP), uncertain: true, reason: `from its section: ${d.reason}` } : undefined;
}

/** A tie among the name's words, broken by the section when it votes for one of the tied stages. */
export function breakTie(tied: Verdict, f: Facts): Verdict {
  const s = tied.tied ? sectionRule(f) : undefined;
  if (!s || !tied.tied?.includes(s.placement) || s.placement === tied.placement) return tied;
  return { ...tied, placement: s.placement, reason: `${tied.reason}; the section breaks the tie: ${s.placement}`, tied: undefined };
}
