import { Suspense } from 'react';
import { lazyRetry } from '../../app/lazyRetry';
import { appStore, useApp } from '../../store/appStore';
import { KEY } from './keys';
import { useKeyShortcut } from './useKeyShortcut';

const ShortcutSheet = lazyRetry(() => import('./ShortcutSheet').then((m) => m.ShortcutSheet));

/** Listens for “?” anywhere and shows the shortcut sheet, whose code loads only then. */
export function ShortcutsHost() {
  const open = useApp((s) => s.shortcutsOpen);
  useKeyShortcut(KEY.help, () => appStore.getState().showShortcuts(true));
  return open ? (
    <Suspense fallback={null}>
      <ShortcutSheet />
    </Suspense>
  ) : null;
}
