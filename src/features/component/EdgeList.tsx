import { useMemo, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { LABEL } from '../../components/ui/fieldStyle';
import { SearchPicker } from '../../components/ui/SearchPicker';
import { describeGraphEditError, type EdgeRef } from '../../domain/graphEdits';
import { handoffKind, seamOfEdge, seamsBetween, PLACEMENT_LABEL, type PipelineComponent, type PipelineGraph } from '../../domain/pipeline';
import { SEAMS } from '../../domain/seams';
import type { Stage } from '../../domain/stages';
import { appStore } from '../../store/appStore';
import { focusAfter } from '../../components/ui/focusAfter';
import { appEdits } from '../../store/appEdits';

const rowButton = (i: number, what: 'reverse' | 'delete') => `edge-${what}-${i}`;
const ADD_OUT = 'edge-add-out';
const ADD_IN = 'edge-add-in';

/** The component's edges, each with its seam, a reverse and a delete; below, a way to add one either way. */
export function EdgeList({ c, graph }: { c: PipelineComponent; graph: PipelineGraph }) {
  const [adding, setAdding] = useState<'out' | 'in' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const byId = useMemo(() => new Map(graph.components.map((x) => [x.id, x])), [graph.components]);
  const links = graph.edges.filter((e) => e.from === c.id || e.to === c.id);
  const name = (id: string) => byId.get(id)?.name ?? id;
  const { selectSeam } = appStore.getState();
  const { reverseEdge, deleteEdge, addEdge } = appEdits;
  const report = (error: ReturnType<typeof addEdge>) => setProblem(error ? describeGraphEditError(error, name) : null);

  const options = useMemo(
    () => graph.components.filter((x) => x.id !== c.id).map((x) => ({ id: x.id, label: x.name, hint: PLACEMENT_LABEL[x.placement] })),
    [graph.components, c.id],
  );
  const pick = (other: string) => {
    const ref: EdgeRef = adding === 'out' ? { from: c.id, to: other } : { from: other, to: c.id };
    const back = adding === 'out' ? ADD_OUT : ADD_IN;
    report(addEdge(ref));
    setAdding(null);
    focusAfter(back);
  };
  const remove = (ref: EdgeRef, i: number) => {
    report(deleteEdge(ref));
    // The next edge takes the deleted one's place; after the last, the one before it; else the add button.
    focusAfter(rowButton(i, 'delete'), rowButton(i - 1, 'delete'), ADD_OUT);
  };

  return (
    <div>
      <h3 className={LABEL}>Edges ({links.length})</h3>
      {links.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">None yet.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-200 text-sm dark:divide-slate-700" aria-label={`Edges of ${c.name}`}>
          {links.map((e, i) => {
            const from = byId.get(e.from);
            const to = byId.get(e.to);
            const words = `${name(e.from)} → ${name(e.to)}`;
            const seam = from && to ? seamOfEdge(from.placement, to.placement, e.control === true) : null;
            const kind = from && to ? handoffKind(from.placement, to.placement, e.control === true) : null;
            // A skip crosses several handoffs: name each, so none of their contracts is forgotten.
            const skipped = kind === 'skip' && from && to ? seamsBetween(from.placement as Stage, to.placement as Stage) : [];
            return (
              // Rows are keyed by place: a reversed edge keeps its row, so focus stays on its button.
              <li key={i} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-1.5" data-testid="component-edge">
                <span className="min-w-0 flex-[1_1_10rem] break-words">
                  {words}
                  {kind === 'within' && from && <span className="ml-1 text-xs text-slate-600 dark:text-slate-300">(within {PLACEMENT_LABEL[from.placement]})</span>}
                  {kind === 'backward' && <span className="ml-1 text-xs text-slate-600 dark:text-slate-300">(runs backwards)</span>}
                  {skipped.length > 1 && (
                    <span className="block text-xs text-slate-600 dark:text-slate-300">skips a stage: carries {skipped.map((x) => SEAMS[x].name).join(', ')}</span>
                  )}
                </span>
                {seam ? (
                  <Button variant="ghost" className="py-0.5 text-xs" onClick={() => selectSeam(seam)}>{SEAMS[seam].name}</Button>
                ) : (
                  <span className="text-xs text-slate-600 dark:text-slate-300">no seam</span>
                )}
                <span className="flex gap-1">
                  <Button id={rowButton(i, 'reverse')} className="py-0.5 text-xs" aria-label={`Reverse ${words}`} title="Turn this edge round" onClick={() => report(reverseEdge(e))}>
                    ⇄ Reverse
                  </Button>
                  <Button id={rowButton(i, 'delete')} className="py-0.5 text-xs" aria-label={`Delete edge ${words}`} onClick={() => remove(e, i)}>
                    Delete
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {problem && <p role="alert" className="mt-1 text-sm text-rose-800 dark:text-rose-300">{problem}</p>}
      {adding ? (
        <div className="mt-2">
          <SearchPicker
            testId="edge-picker"
            label={adding === 'out' ? `${c.name} feeds…` : `…feeds ${c.name}`}
            options={options}
            onPick={pick}
            onCancel={() => {
              focusAfter(adding === 'out' ? ADD_OUT : ADD_IN);
              setAdding(null);
            }}
          />
        </div>
      ) : (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button id={ADD_OUT} className="py-1 text-xs" onClick={() => setAdding('out')}>+ Outgoing edge</Button>
          <Button id={ADD_IN} className="py-1 text-xs" onClick={() => setAdding('in')}>+ Incoming edge</Button>
        </div>
      )}
    </div>
  );
}
