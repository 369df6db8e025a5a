import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A native modal dialog over the whole window, for views that take over the screen (a quiz, a
 * presentation). The browser traps focus and closes it on Escape; focus returns to the opener.
 */
export function FullScreenDialog({
  label,
  onClose,
  children,
  testId,
  onKeyDown,
  className = '',
}: {
  label: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  onKeyDown?: (e: KeyboardEvent<HTMLDialogElement>) => void;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (document.activeElement === document.body || d?.contains(document.activeElement)) opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      data-testid={testId}
      aria-label={label}
      onClose={onClose}
      onKeyDown={onKeyDown}
      className={`m-0 h-dvh max-h-none w-screen max-w-none overflow-y-auto border-0 bg-white p-0 text-slate-900 backdrop:bg-slate-950/60 dark:bg-slate-950 dark:text-slate-100 ${className}`}
    >
      {children}
    </dialog>
  );
}
