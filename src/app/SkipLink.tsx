import { focusWalkStart } from '../features/walkthrough/focusWalkStart';

/** The first Tab stop: straight to the walkthrough's current step, past the header and the graph. */
export function SkipLink() {
  return (
    <a
      href="#walkthrough"
      onClick={(e) => {
        e.preventDefault();
        void focusWalkStart();
      }}
      className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-semibold text-sky-900 shadow-lg focus:not-sr-only focus:absolute focus:top-2 focus:left-2 dark:bg-slate-900 dark:text-sky-200"
    >
      Skip to walkthrough
    </a>
  );
}
