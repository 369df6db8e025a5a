import type { QuizLevel } from './types';

const SEED = /^[a-z0-9]{1,24}$/;

export function isSeed(value: string): boolean {
  return SEED.test(value);
}

/** A short seed a lead can read out on a call: six letters and digits. */
export function newSeed(random: () => number): string {
  let seed = '';
  for (let i = 0; i < 6; i++) seed += Math.floor(random() * 36).toString(36);
  return seed;
}

export interface QuizLink {
  readonly seed: string;
  readonly level: QuizLevel;
}

/** The address fragment of a shared round: `#quiz=k3x9pa`, with `&level=2` for the clause level. */
export function quizFragment({ seed, level }: QuizLink): string {
  return level === 2 ? `#quiz=${seed}&level=2` : `#quiz=${seed}`;
}

/** The round a fragment names, or null when it names none (or a seed this app would not make). */
export function readQuizFragment(hash: string): QuizLink | null {
  if (!hash.startsWith('#quiz=')) return null;
  const params = new URLSearchParams(hash.slice(1));
  const seed = (params.get('quiz') ?? '').toLowerCase();
  if (!isSeed(seed)) return null;
  return { seed, level: params.get('level') === '2' ? 2 : 1 };
}
