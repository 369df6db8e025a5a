import * as z from 'zod/mini';
import { PLACEMENTS } from '../domain/pipeline';
import { SEAM_IDS } from '../domain/seams';
import { STAGES } from '../domain/stages';
import { VERDICTS } from '../domain/verdict';

export const DOCUMENT_TYPE = 'pipeline-seams/workspace';
export const LATEST_VERSION = 2;

const tone = z.enum(['bad', 'ok', 'neutral']);
const factRow = z.object({ key: z.string(), value: z.string(), tone });

const evidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facts'), title: z.string(), rows: z.array(factRow), conclusion: z.string() }),
  z.object({
    kind: z.literal('sequence'),
    title: z.string(),
    steps: z.array(z.object({ text: z.string(), tone })),
    conclusion: z.string(),
  }),
  z.object({
    kind: z.literal('cost'),
    title: z.string(),
    rows: z.array(factRow),
    actual: z.number(),
    expected: z.number(),
    unit: z.string(),
    conclusion: z.string(),
  }),
  z.object({
    kind: z.literal('sample'),
    title: z.string(),
    columns: z.array(z.string()),
    rows: z.array(z.object({ cells: z.array(z.string()), flag: z.optional(z.string()) })),
    result: z.object({ label: z.string(), value: z.string(), note: z.string() }),
    conclusion: z.string(),
  }),
  z.object({
    kind: z.literal('timeline'),
    title: z.string(),
    events: z.array(z.object({ time: z.string(), label: z.string(), tone })),
    conclusion: z.string(),
  }),
]);

const clause = z.object({
  id: z.string().check(z.minLength(1)),
  dimension: z.string(),
  subject: z.string(),
  assumed: z.string(),
  actual: z.string(),
  evidence: z.string(),
  verdict: z.nullable(z.enum(VERDICTS)),
  templateId: z.optional(z.string()),
});

const seamContract = z.object({ clauses: z.array(clause), evidence: z.optional(evidence) });

const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'));

const walkthrough = z.object({
  symptoms: z.array(z.string()),
  notes: z.string(),
  steps: z.array(z.object({ questionId: z.string(), answer: z.enum(['yes', 'no', 'unsure', 'na']) })),
  accepted: z.optional(z.object({ causeId: z.string(), seam: z.enum(SEAM_IDS), at: isoDate, verdict: z.optional(z.enum(['broken', 'suspect'])) })),
});

const placement = z.enum(PLACEMENTS);
/** One imported component and one edge: also checked on their own, a block at a time, when a big pipeline is read. */
export const pipelineComponentSchema = z.object({ id: z.string(), name: z.string(), placement, confidence: z.number(), uncertain: z.boolean(), reason: z.string() });
export const pipelineEdgeSchema = z.object({ from: z.string(), to: z.string(), control: z.optional(z.boolean()) });
const pipeline = z.object({
  format: z.string(),
  components: z.array(pipelineComponentSchema),
  edges: z.array(pipelineEdgeSchema),
});

// Loose: fields a newer version added are kept, so opening an old tab never erases them.
export const workspaceSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  notes: z.string(),
  createdAt: isoDate,
  updatedAt: isoDate,
  presetId: z.optional(z.string()),
  sharedFrom: z.optional(z.string()),
  components: z.object(Object.fromEntries(STAGES.map((s) => [s, z.array(z.string())])) as Record<
    (typeof STAGES)[number],
    z.ZodMiniArray<z.ZodMiniString>
  >),
  seams: z.object(Object.fromEntries(SEAM_IDS.map((id) => [id, seamContract])) as Record<
    (typeof SEAM_IDS)[number],
    typeof seamContract
  >),
  // Added without a version bump: optional, so every version-2 document stays valid.
  walkthrough: z.optional(walkthrough),
  pipeline: z.optional(pipeline),
});

export const documentSchema = z.object({
  type: z.literal(DOCUMENT_TYPE),
  version: z.literal(LATEST_VERSION),
  workspace: workspaceSchema,
});

/** The envelope every saved document starts with, whatever its version. */
export const envelopeSchema = z.looseObject({ type: z.string(), version: z.int() });
