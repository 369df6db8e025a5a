import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button';

/**
 * A native modal dialog: the browser traps focus, closes on Escape and restores focus to what
 * opened it, so every dialog behaves the same for keyboard and screen-reader users.
 */
export function Modal({ title, onClose, children, testId, wide = false }: { title: string; onClose: () => void; children: ReactNode; testId?: string; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `${testId ?? 'modal'}-title`;
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    // React does not render `autofocus`, so the dialog would start on its Close button.
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      // Closed by state rather than by Escape or ✕: the element is removed while open, and the
      // browser would drop focus to the page instead of returning it to what opened the dialog.
      if (document.activeElement === document.body || d?.contains(document.activeElement)) opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      data-testid={testId}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`m-auto ${wide ? 'w-[min(48rem,calc(100vw-1rem))]' : 'w-[min(36rem,calc(100vw-1rem))]'} max-h-[calc(100dvh-2rem)] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    >
      <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
        <Button variant="ghost" aria-label="Close" onClick={() => ref.current?.close()}>✕</Button>
      </div>
      <div className="space-y-3 px-4 py-3">{children}</div>
    </dialog>
  );
}
