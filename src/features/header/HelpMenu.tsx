import { Menu, type MenuGroup } from '../../components/ui/Menu';
import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';

const GROUPS: readonly MenuGroup[] = [
  {
    label: 'Learn',
    items: [
      { id: 'lessons', label: 'Lessons', hint: 'Every stage and seam, starting at Generate', run: () => appStore.getState().openLesson({ kind: 'stage', stage: 'generate' }) },
      { id: 'glossary', label: 'Glossary', hint: 'Ack, grain, watermark and the rest', run: () => appStore.getState().openGlossary() },
      { id: 'tour', label: 'Take the tour', hint: 'Seven short steps around the app', run: () => appStore.getState().startTour() },
    ],
  },
];

export function HelpMenu() {
  return <Menu label="Help" groups={GROUPS} testId={TID.helpButton} />;
}
