import { appStore } from '../../store/appStore';

/** Marks the element where keyboard work in the walkthrough's current step begins. */
export const WALK_START = 'data-walk-start';

/** How long a lazily loaded panel may take to appear before the focus request lapses. */
const PATIENCE_MS = 5000;

/** Focuses the first element matching `selector` now, or as soon as it is drawn. */
function focusWhenDrawn(selector: string): void {
  const take = () => {
    const el = document.querySelector<HTMLElement>(selector);
    el?.focus();
    return el !== null;
  };
  if (take()) return;
  const watch = new MutationObserver(() => {
    if (take()) watch.disconnect();
  });
  watch.observe(document.body, { childList: true, subtree: true });
  window.setTimeout(() => watch.disconnect(), PATIENCE_MS);
}

/** Shows the side panel with the walkthrough; `reopen` starts it again at the trail's current view. */
async function showWalkthrough(reopen: boolean): Promise<void> {
  const s = appStore.getState();
  if (!s.panelOpen) s.togglePanel();
  if (reopen || !s.walkthroughOpen) await s.openWalkthrough();
}

/**
 * Opens the walkthrough (and the side panel) with the focus on its heading: the next Tab is the
 * panel's own first control, not the rest of the header and the graph.
 */
export async function focusWalkPanel(): Promise<void> {
  await showWalkthrough(true);
  focusWhenDrawn('#walk-title');
}

/** Opens the walkthrough (and the side panel) and puts the focus where its current step starts. */
export async function focusWalkStart(): Promise<void> {
  await showWalkthrough(false);
  focusWhenDrawn(`[${WALK_START}]`);
}
