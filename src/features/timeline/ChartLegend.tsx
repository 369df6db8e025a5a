/** What the marks on the chart mean, in the chart's own colours. */
export function ChartLegend() {
  const item = 'inline-flex items-center gap-1.5';
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      <li className={item}><span aria-hidden="true" className="h-3.5 w-1.5 rounded-sm bg-sky-700 dark:bg-sky-300" />scheduled start</li>
      <li className={item}><span aria-hidden="true" className="h-3.5 w-1.5 rounded-sm bg-amber-600 dark:bg-amber-300" />finished writing</li>
      <li className={item}><span aria-hidden="true" className="h-3.5 border-l-2 border-dashed border-amber-600 dark:border-amber-300" />when what it reads is done</li>
      <li className={item}><span aria-hidden="true" className="h-3 w-4 border border-rose-700 bg-rose-500/40 dark:border-rose-300 dark:bg-rose-400/40" />rows never loaded</li>
    </ul>
  );
}
