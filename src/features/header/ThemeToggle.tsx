import { Button } from '../../components/ui/Button';
import { appStore, useApp } from '../../store/appStore';
import type { Theme } from '../../store/uiSlice';
import { TID } from '../../testIds';

const NEXT: Readonly<Record<Theme, Theme>> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Readonly<Record<Theme, string>> = { system: '◐ System', light: '☀ Light', dark: '☾ Dark' };

export function ThemeToggle() {
  const theme = useApp((s) => s.theme);
  return (
    <Button
      variant="ghost"
      data-testid={TID.themeToggle}
      data-theme={theme}
      aria-label={`Theme: ${theme}. Switch to ${NEXT[theme]}.`}
      onClick={() => appStore.getState().setTheme(NEXT[theme])}
    >
      {LABEL[theme]}
    </Button>
  );
}
