import { expect, type Locator, type Page } from '@playwright/test';

/** The imported pipeline's canvas: stage summaries, component boxes, the search box and the detail switch. */
export class PipelineCanvas {
  constructor(readonly page: Page) {}

  /** Pastes a description onto the page, as a user with it on the clipboard would. */
  async paste(text: string) {
    await this.page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.body.focus();
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, text);
    await expect(this.page.getByTestId('import-dialog')).toBeHidden({ timeout: 60_000 });
  }

  summary(stage: string): Locator {
    return this.page.getByTestId(`stage-summary-${stage}`);
  }

  component(id: string): Locator {
    return this.page.getByTestId(`component-${id}`);
  }

  /** Drawn edges standing for `count` of the pipeline's edges. */
  bundles(count: number): Locator {
    return this.page.locator(`[data-count="${count}"]`);
  }

  header(label: string, action: 'Expand' | 'Collapse'): Locator {
    return this.page.getByRole('button', { name: `${action} ${label}` });
  }

  async find(name: string) {
    await this.page.getByLabel('Find a component').fill(name);
    await this.page.getByLabel('Find a component').press('Enter');
  }

  async showEveryComponent() {
    await this.page.getByRole('button', { name: 'Show every stage’s components' }).click();
  }

  async fitWhole() {
    await this.page.getByRole('button', { name: 'Fit the whole pipeline' }).click();
  }
}

/** `chains` independent chains through the six stages, six components each. */
export function chainsText(chains: number): string {
  return Array.from({ length: chains }, (_, i) => `App ${i} -> Kafka topic ${i} -> S3 raw ${i} -> Spark job ${i} -> dbt mart ${i} -> Looker ${i}`).join('\n');
}
