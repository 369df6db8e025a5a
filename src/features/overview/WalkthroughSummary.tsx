import { SEAMS } from '../../domain/seams';
import { Button } from '../../components/ui/Button';
import { LABEL } from '../../components/ui/fieldStyle';
import { appStore, useApp } from '../../store/appStore';

/** The saved question-and-answer trail, if any, with a way back into it. */
export function WalkthroughSummary() {
  const trail = useApp((s) => s.workspaces[s.activeId]?.walkthrough);
  if (!trail || (trail.symptoms.length === 0 && trail.steps.length === 0)) return null;
  const { openWalkthrough } = appStore.getState();
  return (
    <div>
      <h2 className={LABEL}>Walkthrough</h2>
      <div className="mt-1 flex items-center gap-2 rounded-lg border border-slate-200 p-2 text-sm dark:border-slate-700">
        <p className="min-w-0 flex-1">
          {trail.symptoms.length} {trail.symptoms.length === 1 ? 'symptom' : 'symptoms'}, {trail.steps.length}{' '}
          {trail.steps.length === 1 ? 'answer' : 'answers'}
          {trail.accepted ? (
            <>
              {' '}· accepted: <span className="font-medium">{SEAMS[trail.accepted.seam].name}</span>
            </>
          ) : (
            ' · in progress'
          )}
        </p>
        <Button onClick={() => void openWalkthrough()}>Reopen</Button>
      </div>
    </div>
  );
}
