import { useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '../store/uiSlice';

const query = '(prefers-color-scheme: dark)';
const subscribe = (cb: () => void) => {
  const m = window.matchMedia(query);
  m.addEventListener('change', cb);
  return () => m.removeEventListener('change', cb);
};
const systemDark = () => window.matchMedia(query).matches;

/** Resolves the user's choice against the system setting and applies it to <html>. */
export function useColorMode(theme: Theme): 'light' | 'dark' {
  const prefersDark = useSyncExternalStore(subscribe, systemDark, () => false);
  const mode = theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.classList.toggle('dark', mode === 'dark');
  }, [mode]);
  return mode;
}
