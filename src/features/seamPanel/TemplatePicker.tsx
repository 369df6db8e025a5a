import { templatesFor, type ClauseTemplate } from '../../domain/catalog';
import type { SeamId } from '../../domain/seams';
import { TID } from '../../testIds';

interface Props {
  seam: SeamId;
  onPick: (template: ClauseTemplate | undefined) => void;
}

/** The catalog's clauses for this seam, grouped by dimension, plus a blank one. */
export function TemplatePicker({ seam, onPick }: Props) {
  const templates = templatesFor(seam);
  return (
    <div data-testid={TID.templatePicker} className="rounded-lg border border-slate-200 bg-white p-2 shadow-md dark:border-slate-700 dark:bg-slate-900">
      <ul className="max-h-80 space-y-0.5 overflow-y-auto" aria-label="Clause templates">
        <li>
          <button type="button" className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => onPick(undefined)}>
            <span className="font-medium">Blank clause</span>
            <span className="block text-xs text-slate-500 dark:text-slate-400">Write your own promise from scratch</span>
          </button>
        </li>
        {templates.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              title={t.explanation}
              className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
              onClick={() => onPick(t)}
            >
              <span className="font-medium">{t.title}</span>
              <span className="ml-2 rounded bg-slate-100 px-1 text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300">{t.dimension}</span>
              <span className="block text-xs text-slate-500 dark:text-slate-400">Assumes: {t.assumed}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
