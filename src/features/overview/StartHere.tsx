import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';

/** What an empty workspace offers: something to look at, something to bring, something to solve. */
export function StartHere({ examplesId }: { examplesId: string }) {
  const { openImport, openWalkthrough, startTour, openLesson } = appStore.getState();
  return (
    <section data-testid={TID.startHere} aria-labelledby="start-here-title" className="rounded-lg border border-sky-200 bg-sky-50 p-3 dark:border-sky-900 dark:bg-sky-950/50">
      <h2 id="start-here-title" className="text-sm font-semibold">Nothing here yet. Start with one of these:</h2>
      <ul className="mt-2 space-y-1.5 text-sm">
        <li className="flex items-center justify-between gap-2">
          <span>See a seam break in a worked example</span>
          <Button className="shrink-0" onClick={() => document.getElementById(examplesId)?.querySelector('button')?.focus()}>Pick one</Button>
        </li>
        <li className="flex items-center justify-between gap-2">
          <span>Bring your own pipeline</span>
          <Button className="shrink-0" onClick={() => openImport()}>Import…</Button>
        </li>
        <li className="flex items-center justify-between gap-2">
          <span>Triage an incident of yours</span>
          <Button className="shrink-0" onClick={() => void openWalkthrough()}>Start triage</Button>
        </li>
      </ul>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        New to this?{' '}
        <button type="button" className="underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600" onClick={startTour}>Take the tour</button>
        {' '}or{' '}
        <button type="button" className="underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600" onClick={() => openLesson({ kind: 'stage', stage: 'generate' })}>read the lessons</button>.
      </p>
    </section>
  );
}
