import { presetById } from '../../domain/presets';
import { Button } from '../../components/ui/Button';
import { appStore, useApp } from '../../store/appStore';
import { selectWalk } from '../../store/walkthroughSelectors';
import type { WalkView } from '../../store/walkthroughSlice';
import { CaseFile } from './CaseFile';
import { AskCard } from './AskCard';
import { Replay } from './Replay';
import { RevealCard } from './RevealCard';
import { SeamRanking } from './SeamRanking';
import { StopNotice } from './StopNotice';
import { SymptomPicker } from './SymptomPicker';
import { Trail } from './Trail';
import { VerdictCard } from './VerdictCard';
import { KEY } from '../shortcuts/keys';
import { useKeyShortcut } from '../shortcuts/useKeyShortcut';

const VIEWS: readonly { id: WalkView; label: string }[] = [
  { id: 'symptoms', label: 'What you saw' },
  { id: 'questions', label: 'Questions' },
  { id: 'verdict', label: 'Verdict' },
];

/** "Where did it break?": what you saw, one question at a time, then a verdict to accept. */
export function WalkthroughPanel() {
  const walk = useApp(selectWalk);
  const diagnosis = useApp((s) => s.diagnosis);
  const view = useApp((s) => s.walkView);
  const replayAt = useApp((s) => s.replayAt);
  const trail = useApp((s) => s.workspaces[s.activeId]?.walkthrough);
  const presetId = useApp((s) => s.workspaces[s.activeId]?.presetId);
  const { closeWalkthrough, setWalkView, setReplayAt } = appStore.getState();
  useKeyShortcut(KEY.verdict, () => setWalkView('verdict'));
  if (!walk || !diagnosis) return null;
  const { kb } = diagnosis;
  const preset = presetId ? presetById(presetId) : undefined;
  const fullSteps = trail?.steps ?? [];
  const { progress } = walk;
  const ranking = <SeamRanking kb={kb} seams={walk.ranking.seams} reasons={walk.reasons} hasEvidence={walk.ranking.hasEvidence} />;
  const revealed = walk.reveal;

  return (
    <section id="walkthrough" data-testid="walkthrough-panel" data-view={view} aria-labelledby="walk-title" className="space-y-4">
      {/* Sticks to the top of the panel, so "Show verdict now" stays in reach on a phone's scrolled sheet too. */}
      <header className="sticky -top-4 z-10 -mx-4 -mt-4 flex items-center gap-1.5 bg-white px-4 pt-4 pb-2 dark:bg-slate-900">
        <h2 id="walk-title" tabIndex={-1} className="min-w-0 flex-1 truncate text-base font-semibold">Where did it break?</h2>
        {/* Always here, whatever the step: answers never push it further away. */}
        {view !== 'verdict' && (
          <Button data-testid="show-verdict-now" className="px-2 py-1 text-xs" aria-keyshortcuts={KEY.verdict.toUpperCase()} title={`Show verdict now (${KEY.verdict.toUpperCase()})`} onClick={() => setWalkView('verdict')}>
            Show verdict now
          </Button>
        )}
        <Button variant="ghost" className="px-1.5" aria-label="Close the walkthrough" onClick={closeWalkthrough}>✕</Button>
      </header>
      <nav aria-label="Walkthrough steps">
        <ol className="flex gap-1 text-xs">
          {VIEWS.map((v, i) => (
            <li key={v.id} className="flex-1">
              <button
                type="button"
                aria-current={view === v.id ? 'step' : undefined}
                onClick={() => setWalkView(v.id)}
                className={`w-full rounded-md border px-2 py-1 font-medium ${view === v.id ? 'border-sky-600 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100' : 'border-slate-200 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800'}`}
              >
                {i + 1}. {v.label}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {preset && !revealed && <CaseFile kb={kb} preset={preset} />}

      {view === 'symptoms' && <SymptomPicker symptoms={kb.symptoms} chosen={walk.session.symptoms} notes={walk.session.notes} />}

      {view === 'questions' && (
        <>
          {replayAt !== null ? (
            <Replay kb={kb} steps={fullSteps} at={replayAt} />
          ) : progress.stop || !progress.next ? (
            <StopNotice reason={progress.stop ?? 'no-question'} asked={progress.asked} />
          ) : (
            <AskCard kb={kb} session={walk.session} question={progress.next} number={progress.asked + 1} aboutLeft={progress.aboutLeft} />
          )}
          {ranking}
          {replayAt === null && <Trail kb={kb} steps={walk.session.steps} />}
          {replayAt === null && fullSteps.length > 0 && (
            <Button variant="ghost" onClick={() => setReplayAt(0)}>Replay the trail</Button>
          )}
        </>
      )}

      {view === 'verdict' && (
        <>
          {revealed && preset && <RevealCard kb={kb} preset={preset} reveal={revealed} />}
          <VerdictCard walk={walk} accepted={trail?.accepted !== undefined} takeFocus={!revealed} />
          {ranking}
        </>
      )}
    </section>
  );
}
