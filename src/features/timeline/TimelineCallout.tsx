import { TimelineButton } from './TimelineButton';

/** A line that says what the timeline shows, with the button that opens it. */
export function TimelineCallout({ text }: { text: string }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 dark:border-slate-700 dark:bg-slate-800/60">
      <p className="min-w-0 flex-1 text-sm text-slate-700 dark:text-slate-300">{text}</p>
      <TimelineButton />
    </div>
  );
}
