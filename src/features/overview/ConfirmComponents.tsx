import { isConfirmed, PLACEMENT_LABEL } from '../../domain/pipeline';
import { Button } from '../../components/ui/Button';
import { LABEL } from '../../components/ui/fieldStyle';
import { focusAfter } from '../../components/ui/focusAfter';
import { appStore, useApp } from '../../store/appStore';

/**
 * A list longer than this is not read, only scrolled; the rest follow as these are confirmed, and
 * drawing 80,000 rows would freeze the page of a big import.
 */
const SHOWN = 50;

/**
 * Components whose stage no person has confirmed: the classifier's doubtful ones first, then its
 * sure guesses, which are still guesses. One click confirms, a click on the name opens it.
 */
export function ConfirmComponents() {
  const graph = useApp((s) => s.workspaces[s.activeId]?.pipeline);
  if (!graph) return null;
  const open = graph.components.filter((c) => !isConfirmed(c));
  const doubtful = open.filter((c) => c.uncertain).length;
  const shown = [...open.filter((c) => c.uncertain), ...open.filter((c) => !c.uncertain)].slice(0, SHOWN);
  const { confirmComponent, selectComponent, sayGraph } = appStore.getState();
  return (
    <div>
      <h2 id="pipeline-heading" tabIndex={-1} className={`${LABEL} focus-visible:outline-2 focus-visible:outline-sky-600`}>
        Imported pipeline · {graph.components.length} components, {graph.edges.length} edges
      </h2>
      {open.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300" data-testid="confirm-summary">Every component's stage is confirmed by you.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300" data-testid="confirm-summary">
            {graph.components.length - open.length} of {graph.components.length} stages confirmed by you.{' '}
            {doubtful > 0 && `${doubtful} ${doubtful === 1 ? 'needs' : 'need'} a look; `}
            {open.length - doubtful > 0 && `${open.length - doubtful} ${doubtful > 0 ? 'more ' : ''}guessed with confidence.`}
          </p>
          <ul className="mt-1 max-h-64 space-y-1 overflow-y-auto" aria-label="Components to confirm">
            {shown.map((c, i) => (
              <li key={c.id} className="flex items-center gap-2 text-sm">
                <button type="button" className="min-w-0 flex-1 truncate text-left hover:underline focus-visible:outline-2 focus-visible:outline-sky-600" title={c.name} onClick={() => selectComponent(c.id)}>
                  {c.uncertain && (
                    <>
                      <span aria-hidden>? </span>
                      <span className="sr-only">needs a look: </span>
                    </>
                  )}
                  {c.name}
                </button>
                <Button
                  id={`confirm-${i}`}
                  className="shrink-0 py-0.5 text-xs"
                  aria-label={`Confirm ${c.name} as ${PLACEMENT_LABEL[c.placement]}`}
                  onClick={() => {
                    confirmComponent(c.id);
                    sayGraph(`Confirmed “${c.name}” at ${PLACEMENT_LABEL[c.placement]}.`);
                    // Its row goes: the next one takes its place, or the one before, or the heading.
                    focusAfter(`confirm-${i}`, `confirm-${i - 1}`, 'pipeline-heading');
                  }}
                >
                  ✓ {PLACEMENT_LABEL[c.placement]}
                </Button>
              </li>
            ))}
          </ul>
          {open.length > SHOWN && (
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              Showing the first {SHOWN}; the next appear as these are confirmed. Search the graph to find one by name.
            </p>
          )}
        </>
      )}
    </div>
  );
}
