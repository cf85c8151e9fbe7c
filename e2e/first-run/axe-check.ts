// The accessibility check of e2e/accessibility/axe.spec.ts for the first-run pages: WCAG 2.0/2.1
// A and AA, failing on violations of impact "serious" or "critical".
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

export async function expectNoSeriousViolations(page: Page, label: string) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} on ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking, `axe found serious or critical violations on ${label} (${page.url()})`).toEqual([]);
}
