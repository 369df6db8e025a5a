import { Button } from '../../components/ui/Button';
import { appStore } from '../../store/appStore';

/** The header's way to the shortcut sheet, for those who do not know about “?”. */
export function ShortcutsButton() {
  return (
    <Button variant="ghost" data-testid="shortcuts-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" title="Keyboard shortcuts (?)" onClick={() => appStore.getState().showShortcuts(true)}>
      <span aria-hidden className="font-semibold">?</span>
    </Button>
  );
}
