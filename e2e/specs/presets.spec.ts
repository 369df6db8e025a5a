import { expect, test } from '../fixtures';
import { expectNoSeriousA11yViolations } from '../support/axe';

const CASES = [
  { title: 'Unstated source assumptions', seam: 'generate-ingest', kind: 'facts', facts: ['client-side clock, not UTC', 'USD assumed, unstated', 'not globally unique', 'none of this is in the schema'] },
  { title: 'Ack before commit', seam: 'ingest-store', kind: 'sequence', facts: ['event_id 8821 → storage buffer', 'ack sent to producer', 'crash before commit', 'producer retries: 8821 again', 'storage: duplicate row written'] },
  { title: 'Partition key mismatch', seam: 'store-process', kind: 'cost', facts: ['ingestion_date', 'event_date', 'none — full scan', '$340', '$12', '$340/run instead of $12'] },
  { title: 'Duplicate rows at arrival', seam: 'process-model', kind: 'sample', facts: ['1001', '45.00', 'SUM(revenue)', '90.00', 'wrong', 'pipeline: SUCCESS — grain was never declared'] },
  { title: 'Freshness SLA never written', seam: 'model-serve', kind: 'facts', facts: ['every 4 hours', 'ok — 4h stale', 'miss — 4h late', 'freshness SLA was never written down'] },
  { title: 'Started before upstream finished', seam: 'orchestration', kind: 'timeline', facts: ['03:00', '03:07', 'load_raw started', 'too early', 'dependency not declared → silent data loss'] },
];

for (const c of CASES) {
  test(`the "${c.title}" example shows ${c.seam} broken, with its evidence`, async ({ app }) => {
    await app.open();
    await app.loadPreset(c.title);
    await expect(app.seam(c.seam)).toHaveAttribute('data-verdict', 'broken');
    const broken = app.page.locator('[data-testid^="seam-"][data-verdict="broken"]');
    await expect(broken).toHaveCount(1);
    await expect(app.seamPanel).toHaveAttribute('data-seam', c.seam);
    await expect(app.evidence).toHaveAttribute('data-kind', c.kind);
    for (const fact of c.facts) await expect(app.evidence).toContainText(fact);
  });
}

test('opening an example never overwrites the workspace the user was in', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('Tuesday incident');
  await app.loadPreset('Ack before commit');
  const dialog = await app.openWorkspaces();
  await expect(app.workspaceRows(dialog)).toHaveCount(2);
  await expect(dialog).toContainText('Tuesday incident');
});

test('the examples read well in dark mode too', async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await app.loadPreset('Duplicate rows at arrival');
  await expect(app.evidence).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'preset in dark mode');
});
