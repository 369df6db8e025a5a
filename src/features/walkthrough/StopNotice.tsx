import { useEffect, useRef } from 'react';
import type { StopReason } from '../../domain/diagnosis/progress';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';
import { WALK_START } from './focusWalkStart';

const SAID: Readonly<Record<StopReason, string>> = {
  settled: 'One seam stands out clearly.',
  stable: 'The leading seam stays first whatever the next answer: enough to act on.',
  'no-question': 'No question left would change the ranking.',
  cap: 'That is enough questions for a first verdict; it says what is still unknown.',
};

/** Why the walkthrough suggests the verdict now, with the way there. */
export function StopNotice({ reason, asked }: { reason: StopReason; asked: number }) {
  const { setWalkView } = appStore.getState();
  const button = useRef<HTMLButtonElement>(null);
  // The question that had focus is gone: the way on takes it, unless the user is elsewhere.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) button.current?.focus();
  }, []);
  return (
    <div data-testid="walk-stop" data-reason={reason} className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950/50">
      <p className="font-medium">{SAID[reason]}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{asked} {asked === 1 ? 'question' : 'questions'} answered.</p>
      <Button ref={button} {...{ [WALK_START]: '' }} variant="primary" className="mt-2" onClick={() => setWalkView('verdict')}>
        See the verdict →
      </Button>
    </div>
  );
}
