import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/Button';
import { templatesFor } from '../../domain/catalog';
import type { QuizAnswer } from '../../domain/quiz/score';
import type { QuizItem, QuizLevel } from '../../domain/quiz/types';
import { SEAM_LIST, type SeamId } from '../../domain/seams';
import { TID } from '../../testIds';
import { Choice } from './Choice';

/** The story, then a choice of seam (and at level 2 of that seam's clause), checked on submit. */
export function QuizQuestion({ item, level, onAnswer }: { item: QuizItem; level: QuizLevel; onAnswer: (a: QuizAnswer) => void }) {
  const [seam, setSeam] = useState<SeamId | null>(null);
  const [clause, setClause] = useState<string | null>(null);
  const complete = seam !== null && (level === 1 || clause !== null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!seam || !complete) return;
    onAnswer(level === 2 && clause ? { seam, clause } : { seam });
  };
  return (
    <form data-testid={TID.quizQuestion} data-item={item.id} onSubmit={submit} className="space-y-4">
      <blockquote className="rounded-lg border-l-4 border-sky-600 bg-sky-50 px-4 py-3 text-lg leading-relaxed dark:bg-sky-950/40">{item.story}</blockquote>
      <fieldset className="space-y-1.5">
        <legend className="mb-1 font-semibold">Where did the contract break?</legend>
        {SEAM_LIST.map((s) => (
          <Choice key={s.id} name="seam" value={s.id} checked={seam === s.id} onChange={() => { setSeam(s.id); setClause(null); }} label={s.name} hint={s.dimensions.join(', ')} />
        ))}
      </fieldset>
      {level === 2 && seam && (
        <fieldset className="space-y-1.5">
          <legend className="mb-1 font-semibold">Which clause, written down, would have prevented it?</legend>
          {templatesFor(seam).map((t) => (
            <Choice key={t.id} name="clause" value={t.id} checked={clause === t.id} onChange={() => setClause(t.id)} label={t.title} />
          ))}
        </fieldset>
      )}
      <Button type="submit" variant="primary" disabled={!complete}>
        Check
      </Button>
    </form>
  );
}
