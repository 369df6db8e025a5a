import { Menu, type MenuGroup } from '../../components/ui/Menu';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';

const GROUPS: readonly MenuGroup[] = [
  {
    label: 'Learn',
    items: [
      { id: 'lessons', label: 'Lessons', hint: 'Every stage and seam, starting at Generate', run: () => appStore.getState().openLesson({ kind: 'stage', stage: 'generate' }) },
      { id: 'glossary', label: 'Glossary', hint: 'Ack, grain, watermark and the rest', run: () => appStore.getState().openGlossary() },
      { id: 'quiz', label: 'Quiz: which seam broke?', hint: 'Ten short incidents; pick where each broke', run: () => appStore.getState().openQuiz() },
      { id: 'tour', label: 'Take the tour', hint: 'Seven short steps around the app', run: () => appStore.getState().startTour() },
    ],
  },
  {
    label: 'Keyboard',
    items: [{ id: 'shortcuts', label: 'Keyboard shortcuts', hint: 'Or press ? anywhere outside a text field', run: () => appStore.getState().showShortcuts(true) }],
  },
];

export function HelpMenu() {
  return <Menu label="Help" groups={GROUPS} testId={TID.helpButton} />;
}
