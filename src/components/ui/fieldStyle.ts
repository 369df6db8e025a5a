/** Shared look for inputs, selects and textareas. */
export const FIELD =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-400 focus:border-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-500';
export const LABEL = 'text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400';
