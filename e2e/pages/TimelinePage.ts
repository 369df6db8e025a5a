import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/testIds';

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The orchestration timeline: its headline figure, its flags and the times a learner can move. */
export class TimelinePage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId(TID.timelineDialog);
  }
  get headline(): Locator {
    return this.dialog.getByTestId(TID.timelineHeadline);
  }
  get flags(): Locator {
    return this.dialog.getByTestId(TID.timelineFlags).getByRole('listitem');
  }
  get chart(): Locator {
    return this.dialog.getByTestId(TID.timelineChart);
  }

  /** Opens it from whatever panel offers it: the orchestration seam, or a workspace with schedules. */
  async open() {
    await this.page.getByTestId(TID.panel).getByTestId(TID.timelineOpen).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.chart).toBeVisible();
  }

  /** A task's scheduled start or finish, as the slider a screen reader announces. */
  time(task: string, which: 'start' | 'finish'): Locator {
    return this.dialog.getByRole('slider', { name: `${task} ${which === 'start' ? 'scheduled start' : 'finish'}` });
  }

  async pressOn(task: string, which: 'start' | 'finish', key: string, times = 1) {
    const handle = this.time(task, which);
    await handle.focus();
    for (let i = 0; i < times; i++) await handle.press(key);
  }

  /** Drags a time with the mouse to a clock time, as a learner would. */
  async drag(task: string, which: 'start' | 'finish', to: string) {
    const handle = this.time(task, which);
    const grip = await handle.boundingBox();
    const plot = await this.chart.boundingBox();
    if (!grip || !plot) throw new Error('the timeline is not on screen');
    const attr = async (name: string) => Number(await this.chart.getAttribute(name));
    const [from, until, left, width] = await Promise.all([attr('data-from'), attr('data-to'), attr('data-plot-left'), attr('data-plot-width')]);
    const x = plot.x + left + ((minutesOf(to) - from) / (until - from)) * width;
    const y = grip.y + grip.height / 2;
    await this.page.mouse.move(grip.x + grip.width / 2, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** "What if extract finished writing at 03:10": a finish the import did not give, tried by the learner. */
  async tryFinish(task: string, hhmm: string) {
    await this.dialog.getByLabel(`${task} finished writing at`).fill(hhmm);
  }

  /** Names a consumer and how fresh it needs a task's output. */
  async addConsumer(consumer: string, reads: string, noOlderThan: number, unit: 'h' | 'min') {
    await this.dialog.getByLabel('Consumer', { exact: true }).fill(consumer);
    await this.dialog.getByLabel('Reads').selectOption({ label: reads });
    await this.dialog.getByLabel('No older than').fill(String(noOlderThan));
    await this.dialog.getByLabel('Unit').selectOption(unit);
    await this.dialog.getByRole('button', { name: 'Add consumer' }).click();
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
