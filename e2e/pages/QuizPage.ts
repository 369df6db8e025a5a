import { expect, type Locator, type Page } from '@playwright/test';
import { templateById } from '../../src/domain/catalog';
import { quizItemById } from '../../src/domain/quiz/items';
import { SEAM_IDS, SEAMS, type SeamId } from '../../src/domain/seams';
import { TID } from '../../src/testIds';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Which seam broke?" as a learner takes it; the answer key is the quiz bank itself. */
export class QuizPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId(TID.quiz);
  }
  get question(): Locator {
    return this.page.getByTestId(TID.quizQuestion);
  }
  get verdict(): Locator {
    return this.page.getByTestId(TID.quizVerdict);
  }
  get result(): Locator {
    return this.page.getByTestId(TID.quizResult);
  }
  get heading(): Locator {
    return this.dialog.getByRole('heading', { level: 2 });
  }
  get score(): Locator {
    return this.result.getByTestId('quiz-score');
  }
  get weakSpots(): Locator {
    return this.result.getByTestId('quiz-weak-spots');
  }

  /** From the header's Help menu, where the learning tools are. */
  async openFromHeader() {
    await this.page.getByTestId(TID.helpButton).click();
    await this.page.getByTestId(`${TID.helpButton}-menu`).getByRole('menuitem', { name: /^Quiz/ }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** The item on screen, by its id in the bank. */
  async currentItem(): Promise<string> {
    return (await this.question.getAttribute('data-item')) ?? '';
  }

  private async seamOf(): Promise<SeamId> {
    const item = quizItemById(await this.currentItem());
    if (!item) throw new Error('the question on screen is not in the bank');
    return item.seam;
  }

  async pickSeam(seam: SeamId) {
    await this.question.getByRole('radio', { name: new RegExp(`^${escape(SEAMS[seam].name)}`) }).check();
  }

  /** Answers the question on screen right (or with the next seam in graph order), and checks it. */
  async answer(right: boolean, level: 1 | 2 = 1) {
    const item = quizItemById(await this.currentItem());
    if (!item) throw new Error('the question on screen is not in the bank');
    const seam = right ? item.seam : (SEAM_IDS[(SEAM_IDS.indexOf(item.seam) + 1) % SEAM_IDS.length] ?? item.seam);
    await this.pickSeam(seam);
    if (level === 2) {
      const clause = templateById(item.clauses[0] ?? '')?.title ?? '';
      await this.question.getByRole('radio', { name: right ? clause : /./ }).first().check();
    }
    await this.question.getByRole('button', { name: 'Check' }).click();
    await expect(this.verdict).toHaveAttribute('data-right', String(right));
  }

  async next() {
    await this.verdict.getByRole('button', { name: /^(Next question|See your score)$/ }).click();
  }

  /** Plays every question left, right where `rightAt(i)` says so; returns the items missed. */
  async playRound(rightAt: (i: number) => boolean): Promise<string[]> {
    const missed: string[] = [];
    for (let i = 0; await this.question.isVisible(); i++) {
      const id = await this.currentItem();
      if (!rightAt(i)) missed.push(id);
      await this.answer(rightAt(i));
      await this.next();
    }
    await expect(this.result).toBeVisible();
    return missed;
  }

  async retryMissed() {
    await this.result.getByRole('button', { name: /^Try again on what I missed/ }).click();
    await expect(this.question).toBeVisible();
  }
}
