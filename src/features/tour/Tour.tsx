import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';
import { TOUR_STEPS } from './tourSteps';
import { useTargetBox, type Box } from './useTargetBox';

const GAP = 12;
const CARD = 352;

/** The card sits below its target, or above it when the target is in the lower half; on a phone it spans the width. */
function cardPlace(box: Box | null): CSSProperties {
  const narrow = window.innerWidth < 640;
  const width = narrow ? window.innerWidth - 16 : CARD;
  if (!box) return { width, left: (window.innerWidth - width) / 2, top: window.innerHeight / 3 };
  const left = Math.min(Math.max(8, box.left), window.innerWidth - width - 8);
  const below = box.top + box.height / 2 < window.innerHeight / 2;
  return below ? { width, left, top: Math.min(box.top + box.height + GAP, window.innerHeight - 220) } : { width, left, bottom: Math.max(8, window.innerHeight - box.top + GAP) };
}

/**
 * The first-visit tour, in a modal dialog: the browser keeps focus inside it, Escape skips it,
 * ← and → or Back and Next move between steps, and each step is announced.
 */
export function Tour() {
  const [at, setAt] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const step = TOUR_STEPS[at]!;
  const last = at === TOUR_STEPS.length - 1;
  const box = useTargetBox(step.targets);
  const { endTour } = appStore.getState();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // The browser starts on the first button, Skip; a newcomer should land on Next.
    next.current?.focus();
    return () => d?.close();
  }, []);
  useEffect(() => {
    if (!dialog.current?.contains(document.activeElement) || document.activeElement === dialog.current) next.current?.focus();
  }, [at]);

  // A modal dialog still lets Tab out to the browser's own toolbar; keep it on the step's buttons.
  const cycle = (back: boolean) => {
    const buttons = [...(dialog.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLElement);
    buttons[(i + (back ? -1 : 1) + buttons.length) % buttons.length]?.focus();
  };
  const go = (to: number) => setAt(Math.min(Math.max(0, to), TOUR_STEPS.length - 1));
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight') go(at + 1);
    else if (e.key === 'ArrowLeft') go(at - 1);
    else if (e.key === 'Tab') cycle(e.shiftKey);
    else return;
    e.preventDefault();
  };

  return (
    <dialog
      ref={dialog}
      data-testid={TID.tour}
      data-step={step.id}
      aria-labelledby="tour-title"
      aria-describedby="tour-body"
      onCancel={(e) => {
        e.preventDefault();
        endTour();
      }}
      onKeyDown={onKey}
      className="m-0 h-full max-h-none w-full max-w-none overflow-hidden bg-transparent p-0 backdrop:bg-transparent"
    >
      <div
        aria-hidden
        className={`pointer-events-none fixed rounded-xl transition-all duration-200 motion-reduce:transition-none ${box ? 'ring-4 ring-sky-400' : 'inset-0'}`}
        style={box ? { ...box, boxShadow: '0 0 0 200vmax rgb(2 6 23 / 0.55)' } : { background: 'rgb(2 6 23 / 0.55)' }}
      />
      <div className="fixed rounded-xl border border-slate-200 bg-white p-4 text-slate-900 shadow-2xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100" style={cardPlace(box)}>
        <p className="text-xs font-semibold tracking-wide text-violet-700 uppercase dark:text-violet-300">Tour · {at + 1} of {TOUR_STEPS.length}</p>
        <h2 id="tour-title" className="mt-0.5 text-lg font-semibold">{step.title}</h2>
        <p id="tour-body" className="mt-1 text-sm leading-relaxed text-slate-700 dark:text-slate-300">{step.body}</p>
        <div className="mt-3 flex items-center gap-2">
          <Button variant="ghost" onClick={endTour}>Skip tour</Button>
          <span className="ml-auto" />
          {at > 0 && <Button onClick={() => go(at - 1)}>Back</Button>}
          <Button ref={next} variant="primary" onClick={() => (last ? endTour() : go(at + 1))}>{last ? 'Done' : 'Next'}</Button>
        </div>
        <p aria-live="polite" className="sr-only">{`Step ${at + 1} of ${TOUR_STEPS.length}: ${step.title}`}</p>
      </div>
    </dialog>
  );
}
