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

  /** Drawn data edges (everything but scheduling links), each a group with its path. */
  get dataEdges(): Locator {
    return this.page.locator('.react-flow__edge g[data-kind]:not([data-kind="control"])');
  }

  get scheduleLinks(): Locator {
    return this.page.locator('.react-flow__edge g[data-kind="control"]');
  }

  /** Whether component names are drawn at the current zoom. */
  get labels(): Locator {
    return this.page.getByTestId('pipeline-canvas');
  }

  async zoomOut() {
    await this.page.getByRole('button', { name: 'Zoom Out' }).click();
  }

  /**
   * Points along every scheduling link, in page pixels, that fall inside a component box (2 px in
   * from its border, where a link may end): empty when no link crosses a box.
   */
  async scheduleLinksInsideBoxes(): Promise<string[]> {
    return this.page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.react-flow__node')].map((n) => ({ id: n.getAttribute('data-id'), r: n.getBoundingClientRect() }));
      const hits: string[] = [];
      for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge g[data-kind="control"] path.react-flow__edge-path')) {
        const m = path.getScreenCTM();
        if (!m) continue;
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 2) {
          const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(m);
          for (const b of boxes) if (p.x > b.r.left + 2 && p.x < b.r.right - 2 && p.y > b.r.top + 2 && p.y < b.r.bottom - 2) hits.push(`${b.id} at ${Math.round(p.x)},${Math.round(p.y)}`);
        }
      }
      return hits;
    });
  }

  async fitWhole() {
    await this.page.getByRole('button', { name: 'Fit the whole pipeline' }).click();
  }
}

/** `chains` independent chains through the six stages, six components each. */
export function chainsText(chains: number): string {
  return Array.from({ length: chains }, (_, i) => `App ${i} -> Kafka topic ${i} -> S3 raw ${i} -> Spark job ${i} -> dbt mart ${i} -> Looker ${i}`).join('\n');
}
