import { useId, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { duration, parseClock, clockTime } from '../../domain/timeline/clock';
import type { FreshnessNeed, Timeline } from '../../domain/timeline/types';

/** The learner names a consumer and how fresh it needs a task's output; the chart draws its window and flags a miss. */
export function NeedForm({ timeline, onAdd, onRemove }: { timeline: Timeline; onAdd: (need: FreshnessNeed) => void; onRemove: (index: number) => void }) {
  const id = useId();
  const [consumer, setConsumer] = useState('');
  const [task, setTask] = useState(timeline.tasks[0]?.id ?? '');
  const [age, setAge] = useState('');
  const [unit, setUnit] = useState<'h' | 'min'>('h');
  const [by, setBy] = useState('');
  const ageMinutes = Number(age) * (unit === 'h' ? 60 : 1);
  const byMinute = by === '' ? undefined : parseClock(by);
  const ready = consumer.trim() !== '' && task !== '' && Number.isFinite(ageMinutes) && ageMinutes > 0 && byMinute !== null;
  const names = new Map(timeline.tasks.map((t) => [t.id, t.name]));

  return (
    <fieldset className="space-y-2">
      <legend className={LABEL}>A consumer&apos;s freshness need</legend>
      {timeline.needs.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label="Consumers">
          {timeline.needs.map((n, i) => (
            <li key={`${n.consumer}:${i}`} className="flex items-center justify-between gap-2">
              <span>{`${n.consumer} needs ${names.get(n.task) ?? n.task} no older than ${duration(n.maxAgeMinutes)}${n.by === undefined ? '' : `, by ${clockTime(n.by)}`}`}</span>
              <Button variant="ghost" className="px-2 py-0.5" aria-label={`Remove ${n.consumer}`} onClick={() => onRemove(i)}>✕</Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          onAdd({ consumer: consumer.trim(), task, maxAgeMinutes: ageMinutes, ...(byMinute === undefined ? {} : { by: byMinute }) });
          setConsumer('');
        }}
      >
        <label className="w-40 text-xs">Consumer<input className={`${FIELD} mt-0.5`} value={consumer} onChange={(e) => setConsumer(e.target.value)} placeholder="e.g. fraud model" /></label>
        <label className="w-36 text-xs">Reads<select className={`${FIELD} mt-0.5`} value={task} onChange={(e) => setTask(e.target.value)}>{timeline.tasks.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select></label>
        <div className="flex items-end gap-1">
          <label className="w-28 shrink-0 text-xs">No older than<input id={`${id}-age`} className={`${FIELD} mt-0.5`} type="number" min={1} value={age} onChange={(e) => setAge(e.target.value)} /></label>
          <select aria-label="Unit" className={`${FIELD} w-18`} value={unit} onChange={(e) => setUnit(e.target.value === 'min' ? 'min' : 'h')}><option value="h">h</option><option value="min">min</option></select>
        </div>
        <label className="w-36 text-xs">Needed by (optional)<input className={`${FIELD} mt-0.5`} type="time" value={by} onChange={(e) => setBy(e.target.value)} /></label>
        <div><Button type="submit" disabled={!ready}>Add consumer</Button></div>
      </form>
    </fieldset>
  );
}
