/**
 * Moves focus once React has drawn the result of an action: the element may be new (a panel that
 * just opened) or gone (a row just deleted), so it is looked up by id on the next frame.
 */
export function focusAfter(...ids: readonly string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el) {
        el.focus();
        return;
      }
    }
  });
}
