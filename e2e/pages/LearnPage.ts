import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/testIds';

/** What a newcomer meets: the tour, the lessons in the side panel, the glossary, the Help menu. */
export class LearnPage {
  constructor(readonly page: Page) {}

  get tour(): Locator {
    return this.page.getByTestId(TID.tour);
  }
  get lesson(): Locator {
    return this.page.getByTestId(TID.lessonPanel);
  }
  get glossary(): Locator {
    return this.page.getByTestId(TID.glossary);
  }
  get startHere(): Locator {
    return this.page.getByTestId(TID.startHere);
  }
  tourHeading(): Locator {
    return this.tour.getByRole('heading', { level: 2 });
  }

  async openHelp(item: 'Lessons' | 'Glossary' | 'Take the tour') {
    await this.page.getByTestId(TID.helpButton).click();
    await this.page.getByTestId(`${TID.helpButton}-menu`).getByRole('menuitem', { name: new RegExp(`^${item}`) }).click();
  }

  /** Clicks a stage's name on the graph. */
  async openStageLesson(label: string) {
    await this.page.getByRole('button', { name: `${label}: open its lesson` }).click();
    await expect(this.lesson).toHaveAttribute('data-lesson', label.toLowerCase());
  }

  /** From a seam's contract in the panel, its Lesson button. */
  async openSeamLessonFromContract(seam: string) {
    await this.page.getByTestId(TID.seam(seam)).click();
    await this.page.getByTestId(TID.seamPanel).getByRole('button', { name: 'Open the lesson on this seam' }).click();
    await expect(this.lesson).toHaveAttribute('data-lesson', seam);
  }

  /** A glossary link in the lesson text: the term as written there. */
  termLink(text: string): Locator {
    return this.lesson.getByRole('button', { name: `${text} (glossary)`, exact: true });
  }

  glossaryEntry(id: string): Locator {
    return this.glossary.locator(`#term-${id}`);
  }
}
