import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { isConfirmed, PLACEMENT_LABEL, PLACEMENTS, type Placement } from '../../domain/pipeline';
import { appStore, useApp } from '../../store/appStore';
import { EdgeList } from './EdgeList';
import { focusAfter } from '../../components/ui/focusAfter';
import { MergeOrDelete } from './MergeOrDelete';
import { RenameField } from './RenameField';

/** One imported component: its name, stage and edges, each correctable by hand. */
export function ComponentPanel({ id }: { id: string }) {
  // Another component is another form: nothing half-typed or half-picked carries over.
  return <ComponentDetails key={id} id={id} />;
}

function ComponentDetails({ id }: { id: string }) {
  const graph = useApp((s) => s.workspaces[s.activeId]?.pipeline);
  const c = graph?.components.find((x) => x.id === id);
  const { placeComponent, confirmComponent, selectComponent, sayGraph } = appStore.getState();
  if (!graph || !c) return null;
  const confirmed = isConfirmed(c);

  return (
    <section data-testid="component-panel" aria-labelledby="component-title" className="space-y-4">
      <header className="flex items-start gap-2">
        <h2 id="component-title" tabIndex={-1} className="min-w-0 flex-1 text-lg font-semibold break-words focus-visible:outline-2 focus-visible:outline-sky-600">{c.name}</h2>
        <Button variant="ghost" className="-mt-1 px-2" aria-label="Close component" onClick={() => selectComponent(null)}>✕</Button>
      </header>
      <RenameField key={c.name} id={id} name={c.name} />
      <div>
        <label className="block">
          <span className={LABEL}>Stage</span>
          <select id="component-stage" className={`${FIELD} mt-1`} value={c.placement} onChange={(e) => {
              const to = e.target.value as Placement;
              placeComponent(id, to);
              sayGraph(`Moved “${c.name}” to ${PLACEMENT_LABEL[to]}, confirmed by you.`);
            }}>
            {PLACEMENTS.map((p) => (
              <option key={p} value={p}>{PLACEMENT_LABEL[p]}</option>
            ))}
          </select>
        </label>
        {confirmed ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-200" data-testid="stage-status" data-confirmed="true">
            <span aria-hidden>✓ </span>Stage confirmed by you.
          </p>
        ) : (
          <div
            data-testid="stage-status"
            data-confirmed="false"
            className={`mt-1 flex flex-wrap items-center gap-2 rounded-md p-2 text-sm ${c.uncertain ? 'bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100' : 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100'}`}
          >
            <span className="min-w-0 flex-[1_1_12rem]">
              Guessed, not confirmed: {c.reason} · {Math.round(c.confidence * 100)}% sure.
            </span>
            <Button
              onClick={() => {
                confirmComponent(id);
                sayGraph(`Confirmed “${c.name}” at ${PLACEMENT_LABEL[c.placement]}.`);
                focusAfter('component-stage');
              }}
            >
              Confirm {PLACEMENT_LABEL[c.placement]}
            </Button>
          </div>
        )}
      </div>
      <EdgeList c={c} graph={graph} />
      <MergeOrDelete c={c} graph={graph} />
    </section>
  );
}
