import { useMemo, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { LABEL } from '../../components/ui/fieldStyle';
import { SearchPicker } from '../../components/ui/SearchPicker';
import { describeGraphEditError } from '../../domain/graphEdits';
import { PLACEMENT_LABEL, type PipelineComponent, type PipelineGraph } from '../../domain/pipeline';
import { focusAfter } from '../../components/ui/focusAfter';
import { appEdits } from '../../store/appEdits';

const MERGE = 'component-merge';

/** Two names for one thing merge into one; a component that is not there goes. Both are undoable, so neither asks first. */
export function MergeOrDelete({ c, graph }: { c: PipelineComponent; graph: PipelineGraph }) {
  const [merging, setMerging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const options = useMemo(
    () => graph.components.filter((x) => x.id !== c.id).map((x) => ({ id: x.id, label: x.name, hint: PLACEMENT_LABEL[x.placement] })),
    [graph.components, c.id],
  );
  const merge = (into: string) => {
    const error = appEdits.mergeComponents(c.id, into);
    setProblem(error ? describeGraphEditError(error) : null);
    setMerging(false);
    // The panel now shows the component merged into.
    focusAfter(error ? MERGE : 'component-title');
  };
  const remove = () => {
    const error = appEdits.deleteComponent(c.id);
    if (error) setProblem(describeGraphEditError(error));
    else focusAfter('pipeline-heading');
  };

  return (
    <div>
      <h3 className={LABEL}>Fix the component</h3>
      {merging ? (
        <div className="mt-1">
          <SearchPicker
            testId="merge-picker"
            label={`Merge ${c.name} into…`}
            options={options}
            onPick={merge}
            onCancel={() => {
              setMerging(false);
              focusAfter(MERGE);
            }}
          />
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">The one you pick keeps its name and stage, and takes over every edge of {c.name}.</p>
        </div>
      ) : (
        <div className="mt-1 flex flex-wrap gap-2">
          <Button id={MERGE} onClick={() => setMerging(true)} disabled={options.length === 0}>Merge into…</Button>
          <Button variant="danger" onClick={remove}>Delete component</Button>
        </div>
      )}
      {problem && <p role="alert" className="mt-1 text-sm text-rose-800 dark:text-rose-300">{problem}</p>}
    </div>
  );
}
