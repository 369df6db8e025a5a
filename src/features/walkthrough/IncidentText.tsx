import { useId, useState } from 'react';
import { SharedText } from '../../components/ui/SharedText';
import type { Answer } from '../../domain/diagnosis/types';
import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { appStore, useApp } from '../../store/appStore';
import { ANSWER_LABEL } from '../../domain/diagnosis/words';

/**
 * The incident text or notes. "Read it" suggests the symptoms and answers the text states, each
 * with the words it read; nothing is taken until the user confirms.
 */
export function IncidentText({ notes }: { notes: string }) {
  const id = useId();
  const { setWalkNotes, readIncidentText, dismissSuggestions, applySuggestions } = appStore.getState();
  const suggestions = useApp((s) => s.walkSuggestions);
  const kb = useApp((s) => s.diagnosis?.kb);
  const [off, setOff] = useState<ReadonlySet<string>>(new Set());
  const [changed, setChanged] = useState<ReadonlyMap<string, Answer>>(new Map());
  const toggle = (key: string) => setOff((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])));
  const count = suggestions ? suggestions.symptoms.length + suggestions.answers.length : 0;

  return (
    <div className="space-y-2">
      <label htmlFor={id} className={LABEL}>Incident text or notes</label>
      <SharedText
        multiline
        id={id}
        className={`${FIELD} field-sizing-content min-h-20 break-words`}
        value={notes}
        placeholder="Paste the channel message, ticket or status page, or type what you know: what is wrong, who is affected and who is not, since when, what changed…"
        onValue={setWalkNotes}
      />
      <Button disabled={notes.trim() === ''} onClick={() => { setOff(new Set()); setChanged(new Map()); readIncidentText(); }}>
        Suggest symptoms and answers from this text
      </Button>
      <p role="status" className="sr-only">
        {suggestions ? (count === 0 ? 'Nothing recognised in the text.' : `${count} suggestions to confirm.`) : ''}
      </p>
      {suggestions && kb && (
        <section aria-labelledby={`${id}-sug`} data-testid="suggestions" className="space-y-2 rounded-lg border border-sky-300 bg-sky-50/70 p-2 text-sm dark:border-sky-800 dark:bg-sky-950/40">
          <h3 id={`${id}-sug`} className="font-semibold">
            {count === 0 ? 'The text states nothing we recognise. Pick symptoms below or start with questions.' : `Found ${count} in your text: confirm or change`}
          </h3>
          {suggestions.truncated && <p className="text-xs">Only the start of a long text was read.</p>}
          <ul className="space-y-1">
            {suggestions.symptoms.map((s) => (
              <li key={s.symptomId}>
                <label className="flex gap-2">
                  <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-sky-700" checked={!off.has(`s:${s.symptomId}`)} onChange={() => toggle(`s:${s.symptomId}`)} data-suggested-symptom={s.symptomId} />
                  <span className="min-w-0">
                    <span className="font-medium">{kb.symptoms.find((x) => x.id === s.symptomId)?.label}</span>
                    <span className="block text-xs text-slate-600 italic dark:text-slate-400">read: “{s.quote}”</span>
                  </span>
                </label>
              </li>
            ))}
            {suggestions.answers.map((a) => {
              const q = kb.questions.find((x) => x.id === a.questionId);
              const value = changed.get(a.questionId) ?? a.answer;
              return (
                <li key={a.questionId} className="flex items-start gap-2">
                  <span className="min-w-0 flex-1">
                    <span className="font-medium">{q?.text}</span>
                    <span className="block text-xs text-slate-600 italic dark:text-slate-400">read: “{a.quote}”</span>
                  </span>
                  <select
                    aria-label={`Answer to: ${q?.text ?? a.questionId}`}
                    data-suggested-answer={a.questionId}
                    className="shrink-0 rounded-md border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-900"
                    value={value}
                    onChange={(e) => setChanged((m) => new Map([...m, [a.questionId, e.target.value as Answer]]))}
                  >
                    {(['yes', 'no', 'unsure'] as const).map((v) => <option key={v} value={v}>{ANSWER_LABEL[v]}</option>)}
                  </select>
                </li>
              );
            })}
          </ul>
          <div className="flex gap-2">
            {count > 0 && (
              <Button
                variant="primary"
                onClick={() =>
                  applySuggestions(
                    suggestions.symptoms.filter((s) => !off.has(`s:${s.symptomId}`)).map((s) => s.symptomId),
                    suggestions.answers.map((a) => ({ questionId: a.questionId, answer: changed.get(a.questionId) ?? a.answer })).filter((a) => a.answer !== 'unsure'),
                  )
                }
              >
                Use these
              </Button>
            )}
            <Button variant="ghost" onClick={dismissSuggestions}>Dismiss</Button>
          </div>
        </section>
      )}
    </div>
  );
}
