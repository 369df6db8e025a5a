import { useEffect } from 'react';
import { lazyAction } from '../features/share/lazyAction';

const print = lazyAction((m) => m.printWriteup());

/**
 * Ctrl/⌘+P prints the prepared report (the whole graph as an image and the write-up), because
 * the live graph cannot be refitted to paper in the moment between the shortcut and the layout.
 */
export function usePrintShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
