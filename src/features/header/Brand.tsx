/** The app's name and mark, the same on the opening screen and in the header. */
export function Brand() {
  return (
    <div className="flex shrink-0 items-center gap-2">
      <img src="/favicon.svg" alt="" className="size-6" />
      <h1 className="whitespace-nowrap text-base font-semibold tracking-tight">Pipeline Seams</h1>
    </div>
  );
}

/** The header bar's frame. */
export const HEADER_BAR = 'flex h-12 shrink-0 items-center border-b border-slate-200 bg-white px-4 dark:border-slate-800 dark:bg-slate-900';
