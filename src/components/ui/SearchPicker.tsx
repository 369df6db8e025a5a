import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { FIELD } from './fieldStyle';

export interface PickerOption {
  readonly id: string;
  readonly label: string;
  /** A second, quieter line, e.g. the component's stage. */
  readonly hint?: string;
}

/** Beyond this the list is narrowed by typing, not scrolled: a 2,000-component list would freeze the panel. */
const SHOWN = 40;

/**
 * A search box over a list (WAI-ARIA combobox with a list popup): type to narrow, ↑/↓ to move,
 * Enter to pick, Escape to give up. It opens with the box focused, since it is opened to be used.
 */
export function SearchPicker({ label, options, onPick, onCancel, testId }: { label: string; options: readonly PickerOption[]; onPick: (id: string) => void; onCancel: () => void; testId?: string }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? options.filter((o) => o.label.toLowerCase().includes(q)) : options;
  }, [options, query]);
  const shown = matches.slice(0, SHOWN);
  const at = Math.min(active, Math.max(0, shown.length - 1));
  const optionId = (i: number) => `${listId}-${i}`;

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive(Math.min(at + 1, shown.length - 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(at - 1, 0));
    else if (e.key === 'Home' && e.ctrlKey) setActive(0);
    else if (e.key === 'Enter') {
      const o = shown[at];
      if (o) onPick(o.id);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    } else return;
    e.preventDefault();
  };

  return (
    <div className="rounded-md border border-slate-200 p-2 dark:border-slate-700" data-testid={testId}>
      <label className="block text-sm font-medium">
        {label}
        <input
          autoFocus
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown.length ? optionId(at) : undefined}
          className={`${FIELD} mt-1`}
          value={query}
          placeholder="Type to search…"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKey}
        />
      </label>
      <ul id={listId} role="listbox" aria-label={label} className="mt-1 max-h-56 overflow-y-auto">
        {shown.map((o, i) => (
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === at}
            // The box keeps the focus: a click picks without moving it first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(o.id)}
            className={`cursor-pointer rounded px-2 py-1 text-sm ${i === at ? 'bg-sky-100 text-sky-950 outline-2 outline-sky-600 dark:bg-sky-900 dark:text-sky-50' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
          >
            <span className="break-words">{o.label}</span>
            {o.hint && (
              <>
                <span className="sr-only">, </span>
                <span className="ml-2 text-xs text-slate-600 dark:text-slate-300">{o.hint}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-300" aria-live="polite">
        {matches.length === 0 ? 'No match.' : matches.length > SHOWN ? `${SHOWN} of ${matches.length} shown: type to narrow.` : `${matches.length} to choose from.`}
      </p>
      <button type="button" className="mt-1 text-xs text-slate-700 underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
