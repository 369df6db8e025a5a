import { causeById } from '../../diagnosis/causes';
import { presetById } from '../../presets';
import type { QuizEntry, QuizItem } from '../types';
import { GENERATE_INGEST_ITEMS } from './generateIngest';
import { INGEST_STORE_ITEMS } from './ingestStore';
import { MODEL_SERVE_ITEMS } from './modelServe';
import { ORCHESTRATION_ITEMS } from './orchestration';
import { PROCESS_MODEL_ITEMS } from './processModel';
import { STORE_PROCESS_ITEMS } from './storeProcess';

/** Every story as written, grouped by the seam it retells (the answer itself comes from the source). */
export const QUIZ_ENTRIES: readonly QuizEntry[] = [
  ...GENERATE_INGEST_ITEMS,
  ...INGEST_STORE_ITEMS,
  ...STORE_PROCESS_ITEMS,
  ...PROCESS_MODEL_ITEMS,
  ...MODEL_SERVE_ITEMS,
  ...ORCHESTRATION_ITEMS,
];

/**
 * The answer is read from the knowledge base or the worked example, never restated, so a story
 * cannot drift from the cause it retells. Null when the source is unknown (the data test catches it).
 */
export function resolveEntry(entry: QuizEntry): QuizItem | null {
  if (entry.source.kind === 'cause') {
    const cause = causeById(entry.source.id);
    return cause ? { ...entry, seam: cause.seam, clauses: [cause.templateId] } : null;
  }
  const preset = presetById(entry.source.id);
  if (!preset) return null;
  const clauses = [...new Set((preset.clauses[preset.brokenSeam] ?? []).flatMap((c) => c.templateId ?? []))];
  return { ...entry, seam: preset.brokenSeam, clauses };
}

/** The quiz's bank: every entry whose source resolves. */
export const QUIZ_ITEMS: readonly QuizItem[] = QUIZ_ENTRIES.flatMap((e) => resolveEntry(e) ?? []);

const BY_ID: ReadonlyMap<string, QuizItem> = new Map(QUIZ_ITEMS.map((i) => [i.id, i]));

export function quizItemById(id: string): QuizItem | undefined {
  return BY_ID.get(id);
}
