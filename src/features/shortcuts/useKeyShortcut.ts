import { useEffect, useRef } from 'react';
import { keyIsTaken } from './keys';

/** Runs `action` when the single key `key` is pressed anywhere, unless the press belongs to a field or dialog. */
export function useKeyShortcut(key: string, action: () => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== key || keyIsTaken(e)) return;
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key]);
}
