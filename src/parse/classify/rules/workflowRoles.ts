/**
 * Rule 1, continued: the role a workflow tool declares for a step. A Mage block says whether it loads,
 * transforms or exports data; a Meltano plugin whether it extracts, loads or transforms. The words
 * then only refine within that role: where an exporter or loader writes (a dashboard serves, a
 * warehouse stores), whether a transformer builds a modelled layer, a dbt block's layer.
 */
import * as z from 'zod/mini';
import { PLACEMENTS, type Placement } from '../../types';
import workflowRoles from '../../lexicon/workflow-roles.json';
import { scan, tokenize, type Hit } from '../tokens';
import type { Verdict } from '../verdict';
import { dbtModel } from './declared';

/** Declared roles, keyed by the hint the workflow reader writes (`roleHint`); data a reviewer reads in `workflow-roles.json`. */
const ROLES = new Map(
  z
    .strictObject({
      note: z.string(),
      roles: z.array(z.strictObject({ hint: z.string(), placing: z.enum([...PLACEMENTS, 'destination', 'work', 'by-layer']), otherwise: z.optional(z.enum(PLACEMENTS)), reason: z.string() })),
    })
    .parse(workflowRoles)
    .roles.map((r) => [r.hint, r]),
);

/** The hint a workflow reader gives a step of a declared kind: `mage data_loader`, `meltano extractor`, `adf copy`. */
export const roleHint = (tool: 'mage' | 'meltano' | 'adf' | 'dvc' | 'streams', kind: string): string => `${tool} ${kind.trim().toLowerCase()}`;

/** Where the words say a step writes: a dashboard, Slack or an API serves; a store, a bucket, a database or a file format stores. */
function destination(texts: readonly string[]): Placement | undefined {
  const hits = texts.flatMap((t) => scan(tokenize(t)));
  const names = (h: Hit): boolean => h.kind === 'tool' || h.kind === 'multi' || h.word === 'role';
  if (hits.some((h) => names(h) && (h.placement === 'serve' || h.entry?.whenFed === 'serve'))) return 'serve';
  // An operational database the pipeline writes into is its store (the lexicon's `whenFed`).
  return hits.some((h) => (names(h) || h.word === 'file-format') && (h.placement === 'store' || h.entry?.whenFed === 'store')) ? 'store' : undefined;
}

/** Transforming work builds a model when its words say so (aggregate, train, a marts table); otherwise it processes. */
function work(texts: readonly string[]): Placement {
  const hits = texts.flatMap((t) => scan(tokenize(t)));
  return hits.some((h) => (h.word === 'verb' || h.word === 'layer') && h.placement === 'model') ? 'model' : 'process';
}

/** A declared workflow role among the hints decides; the step's words refine it as the role allows. */
export function workflowRule(name: string, hints: readonly string[]): Verdict | undefined {
  const at = hints.findIndex((h) => ROLES.has(h.trim().toLowerCase()));
  const role = at < 0 ? undefined : ROLES.get((hints[at] ?? '').trim().toLowerCase());
  if (!role) return undefined;
  const others = hints.filter((_, i) => i !== at);
  const base = { confidence: 0.85, uncertain: false, rule: 'declared' as const, fixed: true };
  switch (role.placing) {
    case 'by-layer': return dbtModel(name, others);
    case 'work': {
      const placement = work([name, ...others]);
      return { ...base, placement, reason: placement === 'model' ? `${role.reason} whose words say it builds a model` : role.reason };
    }
    case 'destination': {
      const found = destination([name, ...others]);
      const placement = found ?? role.otherwise ?? 'store';
      return { ...base, placement, reason: found ? `${role.reason}, writing to ${found === 'serve' ? 'consumers' : found === 'model' ? 'a modelled layer' : 'a store'}` : role.reason };
    }
    default: return { ...base, placement: role.placing, reason: role.reason };
  }
}
