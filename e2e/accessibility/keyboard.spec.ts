// The main journeys of the three working roles with the keyboard only: Tab, Shift+Tab, Enter and
// Space (and typing into fields), never a click. Every element the Tab key lands on must show a
// visible focus indicator. Only the content partner's journey changes the demo: it adds one link
// evidence of its own to the open procedure's "Condition 2" item, whose status (open, due in 10
// days) stays as the due-page journey expects; the first checklist item, which other journeys
// look at, stays untouched.
import { expect, test } from '@playwright/test';
import { describeFocused, escapeRegExp, expectVisibleFocus, signInWithKeyboard, type TFocused, tabTo } from '../fixtures/keyboard';

test('"Skip to content" is the first focusable element, shows when focused, and moves focus to the main content', async ({ page }) => {
  await signInWithKeyboard(page, 'quality');
  // A fresh load puts the keyboard at the top of the document.
  await page.goto('/certificates');
  await page.keyboard.press('Tab');
  const first = await describeFocused(page);
  expect(first?.name).toBe('Skip to content');
  expect(first?.href).toBe('#main');
  expectVisibleFocus(first as TFocused);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  const next = await tabTo(page, () => true, { what: 'any element', limit: 1 });
  expect(next.isInMain, `after skipping, Tab should continue inside <main>, not at <${next.tag}> "${next.name}"`).toBe(true);
});

test('a quality manager signs in, opens a dashboard chart’s data table and reaches a checklist item, with the keyboard only', async ({ page }) => {
  test.slow();
  await signInWithKeyboard(page, 'quality');

  // Through the main navigation to the certificates and on to a certificate's dashboard.
  await tabTo(page, (focused) => focused.href === '/certificates' && focused.name === 'Certificates', { what: 'the "Certificates" navigation link' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
  await tabTo(page, (focused) => focused.href === '/certificates/ibm-data-science/dashboard', { what: 'the dashboard link of IBM Data Science' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard: IBM Data Science Professional Certificate' })).toBeVisible();

  // The skip link, then the funnel's data table, opened with Space.
  await tabTo(page, (focused) => focused.name === 'Skip to content', { what: 'the skip link' });
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  const summary = await tabTo(page, (focused) => focused.tag === 'summary' && focused.name.startsWith('Data table') && focused.name.includes('Funnel'), {
    what: "the funnel chart's data table",
  });
  expect(summary.isInMain).toBe(true);
  await expect(page.getByTestId('funnel-table')).toBeHidden();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('funnel-table')).toBeVisible();
  await expect(page.getByTestId('funnel-table').getByRole('columnheader', { name: 'Enrolled' })).toBeVisible();
  // Enter closes it again: a native disclosure.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('funnel-table')).toBeHidden();

  // Back up to the navigation, to the procedures, into FIBAA 23/016 and on to a checklist item.
  await tabTo(page, (focused) => focused.href === '/procedures' && focused.name === 'Procedures', {
    backwards: true,
    what: 'the "Procedures" navigation link',
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Accreditation procedures' })).toBeVisible();
  await tabTo(page, (focused) => focused.name.startsWith('FIBAA 23/016'), { what: 'the link to FIBAA 23/016' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^FIBAA 23\/016/ })).toBeVisible();
  const item = await tabTo(page, (focused) => focused.tag === 'a' && focused.testIds.includes('checklist'), { what: 'a checklist item link' });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/procedures\/[^/]+\/checklist\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(escapeRegExp(item.name)) })).toBeVisible();
});

test('the Northwind partner reaches a checklist item from Due and adds a link as evidence, with the keyboard only', async ({ page }) => {
  test.slow();
  const title = `Keyboard journey: certificate documentation page ${Date.now()}`;
  const url = 'https://northwind.example/certificates/learning-analytics/documentation';
  await signInWithKeyboard(page, 'northwind');

  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }), { what: 'the "Due" navigation link' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Due', exact: true })).toBeVisible();
  const itemLink = page.getByTestId('due-row').getByRole('link', { name: 'Condition 2', exact: true });
  await expect(itemLink).toBeVisible();
  const focusedLink = await tabTo(page, itemLink, { what: 'the "Condition 2" checklist item on the due list' });
  expect(focusedLink.isInMain).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/procedures\/[^/]+\/checklist\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Condition 2/ })).toBeVisible();

  // The "add link" form: its two fields, the dates as they are (effective today), and its button.
  const form = page.getByTestId('link-evidence-form');
  await tabTo(page, form.getByLabel('Link', { exact: true }), { what: 'the link field of the "add link" form' });
  await page.keyboard.type(url);
  await tabTo(page, form.getByLabel('Title of the link'), { what: 'the title field of the "add link" form', limit: 5 });
  await page.keyboard.type(title);
  await tabTo(page, form.getByRole('button', { name: 'Add link' }), { what: 'the "Add link" button', limit: 20 });
  await page.keyboard.press('Space');

  const card = page.getByTestId('evidence').filter({ hasText: title });
  await expect(card.getByTestId('evidence-state')).toHaveText('submitted');
  await expect(card).toContainText('Link');
  await expect(card.getByTestId('revisions').getByRole('link', { name: url })).toHaveAttribute('href', url);
  await expect(card).toContainText('Noor Northwind');
  // The form is empty again for the next link.
  await expect(form.getByLabel('Title of the link')).toHaveValue('');
});

test('the auditor opens FIBAA 23/016 and downloads its evidence report as a PDF, with the keyboard only', async ({ page }) => {
  // The report is generated on request, which takes a while on a busy machine.
  test.setTimeout(180_000);
  await signInWithKeyboard(page, 'auditor');

  await tabTo(page, (focused) => focused.href === '/procedures' && focused.name === 'Procedures', { what: 'the "Procedures" navigation link' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Accreditation procedures' })).toBeVisible();
  await tabTo(page, (focused) => focused.isInMain && focused.name.startsWith('FIBAA 23/016'), { what: 'the link to FIBAA 23/016' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^FIBAA 23\/016/ })).toBeVisible();

  const button = page.getByTestId('evidence-report-download').getByRole('link', { name: 'Evidence report (PDF)' });
  await tabTo(page, button, { what: 'the "Evidence report (PDF)" download button' });
  const downloaded = page.waitForEvent('download', { timeout: 150_000 });
  await page.keyboard.press('Enter');
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(await download.failure()).toBeNull();
  // Focus stays on the button, which is ready for the next download.
  await expect(button).toBeFocused();
  await expect(button).not.toHaveAttribute('aria-disabled', 'true');
});
