import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const MAX_TARGETS = 3;

export interface A11yScanOptions {
  /** CSS selectors to limit the scan to. */
  include?: string[];
  /** CSS selectors to leave out of the scan. */
  exclude?: string[];
  /** axe rule ids to skip (say why at the call site). */
  disableRules?: string[];
}

function formatViolation(v: Violation): string {
  const targets = v.nodes
    .slice(0, MAX_TARGETS)
    .map((n) => n.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(' >> '));
  const more = v.nodes.length > MAX_TARGETS ? ` (+${v.nodes.length - MAX_TARGETS} more)` : '';
  return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} -> ${targets.join(' | ')}${more} (${v.helpUrl})`;
}

/**
 * Runs axe (WCAG 2.0/2.1 A + AA) on the current page and fails the test with a
 * readable list if any violation has impact "serious" or "critical".
 * Returns the full axe results for further assertions.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  context?: string,
  options: A11yScanOptions = {},
): Promise<AxeResults> {
  const label = context ? `a11y: ${context}` : 'a11y scan';
  return test.step(label, async () => {
    let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
    for (const sel of options.include ?? []) builder = builder.include(sel);
    for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
    if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);

    const results = await builder.analyze();
    const blocking = results.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''));
    expect(
      blocking.map(formatViolation),
      `${label}: ${blocking.length} serious/critical accessibility violation(s) on ${page.url()}`,
    ).toEqual([]);
    return results;
  });
}
