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
  returnFocus,
  className = '',
}: {
  label: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  onKeyDown?: (e: KeyboardEvent<HTMLDialogElement>) => void;
  /** Where focus goes on close when the opener is gone (an item of a menu that has closed). */
  returnFocus?: () => HTMLElement | null;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    // A view opened from a menu item mounts after the menu closed: nothing but the body has focus then.
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (document.activeElement !== document.body && !d?.contains(document.activeElement)) return;
      (opener?.isConnected ? opener : returnFocus?.())?.focus();
    };
    // Opener and fallback are read once: focus returns to what was there when the dialog opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
