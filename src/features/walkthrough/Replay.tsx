import type { KnowledgeBase } from '../../domain/diagnosis/knowledgeBase';
import { stepWords } from '../../domain/diagnosis/groups';
import type { Step } from '../../domain/diagnosis/session';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';
import { ANSWER_LABEL } from '../../domain/diagnosis/words';


/** Steps through a saved trail one answer at a time, with the ranking as it stood then. */
export function Replay({ kb, steps, at }: { kb: KnowledgeBase; steps: readonly Step[]; at: number }) {
  const { setReplayAt } = appStore.getState();
  const step = at > 0 ? steps[at - 1] : undefined;
  const w = step ? stepWords(kb, step, ANSWER_LABEL) : undefined;
  return (
    <section aria-label="Replay" className="space-y-2 rounded-lg border border-violet-300 bg-violet-50 p-3 dark:border-violet-800 dark:bg-violet-950/40">
      <p className="text-xs font-semibold text-violet-900 dark:text-violet-200" aria-live="polite">
        Replay · step {at} of {steps.length}
      </p>
      <p className="text-sm">{w ? <>{w.question} <strong>— {w.answer}</strong></> : 'Symptoms only, before any question.'}</p>
      <div className="flex gap-2">
        <Button disabled={at === 0} onClick={() => setReplayAt(at - 1)}>← Previous</Button>
        <Button disabled={at >= steps.length} onClick={() => setReplayAt(at + 1)}>Next →</Button>
        <Button variant="ghost" className="ml-auto" onClick={() => setReplayAt(null)}>End replay</Button>
      </div>
    </section>
  );
}
