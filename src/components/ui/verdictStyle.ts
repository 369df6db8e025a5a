import type { Verdict } from '../../domain/verdict';

/** Tailwind classes per verdict: text and a tinted surface, tuned for both themes. */
export const VERDICT_TONE: Readonly<Record<Verdict, { text: string; surface: string; border: string; stroke: string }>> = {
  unknown: {
    text: 'text-slate-600 dark:text-slate-300',
    surface: 'bg-white dark:bg-slate-900',
    border: 'border-slate-300 dark:border-slate-600',
    stroke: 'stroke-slate-400 dark:stroke-slate-400',
  },
  holds: {
    text: 'text-emerald-700 dark:text-emerald-300',
    surface: 'bg-emerald-50 dark:bg-emerald-950',
    border: 'border-emerald-400 dark:border-emerald-600',
    stroke: 'stroke-emerald-500',
  },
  suspect: {
    text: 'text-amber-800 dark:text-amber-300',
    surface: 'bg-amber-50 dark:bg-amber-950',
    border: 'border-amber-400 dark:border-amber-600',
    stroke: 'stroke-amber-500',
  },
  broken: {
    text: 'text-rose-700 dark:text-rose-300',
    surface: 'bg-rose-50 dark:bg-rose-950',
    border: 'border-rose-400 dark:border-rose-600',
    stroke: 'stroke-rose-500',
  },
};
