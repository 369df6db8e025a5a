import { useId, useState } from 'react';
import { SYMPTOM_GROUPS, type Symptom } from '../../domain/diagnosis/types';
import { Button } from '../../components/ui/Button';
import { FIELD } from '../../components/ui/fieldStyle';
import { appStore } from '../../store/appStore';
import { IncidentText } from './IncidentText';
import { WALK_START } from './focusWalkStart';

interface Props {
  symptoms: readonly Symptom[];
  chosen: readonly string[];
  notes: string;
}

const matches = (s: Symptom, q: string) => {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = `${s.label} ${s.example} ${s.synonyms.join(' ')}`.toLowerCase();
  return words.every((w) => hay.includes(w));
};

/** Step one: what did you observe? Paste the incident text, or search and pick symptoms. */
export function SymptomPicker({ symptoms, chosen, notes }: Props) {
  const { toggleWalkSymptom, setWalkView } = appStore.getState();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = symptoms.filter((s) => matches(s, query));
  return (
    <div className="space-y-3">
      <IncidentText notes={notes} />
      <fieldset>
        <legend className="text-sm font-semibold">What did you observe?</legend>
        <p className="text-xs text-slate-600 dark:text-slate-400">Pick everything that applies, or none and start with questions. Symptoms, not causes.</p>
        <label htmlFor={searchId} className="sr-only">Search symptoms</label>
        <input
          id={searchId}
          type="search"
          {...{ [WALK_START]: '' }}
          className={`${FIELD} mt-2`}
          placeholder="Search symptoms: duplicates, stale, time zone, cost…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {shown.length === 0 && <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">No symptom matches “{query}”. Describe it in the incident text above instead.</p>}
        {SYMPTOM_GROUPS.map((g) => {
          const inGroup = shown.filter((s) => s.group === g);
          if (inGroup.length === 0) return null;
          return (
            <div key={g} className="mt-2">
              <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{g}</h3>
              <ul className="mt-1 space-y-0.5">
                {inGroup.map((s) => (
                  <li key={s.id}>
                    <label className="flex cursor-pointer gap-2 rounded-md px-2 py-1 hover:bg-slate-100 has-[:checked]:bg-sky-50 dark:hover:bg-slate-800 dark:has-[:checked]:bg-sky-950">
                      <input
                        type="checkbox"
                        className="mt-0.5 size-4 shrink-0 accent-sky-700"
                        checked={chosen.includes(s.id)}
                        onChange={() => toggleWalkSymptom(s.id)}
                        data-symptom={s.id}
                      />
                      <span className="min-w-0">
                        <span className="block text-sm font-medium">{s.label}</span>
                        <span className="block text-xs text-slate-600 italic dark:text-slate-400">“{s.example}”</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>
      <Button variant="primary" className="sticky bottom-0 w-full" onClick={() => setWalkView('questions')}>
        {chosen.length === 0 ? 'Start with questions →' : `Start questions with ${chosen.length} ${chosen.length === 1 ? 'symptom' : 'symptoms'} →`}
      </Button>
    </div>
  );
}
