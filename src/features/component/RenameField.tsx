import { useId, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { FIELD, LABEL } from '../../components/ui/fieldStyle';
import { describeGraphEditError } from '../../domain/graphEdits';
import { appEdits } from '../../store/appEdits';

/** The component's name, edited in place: Enter or the button renames; a name already used is refused in words. */
export function RenameField({ id, name }: { id: string; name: string }) {
  const [draft, setDraft] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  const rename = () => {
    const error = appEdits.renameComponent(id, draft);
    setProblem(error ? describeGraphEditError(error) : null);
  };
  return (
    <form
      className="block"
      onSubmit={(e) => {
        e.preventDefault();
        rename();
      }}
    >
      <label htmlFor={`${errorId}-name`} className={LABEL}>Name</label>
      <div className="mt-1 flex gap-2">
        <input
          id={`${errorId}-name`}
          className={FIELD}
          value={draft}
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && draft !== name) {
              e.stopPropagation();
              setDraft(name);
              setProblem(null);
            }
          }}
        />
        <Button type="submit" disabled={draft.trim() === name}>Rename</Button>
      </div>
      {problem && (
        <p id={errorId} role="alert" className="mt-1 text-sm text-rose-800 dark:text-rose-300">{problem}</p>
      )}
    </form>
  );
}
