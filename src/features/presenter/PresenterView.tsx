import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '../../components/ui/Button';
import { FullScreenDialog } from '../../components/ui/FullScreenDialog';
import { scriptFor } from '../../domain/presenter/scripts';
import { presenterSteps, stepTo } from '../../domain/presenter/steps';
import { presetById } from '../../domain/presets';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';
import { PresenterSlide } from './PresenterSlide';

const MOVES: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: -Infinity,
  End: Infinity,
};

// Presenting starts from the Examples menu, which has closed by the time the lead leaves.
const examplesButton = () => document.querySelector<HTMLElement>(`[data-testid="${TID.examplesButton}"]`);

/** A worked example told one step at a time in large type, for a lead sharing a screen. */
export function PresenterView({ presetId }: { presetId: string }) {
  const preset = presetById(presetId);
  const script = scriptFor(presetId);
  const steps = preset && script ? presenterSteps(preset, script) : [];
  const [index, setIndex] = useState(0);
  const slide = useRef<HTMLElement>(null);
  const { closeTeaching } = appStore.getState();
  // The slide takes focus on every step, so a screen reader reads it and the keys keep working.
  useEffect(() => slide.current?.focus(), [index]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    const move = MOVES[e.key];
    if (move === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    // Space on a button would also click it: the move happens once, here.
    e.preventDefault();
    setIndex((i) => (Number.isFinite(move) ? stepTo(i, move, steps.length) : move > 0 ? steps.length - 1 : 0));
  };

  const step = steps[index];
  return (
    <FullScreenDialog label={`Presenting: ${preset?.title ?? 'example'}`} testId={TID.presenter} onClose={closeTeaching} onKeyDown={onKeyDown} returnFocus={examplesButton}>
      <div className="flex min-h-full flex-col px-6 py-5 md:px-12">
        <div className="flex items-center gap-3 text-base text-slate-600 dark:text-slate-300">
          <span data-testid="presenter-progress" aria-live="polite">
            Step {index + 1} of {steps.length}
          </span>
          <span className="max-md:hidden">· → or Space: next · ←: back · Esc: leave</span>
          <Button variant="ghost" className="ml-auto" onClick={closeTeaching} aria-label="Leave presenter mode">
            ✕
          </Button>
        </div>
        {step ? <PresenterSlide ref={slide} step={step} /> : <p className="m-auto text-2xl">This example cannot be presented.</p>}
        <div className="flex justify-between gap-3 pt-4">
          <Button disabled={index === 0} onClick={() => setIndex((i) => stepTo(i, -1, steps.length))}>
            ← Back
          </Button>
          <Button variant="primary" disabled={index >= steps.length - 1} onClick={() => setIndex((i) => stepTo(i, 1, steps.length))}>
            Next →
          </Button>
        </div>
      </div>
    </FullScreenDialog>
  );
}
