import { expect, test } from '../fixtures';
import { expectNoSeriousA11yViolations } from '../support/axe';

test('a lead presents an example on a call, step by step, by keyboard alone', async ({ app, presenter, page }) => {
  await app.open();
  await presenter.present('Started before upstream finished');
  await expect(presenter.step).toHaveAttribute('data-kind', 'title');
  await expect(presenter.step).toContainText('Orchestration ↔ All Stages');
  await expectNoSeriousA11yViolations(page, 'presenter title step');

  await presenter.press('ArrowRight');
  await expect(presenter.step).toHaveAttribute('data-kind', 'flow');
  await expect(presenter.step).toContainText('How it should work');

  await presenter.press('Space');
  await expect(presenter.step).toHaveAttribute('data-kind', 'failure');
  await expect(presenter.step).toContainText('still writing until 03:07');
  await expectNoSeriousA11yViolations(page, 'presenter failure step');

  await presenter.press('ArrowRight');
  await expect(presenter.step).toHaveAttribute('data-kind', 'evidence');
  await expect(presenter.step).toContainText('dependency not declared → silent data loss');
  await expectNoSeriousA11yViolations(page, 'presenter evidence step');

  await presenter.press('ArrowRight');
  await expect(presenter.step).toHaveAttribute('data-kind', 'clause');
  await expect(presenter.progress).toHaveText('Step 5 of 5');
  await expect(presenter.step).toContainText('load_raw starts when upstream reports complete');
  // The last step stays put; going back works.
  await presenter.press('ArrowRight');
  await expect(presenter.progress).toHaveText('Step 5 of 5');
  await presenter.press('ArrowLeft');
  await expect(presenter.step).toHaveAttribute('data-kind', 'evidence');

  await presenter.press('Escape');
  await expect(presenter.view).toHaveCount(0);
  await expect(app.page.getByTestId('examples-button')).toBeFocused();
});

test('presenter mode reads in dark mode too', async ({ app, presenter, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  await presenter.present('Duplicate rows at arrival');
  await presenter.press('End');
  await expect(presenter.step).toHaveAttribute('data-kind', 'clause');
  await expectNoSeriousA11yViolations(page, 'presenter clause step, dark');
});
