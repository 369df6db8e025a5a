import { useEffect, useRef, useState } from 'react';
import { PRESET_SHELF } from '../../domain/presets/shelf';
import { SEAMS } from '../../domain/seams';
import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';

/** The seed's six incidents; picking one opens it as a new workspace. */
export function ExamplesMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div
      ref={ref}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <Button data-testid={TID.examplesButton} aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((o) => !o)}>
        Examples ▾
      </Button>
      {open && (
        <ul
          data-testid={TID.examplesMenu}
          aria-label="Example incidents"
          className="absolute right-0 z-20 mt-1 w-96 space-y-0.5 max-md:fixed max-md:inset-x-2 max-md:w-auto rounded-lg border border-slate-200 bg-white p-1.5 shadow-xl dark:border-slate-700 dark:bg-slate-900"
        >
          {PRESET_SHELF.map((p, i) => (
            <li key={p.id} className="flex items-stretch gap-1">
              <button
                type="button"
                autoFocus={i === 0}
                className="min-w-0 flex-1 rounded-md px-2 py-1.5 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
                onClick={() => {
                  void appStore.getState().openPreset(p.id);
                  setOpen(false);
                }}
              >
                <span className="block text-sm font-medium">{p.title}</span>
                <span className="block text-xs text-slate-500 dark:text-slate-400">Breaks at {SEAMS[p.brokenSeam].name}</span>
              </button>
              <button
                type="button"
                aria-label={`Walk through this incident: ${p.title}`}
                title="Walk through this incident"
                className="shrink-0 rounded-md px-2 text-xs font-medium text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300 dark:hover:bg-sky-950"
                onClick={() => {
                  void appStore.getState().startScenario(p.id);
                  setOpen(false);
                }}
              >
                Walk through
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
