import { ANSWER_LABEL } from '../../domain/diagnosis/words';
import { ANSWER_KEYS, KEY } from './keys';

/** One row of the shortcut sheet: keys pressed together (alternatives as separate combos). */
export interface Shortcut {
  readonly id: string;
  readonly combos: readonly (readonly string[])[];
  readonly does: string;
}

export interface ShortcutGroup {
  readonly where: string;
  readonly shortcuts: readonly Shortcut[];
}

const MOD = 'Ctrl/⌘';
const up = (k: string) => k.toUpperCase();

/** Every keyboard shortcut the app has, grouped by where it works. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    where: 'Anywhere',
    shortcuts: [
      { id: 'help', combos: [[KEY.help]], does: 'Show this list of keyboard shortcuts' },
      { id: 'skip', combos: [['Tab']], does: 'From the top of the page: the first stop is “Skip to walkthrough”' },
      { id: 'undo', combos: [[MOD, 'Z']], does: 'Undo the last change to the workspace' },
      { id: 'redo', combos: [[MOD, 'Shift', 'Z'], ['Ctrl', 'Y']], does: 'Redo it' },
      { id: 'print', combos: [[MOD, 'P']], does: 'Print the report, or save it as PDF' },
      { id: 'escape', combos: [['Esc']], does: 'Close a menu or dialog' },
    ],
  },
  {
    where: 'In the walkthrough',
    shortcuts: [
      { id: 'verdict', combos: [[up(KEY.verdict)]], does: 'Show the verdict now' },
      ...(Object.keys(ANSWER_KEYS) as (keyof typeof ANSWER_KEYS)[]).map((a) => ({
        id: `answer-${a}`,
        combos: [[up(ANSWER_KEYS[a])]],
        does: a === 'na' ? 'Answer “Does not apply” (questions with a premise)' : `Answer “${ANSWER_LABEL[a]}” to the question in focus`,
      })),
      { id: 'answer-option', combos: [['1–6']], does: 'Pick that option of a question with options (which part misbehaved)' },
    ],
  },
  {
    where: 'In menus and the graph',
    shortcuts: [
      { id: 'menu-move', combos: [['↑'], ['↓'], ['Home'], ['End']], does: 'Move through a menu’s items' },
      { id: 'find', combos: [['Enter']], does: 'In “Find a component”: bring the first match into view' },
    ],
  },
];
