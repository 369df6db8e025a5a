import { HONEST_ANSWERS } from '../../src/domain/presets/honestAnswers';
import { TID } from '../../src/testIds';
import { expect, test } from '../fixtures';
import { tabTo } from '../pages/keyboard';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { focusRing } from '../support/focusRing';

test('keyboard only: skip link, a symptom, answers, the verdict and Accept, the focus following each step', async ({ app, walk, page }) => {
  test.slow(); // four accessibility scans
  await app.open();
  await walk.skipToWalkthrough();
  await expectNoSeriousA11yViolations(page, 'walkthrough opened from the skip link');

  await walk.pickSymptom('duplicate', 'Duplicate rows');
  // The triage is named from what was seen, not "Untitled pipeline".
  await expect(page.getByTestId(TID.workspacesButton)).toContainText(/Duplicate rows · \d{1,2} [A-Z][a-z]{2}/);
  await walk.startQuestions();

  const place = await walk.showVerdictNow.boundingBox();
  await walk.answerInPlace('unsure');
  await walk.answerInPlace('yes');
  await expectNoSeriousA11yViolations(page, 'third question in focus');
  // "Show verdict now" stays where it was, answer after answer.
  expect(await walk.showVerdictNow.boundingBox()).toEqual(place);

  await page.keyboard.press('v');
  await expect(walk.verdictHeading).toBeFocused();
  const seam = (await walk.verdict.getAttribute('data-seam')) ?? '';
  await expectNoSeriousA11yViolations(page, 'verdict in focus');

  await walk.pressVerdictButton(/^Accept/);
  await expect(app.seamPanel).toHaveAttribute('data-seam', seam);
  await expect(app.seamPanel.getByRole('heading', { level: 2 })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'accepted seam in focus');
});

test('a worked example to its end by keyboard: the way to the verdict, the verdict, then the reveal take the focus; the list shows the verdict', async ({ app, walk, workspaces, page }) => {
  test.slow(); // a whole walkthrough, by keyboard
  await app.open();
  await tabTo(page, page.getByTestId(TID.examplesButton));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByTestId(TID.examplesMenu).getByRole('button', { name: 'Walk through this incident: Ack before commit: a duplicate row' }));
  await page.keyboard.press('Enter');
  await walk.startQuestions();
  await walk.answerUntilVerdict(HONEST_ANSWERS['ack-before-commit'] ?? {});
  await expect(walk.verdictHeading).toBeFocused();
  const settled = (await walk.verdict.getAttribute('data-confidence')) === 'settled';

  await walk.pressVerdictButton(/^Accept/);
  await expect(walk.reveal.getByRole('heading', { level: 3 })).toBeFocused();

  await workspaces.open();
  const row = workspaces.row(/Ack before commit/);
  await expect(workspaces.verdict(row)).toContainText('Ingest → Store');
  await expect(workspaces.verdict(row)).toContainText(settled ? 'Broken' : 'Suspect');
  await expect(workspaces.stripSeam(row, 'ingest-store')).toHaveAttribute('data-verdict', settled ? 'broken' : 'suspect');
  await expect(workspaces.strip(row)).toHaveAccessibleName(/Ingest → Store (broken|suspect)/);
  await expect(row).toContainText('Last change');
  await expectNoSeriousA11yViolations(page, 'workspace list with a verdict');
});

test('the workspace list holds still while renaming, and its Undo bar is reachable above the dialog after a delete', async ({ app, workspaces, page }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('Alpha');
  for (const name of ['Beta', 'Gamma']) {
    await page.getByTestId(TID.newWorkspace).click();
    await page.getByTestId('workspace-name').fill(name);
  }
  await workspaces.open();
  const before = await workspaces.names();
  expect(before).toEqual(['Gamma', 'Beta', 'Alpha']);
  await workspaces.rename('Alpha', 'Alpha, renamed');
  expect(await workspaces.names()).toEqual(['Gamma', 'Beta', 'Alpha, renamed']);

  await workspaces.keepByKeyboard('Gamma');
  await workspaces.deleteByKeyboard('Beta');
  await expect(workspaces.dialog).toBeVisible();
  await expect(workspaces.undo).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'undo bar inside the workspace list');
  // A click lands only on what nothing covers: the bar is above the dialog's backdrop.
  await workspaces.undo.click();
  await expect(workspaces.rows).toHaveCount(3);
  await expect(workspaces.row('Beta')).toBeVisible();
  await expect(workspaces.row('Beta').getByRole('button', { name: 'Beta', exact: true })).toBeFocused();
});

test('"?" opens the shortcut sheet listing every shortcut; Escape closes it; typing "?" in a field does not', async ({ app, shortcuts, page }) => {
  await app.open();
  await shortcuts.openWithKey();
  for (const id of ['help', 'skip', 'undo', 'redo', 'print', 'escape', 'verdict', 'answer-yes', 'answer-no', 'answer-unsure', 'answer-na', 'answer-option', 'menu-move', 'find']) {
    await expect(shortcuts.row(id)).toBeVisible();
  }
  await expect(shortcuts.row('verdict')).toContainText('V');
  await expectNoSeriousA11yViolations(page, 'shortcut sheet');
  await shortcuts.close();

  await shortcuts.openFromHelp();
  await shortcuts.close();
  await expect(shortcuts.helpButton).toBeFocused();

  const name = page.getByTestId('workspace-name');
  await name.fill('Why');
  await name.press('?');
  await expect(name).toHaveValue('Why?');
  await expect(shortcuts.sheet).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`focus rings are 2px or wider at 3:1 or more on checkboxes, answer menus, buttons and the graph (${scheme})`, async ({ app, walk, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    const measured: Record<string, { width: number; contrast: number }> = {};
    const measure = async (what: string) => {
      const focused = page.locator(':focus');
      measured[what] = await focusRing(focused);
    };
    await walk.skipToWalkthrough();
    await measure('search field');
    await walk.pickSymptom('stale', 'Data late or stale');
    await measure('symptom checkbox');
    await walk.startQuestions();
    await measure('answer button');
    await walk.answerInPlace('no');
    await tabTo(page, walk.panel.getByRole('combobox').first());
    await measure('answer menu');
    await tabTo(page, app.seam('ingest-store'));
    await measure('seam on the graph');
    for (const [what, ring] of Object.entries(measured)) {
      expect.soft(ring.width, `${what}: ring width`).toBeGreaterThanOrEqual(2);
      expect.soft(ring.contrast, `${what}: ring contrast`).toBeGreaterThanOrEqual(3);
    }
  });
}
