import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

/** Correcting an imported pipeline by hand, through the component panel, by keyboard unless said otherwise. */
export class GraphEditor {
  constructor(readonly page: Page) {}

  component(id: string): Locator {
    return this.page.getByTestId(`component-${id}`);
  }
  get panel(): Locator {
    return this.page.getByTestId('component-panel');
  }
  get title(): Locator {
    return this.panel.getByRole('heading', { level: 2 });
  }
  get edges(): Locator {
    return this.panel.getByTestId('component-edge');
  }
  get overview(): Locator {
    return this.page.getByTestId('overview-panel');
  }
  /** What a screen reader was last told about an edit. */
  get notice(): Locator {
    return this.page.getByTestId('graph-notice');
  }

  /** Tab to the component on the graph and open it with Enter. */
  async open(id: string, name: string) {
    await tabTo(this.page, this.component(id), 120);
    await this.page.keyboard.press('Enter');
    await expect(this.title).toHaveText(name);
  }

  async rename(to: string) {
    await tabTo(this.page, this.panel.getByLabel('Name', { exact: true }));
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(to);
    await this.page.keyboard.press('Enter');
    await expect(this.title).toHaveText(to);
  }

  async press(button: Locator) {
    await tabTo(this.page, button);
    await this.page.keyboard.press('Enter');
  }

  reverseButton(edge: string): Locator {
    return this.panel.getByRole('button', { name: `Reverse ${edge}` });
  }
  deleteButton(edge: string): Locator {
    return this.panel.getByRole('button', { name: `Delete edge ${edge}` });
  }

  /** Opens a search list with `button`, types `query` and takes the first match with Enter. */
  async pick(button: Locator, query: string) {
    await this.press(button);
    await expect(this.panel.getByRole('combobox', { name: /…/ })).toBeFocused();
    await this.page.keyboard.type(query);
    await this.page.keyboard.press('Enter');
  }

  async addEdge(direction: 'Outgoing' | 'Incoming', other: string) {
    await this.pick(this.panel.getByRole('button', { name: `+ ${direction} edge` }), other);
  }

  async mergeInto(other: string) {
    await this.pick(this.panel.getByRole('button', { name: 'Merge into…' }), other);
  }

  async undo(times = 1) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('ControlOrMeta+z');
  }
}
