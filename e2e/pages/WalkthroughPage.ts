import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

type Said = 'yes' | 'no' | 'unsure' | 'na';
const KEY: Readonly<Record<Said, string>> = { yes: 'y', no: 'n', unsure: 'u', na: 'a' };

/** The "Where did it break?" panel, driven by keyboard as a triager in a call would. */
export class WalkthroughPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('walkthrough-panel');
  }
  get verdict(): Locator {
    return this.page.getByTestId('walkthrough-verdict');
  }
  get reveal(): Locator {
    return this.page.getByTestId('walkthrough-reveal');
  }
  get ranking(): Locator {
    return this.page.getByRole('list', { name: 'Seams by likelihood' });
  }
  get question(): Locator {
    return this.panel.locator('[data-question]');
  }
  get skipLink(): Locator {
    return this.page.getByRole('link', { name: 'Skip to walkthrough' });
  }
  get showVerdictNow(): Locator {
    return this.panel.getByRole('button', { name: 'Show verdict now' });
  }
  get symptomSearch(): Locator {
    return this.panel.getByRole('searchbox', { name: 'Search symptoms' });
  }
  symptom(label: string): Locator {
    return this.panel.getByRole('checkbox', { name: new RegExp(`^${label}`) });
  }
  get verdictHeading(): Locator {
    return this.verdict.getByRole('heading', { level: 3 }).first();
  }

  /** From a fresh page: the first Tab stop is the skip link, and it lands on the symptom search. */
  async skipToWalkthrough() {
    await this.page.keyboard.press('Tab');
    await expect(this.skipLink).toBeFocused();
    await expect(this.skipLink).toBeInViewport();
    await this.page.keyboard.press('Enter');
    await expect(this.symptomSearch).toBeFocused();
  }

  /** Searches for a symptom and ticks it, by keyboard. */
  async pickSymptom(query: string, label: string) {
    await expect(this.symptomSearch).toBeFocused();
    await this.page.keyboard.insertText(query);
    await this.page.keyboard.press('Tab');
    await expect(this.symptom(label)).toBeFocused();
    await this.page.keyboard.press('Space');
    await expect(this.symptom(label)).toBeChecked();
  }

  /** Answers the question in focus by its key; the next question (or the way to the verdict) takes the focus. */
  /** On a question with options, "yes" picks the first option and anything else is "not sure". */
  async answerInPlace(said: Said) {
    const id = (await this.question.getAttribute('data-question')) ?? '';
    await expect(this.firstChoice).toBeFocused();
    const options = await this.question.locator('[data-option]').count();
    await this.page.keyboard.press(options === 0 ? KEY[said] : said === 'yes' ? '1' : KEY.unsure);
    await expect(this.panel.locator(`[data-question="${id}"]`)).toHaveCount(0);
    await expect(this.firstChoice.or(this.seeVerdict)).toBeFocused();
  }

  /** The first answer of the question shown: Yes, or the first option of a question with options. */
  get firstChoice(): Locator {
    return this.question.getByRole('button', { name: 'Yes' }).or(this.question.locator('[data-option]').first());
  }

  /** Picks an option of the question with options shown, by its digit key. */
  async pickOption(optionId: string) {
    const options = await this.question.locator('[data-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''));
    const at = options.indexOf(optionId);
    expect(at, `${optionId} among ${options.join(', ')}`).toBeGreaterThanOrEqual(0);
    await expect(this.question.locator('[data-option]').first()).toBeFocused();
    await this.page.keyboard.press(String(at + 1));
  }

  get seeVerdict(): Locator {
    return this.page.getByRole('button', { name: 'See the verdict →' });
  }

  async openByKeyboard() {
    await tabTo(this.page, this.page.getByTestId('start-walkthrough'));
    await this.page.keyboard.press('Enter');
    await expect(this.panel).toHaveAttribute('data-view', 'symptoms');
  }

  /** Types the incident text, asks for suggestions and takes them as they are. */
  async pasteIncidentText(text: string) {
    const box = this.page.getByLabel('Incident text or notes');
    await tabTo(this.page, box);
    await this.page.keyboard.insertText(text);
    await tabTo(this.page, this.page.getByRole('button', { name: 'Suggest symptoms and answers from this text' }));
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('suggestions')).toBeVisible();
  }

  async useSuggestions() {
    await tabTo(this.page, this.page.getByRole('button', { name: 'Use these' }));
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('suggestions')).toHaveCount(0);
  }

  async startQuestions() {
    await tabTo(this.page, this.panel.getByRole('button', { name: /^Start (questions|with questions)/ }));
    await this.page.keyboard.press('Enter');
    await expect(this.panel).toHaveAttribute('data-view', 'questions');
  }

  /** Answers every question by its key from `answers` ("not sure" otherwise) until the verdict is offered. */
  async answerUntilVerdict(answers: Readonly<Record<string, Said>>): Promise<string[]> {
    const asked: string[] = [];
    for (let i = 0; i < 40; i++) {
      await expect(this.question.or(this.seeVerdict).first()).toBeVisible();
      if (await this.seeVerdict.isVisible()) break;
      const id = (await this.question.getAttribute('data-question')) ?? '';
      const options = await this.question.locator('[data-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''));
      if (options.length > 0) {
        // A question with options: pick the one the answers say yes to, by its digit, or not sure.
        await expect(this.question.locator('[data-option]').first()).toBeFocused();
        const picked = options.findIndex((o) => answers[o] === 'yes');
        await this.page.keyboard.press(picked >= 0 ? String(picked + 1) : KEY.unsure);
      } else {
        await expect(this.question.getByRole('button', { name: 'Yes' })).toBeFocused();
        await this.page.keyboard.press(KEY[answers[id] ?? 'unsure']);
      }
      await expect(this.panel.locator(`[data-question="${id}"]`)).toHaveCount(0);
      asked.push(id);
    }
    await expect(this.seeVerdict).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.verdict).toBeVisible();
    return asked;
  }

  async pressVerdictButton(name: RegExp | string) {
    await tabTo(this.page, this.verdict.getByRole('button', { name }));
    await this.page.keyboard.press('Enter');
  }
}
