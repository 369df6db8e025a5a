import type { Placement } from '../pipeline';
import type { SeamId } from '../seams';
import { seamTouches, stagesNamed } from './named';
import { firstHit, phraseRegex } from './phrases';
import { SEAM_WORDS } from './seamWords';

/**
 * What the incident text itself tells an engineer about where to look, before any question: the
 * products it names (each pointing at its stage's two seams) and the words it uses for one seam's
 * own mechanism. Each counts once per stage or seam, however often the text repeats it.
 */
export type TextClue =
  | { readonly kind: 'technology'; readonly stage: Placement; readonly name: string }
  | { readonly kind: 'word'; readonly seam: SeamId; readonly word: string };

/**
 * P(clue | a cause at this seam) and at any other. A named product points at two seams, so it
 * doubles their odds; a seam's own word points at one, so it triples them. Either is weaker than
 * a strong answer (5.7): the text says where people looked, not yet where it broke.
 */
export const CLUE_LIKELIHOOD = {
  technology: { here: 0.6, elsewhere: 0.3 },
  word: { here: 0.6, elsewhere: 0.2 },
} as const;

let memo: { text: string; clues: readonly TextClue[] } | null = null;

function seamWordsIn(text: string): TextClue[] {
  // Underscores split identifiers into words (asset_sensor, kafka_topic) and keep every index.
  const sample = text.slice(0, 20_000).replace(/_/g, ' ');
  return SEAM_WORDS.flatMap((s): TextClue[] => {
    const hit = firstHit(sample, s.words);
    if (!hit) return [];
    // The words as the text spells them ("rebalanced", not the pattern "rebalanc*").
    const re = phraseRegex(hit.phrase);
    re.lastIndex = hit.index;
    return [{ kind: 'word', seam: s.seam, word: re.exec(sample)?.[0].replace(/\s+/g, ' ') ?? hit.phrase }];
  });
}

export function cluesIn(text: string): readonly TextClue[] {
  if (memo?.text === text) return memo.clues;
  const clues: TextClue[] = [...stagesNamed(text).map((n): TextClue => ({ kind: 'technology', stage: n.stage, name: n.name })), ...seamWordsIn(text)];
  memo = { text, clues };
  return clues;
}

export function clueLikelihood(seam: SeamId, clue: TextClue): number {
  if (clue.kind === 'technology') return seamTouches(seam, clue.stage) ? CLUE_LIKELIHOOD.technology.here : CLUE_LIKELIHOOD.technology.elsewhere;
  return clue.seam === seam ? CLUE_LIKELIHOOD.word.here : CLUE_LIKELIHOOD.word.elsewhere;
}

/** A stable key for memoising on the clues, not on every keystroke of the notes. */
export const cluesKey = (clues: readonly TextClue[]): string =>
  clues.map((c) => (c.kind === 'technology' ? `t:${c.stage}:${c.name}` : `w:${c.seam}:${c.word.toLowerCase()}`)).join(' ');
