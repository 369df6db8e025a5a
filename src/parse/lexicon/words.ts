/**
 * Look-ups the format readers need from the lexicon, so that no reader keeps a word list of its own:
 * which stage a section heading or label names, and the verbs that move data.
 */
import * as z from 'zod/mini';
import { PLACEMENTS, type Placement } from '../types';
import { STAGE_NAMES, byName, entriesOf } from './lexicon';
import sectionLabels from './section-labels.json';
import flowVerbs from './flow-verbs.json';
import proseWords from './prose-words.json';

const lowercase = z.string().check(z.refine((n: string) => n === n.toLowerCase().trim(), 'lowercase and trimmed'));
const words = z.array(lowercase);

const SECTION_LABELS = byName(z.array(z.strictObject({ stage: z.enum(PLACEMENTS), names: z.array(lowercase).check(z.minLength(1)) })).parse(sectionLabels));
// Stage words and layers in the lexicon are heading words too ("Ingestion layer", "Bronze").
const HEADING_WORDS = byName(entriesOf('stage-word', 'layer'));
const STAGE_WORDS = byName(entriesOf('stage-word'));

/** The words prose is read by (`prose-words.json`: filler, clause words, what tools do, statuses…). */
export const PROSE_WORDS = z
  .strictObject({ notes: z.record(z.string(), z.string()), filler: words, sentence: words, prepositions: words, indefinite: words, determiners: words, clause: words, does: words, imperatives: words, status: words, qualifying: words, cjkSentence: words, koreanParticles: words, abroad: words, stepWords: words })
  .parse(proseWords);

/** The flow verbs as listed (`flow-verbs.json`, each group with its note), for readers that match them in running text. */
type FlowVerbs = Readonly<Record<'reads' | 'writes' | 'passiveWrites' | 'passiveReads' | 'moves' | 'tells' | 'carries' | 'nounsToo', readonly string[]>>;
export const FLOW_VERBS: FlowVerbs = z
  .strictObject({
    note: z.string(), reads: words, writes: words,
    passiveNote: z.string(), passiveWrites: words, passiveReads: words,
    movesNote: z.string(), moves: words,
    tellsNote: z.string(), tells: words,
    carriesNote: z.string(), carries: words,
    nounsTooNote: z.string(), nounsToo: words,
  })
  .parse(flowVerbs);

/** A stage name or synonym alone (`Storage`, `stage: serving`, `Sources`): what an override may say. */
export function stageName(word: string): Placement | undefined {
  if (word.length > 40) return undefined;
  const w = normalise(word);
  return STAGE_NAMES.get(w) ?? (w.endsWith('s') ? STAGE_NAMES.get(w.slice(0, -1)) : undefined);
}

function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/:$/, '')
    .trim()
    .replace(/^stage\s*[:=]\s*/, '')
    .replace(/^data /, '')
    // "Camada Bronze", "Capa Gold", "Lapisan Silver": the word for layer comes first in Portuguese, Spanish, French, Indonesian.
    .replace(/^(?:camada|capa|couche|lapisan) /, '')
    .replace(/ (?:layer|stage|step|tier|zone)$/, '');
}

function oneLabel(text: string, layers: boolean): Placement | undefined {
  const w = normalise(text);
  const find = (k: string): Placement | undefined => STAGE_NAMES.get(k) ?? SECTION_LABELS.get(k) ?? (layers ? HEADING_WORDS.get(k) : STAGE_WORDS.get(k));
  // "Auto-Ingestion", "Pre-processing": a prefix joined by a hyphen qualifies the label.
  // "Bronze schema", "gold dataset": a warehouse schema named for its layer, unless the lexicon names the whole (analytics schema).
  const schema = / (?:schema|dataset)$/.test(w) ? w.replace(/ \S+$/, '') : undefined;
  return find(w) ?? (w.endsWith('s') ? find(w.slice(0, -1)) : undefined) ?? SECTION_LABELS.get(`data ${w}`) ?? (/^\p{L}+-\p{L}{4}/u.test(w) ? oneLabel(w.replace(/^\p{L}+-/u, ''), layers) : undefined) ?? (schema && layers ? HEADING_WORDS.get(schema) : undefined);
}

const ZONE_WORDS = byName(entriesOf('layer').filter((e) => e.zone === true));

/** Whether a label names a zone data passes through (`Raw`, `Bronze layer`, `Marts`), not a kind of table (`Metrics`, `Views`). */
export function namesZone(text: string): boolean {
  const w = normalise(text);
  return ZONE_WORDS.has(w) || (w.endsWith('s') && ZONE_WORDS.has(w.slice(0, -1)));
}

/** Words that name a data layer only ("raw", "data marts", "gold layer"), not a stage of work. */
export function namesLayer(text: string): boolean {
  return sectionLabel(text, false) === undefined && sectionLabel(text, true) !== undefined;
}

/**
 * The stage a section heading or a label names (`Stream Processing`, `Analytics & ML`, `Bronze layer`,
 * `Object Storage`), or undefined when it names none. With several parts, every part must be a
 * label and the first says the stage.
 * @param layers whether a layer (`Bronze`, `Staging`) counts as a label: over a section it does; at
 * the head of an item (`Staging: raw source models`) the layer is the thing described, a component.
 */
export function sectionLabel(text: string, layers = true): Placement | undefined {
  if (text.length > 48) return stageName(text);
  const whole = oneLabel(text, layers);
  if (whole) return whole;
  const parts = text.split(/\s*(?:&|\/|,|\band\b)\s*/i).filter((p) => p.trim() !== '');
  const stages = parts.map((p) => oneLabel(p, layers));
  return parts.length > 1 && stages.every((p) => p !== undefined) ? stages[0] : undefined;
}
