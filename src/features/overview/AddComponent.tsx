import { useId, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { describeGraphEditError } from '../../domain/graphEdits';
import { PLACEMENT_LABEL, PLACEMENTS, type Placement } from '../../domain/pipeline';
import { appStore } from '../../store/appStore';
import { appEdits } from '../../store/appEdits';

/** A component the import missed, typed in at its stage; it opens at once so its edges can be drawn. */
export function AddComponent() {
  const [name, setName] = useState('');
  const [placement, setPlacement] = useState<Placement>('process');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  return (
    <form
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        const r = appEdits.addComponent(name, placement);
        if (!r.ok) return setProblem(describeGraphEditError(r.error));
        setName('');
        setProblem(null);
        appStore.getState().selectComponent(r.id);
        requestAnimationFrame(() => document.getElementById('component-title')?.focus());
      }}
    >
      <h2 id={`${id}-title`} className={LABEL}>Add a component</h2>
      <div className="mt-1 grid grid-cols-[1fr_auto] gap-2">
        <label className="col-span-2 block text-sm">
          <span className="sr-only">Name</span>
          <input
            className={FIELD}
            value={name}
            placeholder="Name, e.g. Kafka Connect"
            aria-label="New component name"
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
          />
        </label>
        <select aria-label="Stage of the new component" className={FIELD} value={placement} onChange={(e) => setPlacement(e.target.value as Placement)}>
          {PLACEMENTS.map((p) => (
            <option key={p} value={p}>{PLACEMENT_LABEL[p]}</option>
          ))}
        </select>
        <Button type="submit" disabled={!name.trim()}>Add</Button>
      </div>
      {problem && <p id={`${id}-problem`} role="alert" className="mt-1 text-sm text-rose-800 dark:text-rose-300">{problem}</p>}
    </form>
  );
}
