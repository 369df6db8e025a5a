import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from './Button';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  /** A second line: what the item gives, e.g. "GitHub-flavoured, with the clause table". */
  readonly hint?: string;
  readonly run: () => void;
}

export interface MenuGroup {
  readonly label: string;
  readonly items: readonly MenuItem[];
}

/**
 * A menu button (WAI-ARIA APG): Enter, Space or ↓ opens it on the first item, ↑/↓/Home/End move,
 * Escape closes it and returns focus to the button, Tab leaves it.
 */
export function Menu({ label, groups, testId, align = 'right' }: { label: string; groups: readonly MenuGroup[]; testId: string; align?: 'left' | 'right' }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const items = () => [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const outside = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(list.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') return setOpen(false);
    else return;
    e.preventDefault();
  };

  return (
    <div ref={root} className="relative">
      <Button
        ref={button}
        data-testid={testId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden>▾</span>
      </Button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={label}
          data-testid={`${testId}-menu`}
          onKeyDown={onKey}
          className={`absolute ${align === 'right' ? 'right-0' : 'left-0'} z-30 mt-1 max-h-[calc(100dvh-4rem)] w-80 max-w-[calc(100vw-1rem)] overflow-y-auto max-md:fixed max-md:inset-x-2 max-md:w-auto max-md:max-w-none rounded-lg border border-slate-200 bg-white p-1.5 shadow-xl dark:border-slate-700 dark:bg-slate-900`}
        >
          {groups.map((g) => (
            <div key={g.label} role="group" aria-label={g.label} className="border-slate-200 py-0.5 not-first:mt-1 not-first:border-t not-first:pt-1.5 dark:border-slate-700">
              <p aria-hidden className="px-2 pb-0.5 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{g.label}</p>
              {g.items.map((item) => (
                <button
                  key={item.id}
                  type="button"
                  role="menuitem"
                  aria-describedby={item.hint ? `${menuId}-${item.id}-hint` : undefined}
                  tabIndex={-1}
                  data-testid={`menu-${item.id}`}
                  className="block w-full rounded-md px-2 py-1.5 text-left hover:bg-slate-100 focus-visible:bg-sky-50 dark:hover:bg-slate-800 dark:focus-visible:bg-sky-950"
                  onClick={() => {
                    close(true);
                    item.run();
                  }}
                >
                  <span className="block text-sm font-medium">{item.label}</span>
                  {item.hint && (
                    <span id={`${menuId}-${item.id}-hint`} aria-hidden className="block text-xs text-slate-500 dark:text-slate-400">
                      {item.hint}
                    </span>
                  )}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
