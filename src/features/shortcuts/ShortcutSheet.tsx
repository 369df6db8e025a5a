import { Modal } from '../../components/ui/Modal';
import { appStore } from '../../store/appStore';
import { SHORTCUT_GROUPS, type Shortcut } from './shortcutTable';

function Combo({ keys }: { keys: readonly string[] }) {
  return (
    <span className="inline-flex items-center gap-0.5 whitespace-nowrap">
      {keys.map((k, i) => (
        <span key={k} className="inline-flex items-center gap-0.5">
          {i > 0 && <span aria-hidden className="text-slate-500 dark:text-slate-400">+</span>}
          <kbd className="rounded border border-b-2 border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100">{k}</kbd>
        </span>
      ))}
    </span>
  );
}

function Keys({ s }: { s: Shortcut }) {
  return (
    <span className="flex flex-wrap items-center gap-1">
      {s.combos.map((c, i) => (
        <span key={c.join('+')} className="inline-flex items-center gap-1">
          {i > 0 && <span className="text-xs text-slate-600 dark:text-slate-400">or</span>}
          <Combo keys={c} />
        </span>
      ))}
    </span>
  );
}

/** Every keyboard shortcut, grouped by where it works; opened with “?” or from the header. */
export function ShortcutSheet() {
  return (
    <Modal title="Keyboard shortcuts" testId="shortcut-sheet" onClose={() => appStore.getState().showShortcuts(false)}>
      {SHORTCUT_GROUPS.map((g) => (
        <section key={g.where} aria-labelledby={`shortcuts-${g.where}`}>
          <h3 id={`shortcuts-${g.where}`} className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{g.where}</h3>
          <dl className="mt-1 divide-y divide-slate-200 dark:divide-slate-700">
            {g.shortcuts.map((s) => (
              <div key={s.id} data-shortcut={s.id} className="grid grid-cols-[minmax(8rem,auto)_1fr] items-center gap-3 py-1.5 text-sm">
                <dt><Keys s={s} /></dt>
                <dd>{s.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
