import type { Answer } from '../../domain/diagnosis/types';

/** Single keys the app answers to; the shortcut sheet and the handlers read the same table. */
export const KEY = {
  help: '?',
  verdict: 'v',
} as const;

/** The walkthrough's answer keys, pressed while a question has the focus. */
export const ANSWER_KEYS: Readonly<Record<Answer, string>> = { yes: 'y', no: 'n', unsure: 'u', na: 'a' };

/**
 * Whether a key press belongs to what the user is typing or to an open dialog, rather than to an
 * app-wide single-key shortcut.
 */
export function keyIsTaken(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return true;
  const t = e.target;
  if (!(t instanceof Element)) return false;
  if (t.closest('dialog, [role="dialog"], [role="menu"]')) return true;
  if (t instanceof HTMLInputElement) return !NOT_TYPED.has(t.type);
  return t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t instanceof HTMLElement && t.isContentEditable);
}

/** Inputs that take no typing: a letter pressed on them is free for a shortcut. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);
