import { PLACEMENT_LABEL } from '../../domain/pipeline';
import { Button } from '../../components/ui/Button';
import { LABEL } from '../../components/ui/fieldStyle';
import { appStore, useApp } from '../../store/appStore';

/**
 * A list longer than this is not read, only scrolled; the rest follow as these are confirmed, and
 * drawing 80,000 rows would freeze the page of a big import.
 */
const SHOWN = 50;

/** Components the classifier was unsure of: one click confirms, a click on the name moves it. */
export function ConfirmComponents() {
  const graph = useApp((s) => s.workspaces[s.activeId]?.pipeline);
  if (!graph) return null;
  const unsure = graph.components.filter((c) => c.uncertain);
  const shown = unsure.slice(0, SHOWN);
  const { confirmComponent, selectComponent } = appStore.getState();
  return (
    <div>
      <h2 className={LABEL}>
        Imported pipeline · {graph.components.length} components, {graph.edges.length} edges
      </h2>
      {unsure.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Every component's stage is confirmed.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            {unsure.length} {unsure.length === 1 ? 'component needs' : 'components need'} a look: is the stage right?
          </p>
          <ul className="mt-1 max-h-64 space-y-1 overflow-y-auto" aria-label="Components to confirm">
            {shown.map((c) => (
              <li key={c.id} className="flex items-center gap-2 text-sm">
                <button type="button" className="min-w-0 flex-1 truncate text-left hover:underline" title={c.name} onClick={() => selectComponent(c.id)}>
                  {c.name}
                </button>
                <Button className="shrink-0 py-0.5 text-xs" aria-label={`Confirm ${c.name} as ${PLACEMENT_LABEL[c.placement]}`} onClick={() => confirmComponent(c.id)}>
                  ✓ {PLACEMENT_LABEL[c.placement]}
                </Button>
              </li>
            ))}
          </ul>
          {unsure.length > SHOWN && (
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              Showing the first {SHOWN}; the next appear as these are confirmed. Search the graph to find one by name.
            </p>
          )}
        </>
      )}
    </div>
  );
}
