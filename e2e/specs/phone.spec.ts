import { expect, test } from '../fixtures';
import { TID } from '../../src/testIds';
import { expectNoSeriousA11yViolations } from '../support/axe';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the graph fills the top, the panel is a sheet below, and nothing scrolls sideways', async ({ app, page }) => {
  await app.open();
  const graph = await app.canvas.boundingBox();
  const panel = await app.panel.boundingBox();
  expect(graph!.width).toBeGreaterThanOrEqual(380);
  expect(graph!.height).toBeGreaterThan(250);
  expect(panel!.y).toBeGreaterThanOrEqual(graph!.y + graph!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId(TID.examplesButton).click();
  const examples = page.getByTestId(TID.examplesMenu).getByRole('button');
  await expect(examples).toHaveCount(12);
  for (const item of await examples.all()) await expect(item).toBeInViewport({ ratio: 1 });
  await expectNoSeriousA11yViolations(page, 'phone');
});
