import type { Symptom } from '../../domain/diagnosis/types';
import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { appStore } from '../../store/appStore';

interface Props {
  symptoms: readonly Symptom[];
  chosen: readonly string[];
  notes: string;
}

/** Step one: what did you observe? In the words people use in an incident channel. */
export function SymptomPicker({ symptoms, chosen, notes }: Props) {
  const { toggleWalkSymptom, setWalkNotes, setWalkView } = appStore.getState();
  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="text-sm font-semibold">What did you observe?</legend>
        <p className="text-xs text-slate-500 dark:text-slate-400">Pick everything that applies. Symptoms, not causes.</p>
        <ul className="mt-2 space-y-1">
          {symptoms.map((s) => (
            <li key={s.id}>
              <label className="flex cursor-pointer gap-2 rounded-md px-2 py-1.5 hover:bg-slate-100 has-[:checked]:bg-sky-50 dark:hover:bg-slate-800 dark:has-[:checked]:bg-sky-950">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 shrink-0 accent-sky-700"
                  checked={chosen.includes(s.id)}
                  onChange={() => toggleWalkSymptom(s.id)}
                  data-symptom={s.id}
                />
                <span className="min-w-0">
                  <span className="block text-sm font-medium">{s.label}</span>
                  <span className="block text-xs text-slate-500 italic dark:text-slate-400">“{s.example}”</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="block">
        <span className={LABEL}>Anything else you noticed</span>
        <textarea
          className={`${FIELD} field-sizing-content mt-1 min-h-16 break-words`}
          value={notes}
          placeholder="When it started, what changed, who noticed…"
          onChange={(e) => setWalkNotes(e.target.value)}
        />
      </label>
      <Button variant="primary" className="w-full" disabled={chosen.length === 0} onClick={() => setWalkView('questions')}>
        Start questions →
      </Button>
    </div>
  );
}
