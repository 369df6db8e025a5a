import { handoffKind, seamOfEdge, seamsBetween, PLACEMENT_LABEL, PLACEMENTS, type Placement } from '../../domain/pipeline';
import type { Stage } from '../../domain/stages';
import { SEAMS } from '../../domain/seams';
import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { appStore, useApp } from '../../store/appStore';

/** One imported component: where it was placed and why, its handoffs, and a way to move it. */
export function ComponentPanel({ id }: { id: string }) {
  const graph = useApp((s) => s.workspaces[s.activeId]?.pipeline);
  const c = graph?.components.find((x) => x.id === id);
  const { placeComponent, confirmComponent, selectComponent, selectSeam } = appStore.getState();
  if (!graph || !c) return null;
  const names = new Map(graph.components.map((x) => [x.id, x]));
  const links = graph.edges.filter((e) => e.from === id || e.to === id);

  return (
    <section data-testid="component-panel" aria-labelledby="component-title" className="space-y-4">
      <header className="flex items-start gap-2">
        <h2 id="component-title" className="min-w-0 flex-1 text-lg font-semibold break-words">{c.name}</h2>
        <Button variant="ghost" className="-mt-1 px-2" aria-label="Close component" onClick={() => selectComponent(null)}>✕</Button>
      </header>
      <label className="block">
        <span className={LABEL}>Stage</span>
        <select
          className={`${FIELD} mt-1`}
          value={c.placement}
          onChange={(e) => placeComponent(id, e.target.value as Placement)}
        >
          {PLACEMENTS.map((p) => (
            <option key={p} value={p}>{PLACEMENT_LABEL[p]}</option>
          ))}
        </select>
      </label>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {c.reason} · confidence {Math.round(c.confidence * 100)}%
      </p>
      {c.uncertain && (
        <div className="flex items-center gap-2 rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <span className="flex-1">Is {PLACEMENT_LABEL[c.placement]} right for this component?</span>
          <Button onClick={() => confirmComponent(id)}>Confirm</Button>
        </div>
      )}
      <div>
        <h3 className={LABEL}>Handoffs</h3>
        {links.length === 0 ? (
          <p className="text-sm text-slate-500">None.</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm">
            {links.map((e, i) => {
              const from = names.get(e.from);
              const to = names.get(e.to);
              const seam = from && to ? seamOfEdge(from.placement, to.placement, e.control === true) : null;
              const kind = from && to ? handoffKind(from.placement, to.placement, e.control === true) : null;
              // A skip crosses several handoffs: name each, so none of their contracts is forgotten.
              const skipped = kind === 'skip' && from && to ? seamsBetween(from.placement as Stage, to.placement as Stage) : [];
              return (
                <li key={i} className="flex flex-wrap items-center gap-x-2">
                  <span className="min-w-0 flex-1 truncate">
                    {from?.name} → {to?.name}
                    {kind === 'within' && <span className="ml-1 text-xs text-slate-500">(within {PLACEMENT_LABEL[from!.placement]})</span>}
                    {kind === 'backward' && <span className="ml-1 text-xs text-slate-500">(runs backwards)</span>}
                  </span>
                  {skipped.length > 1 && (
                    <span className="w-full text-xs text-slate-500 dark:text-slate-400">
                      skips a stage: carries {skipped.map((x) => SEAMS[x].name).join(', ')}
                    </span>
                  )}
                  {seam ? (
                    <Button variant="ghost" className="py-0.5 text-xs" onClick={() => selectSeam(seam)}>{SEAMS[seam].name}</Button>
                  ) : (
                    <span className="text-xs text-slate-500">no seam</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
