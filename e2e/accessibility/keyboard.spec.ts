// A main journey with the keyboard only: Tab, Shift+Tab, Enter and Space, never a click. Every
// element the Tab key lands on must show a visible focus indicator.
import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD } from '../fixtures/auth';

/** What the focused element is, and whether it shows where the focus is. */
type TFocused = {
  tag: string;
  name: string;
  href: string | null;
  id: string;
  isInMain: boolean;
  testIds: string[];
  outline: string;
  boxShadow: string;
  hasIndicator: boolean;
  isOnScreen: boolean;
};

async function describeFocused(page: Page): Promise<TFocused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const testIds: string[] = [];
    for (let node: HTMLElement | null = element; node; node = node.parentElement) {
      const testId = node.getAttribute('data-testid');
      if (testId) testIds.push(testId);
    }
    const hasOutline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    return {
      tag: element.tagName.toLowerCase(),
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: element.getAttribute('href'),
      id: element.id,
      isInMain: element.closest('main') !== null,
      testIds,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      hasIndicator: hasOutline || style.boxShadow !== 'none',
      // The element occupies space on the page (the skip link is off-screen until focused).
      isOnScreen: rect.width > 1 && rect.height > 1,
    };
  });
}

/** Asserts that the focused element can be seen to be focused. */
function expectVisibleFocus(focused: TFocused) {
  const label = `<${focused.tag}> "${focused.name.slice(0, 60)}"`;
  expect(focused.isOnScreen, `${label} is focused but takes no space on the page`).toBe(true);
  expect(focused.hasIndicator, `${label} is focused without a visible indicator (outline ${focused.outline}; box-shadow ${focused.boxShadow})`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, checking the focus indicator of
 * every element passed on the way. Fails after `limit` presses.
 */
async function tabTo(page: Page, isTarget: (focused: TFocused) => boolean, { backwards = false, limit = 250, what = 'the element' } = {}): Promise<TFocused> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await describeFocused(page);
    if (!focused) continue;
    expectVisibleFocus(focused);
    if (isTarget(focused)) return focused;
  }
  throw new Error(`${what} was not reached within ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

async function signInWithKeyboard(page: Page) {
  await page.goto('/login');
  await tabTo(page, (focused) => focused.id === 'email', { what: 'the e-mail field' });
  await page.keyboard.type(ACCOUNTS.quality.email);
  await tabTo(page, (focused) => focused.id === 'password', { what: 'the password field' });
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toContainText(ACCOUNTS.quality.name);
}

test('"Skip to content" is the first focusable element, shows when focused, and moves focus to the main content', async ({ page }) => {
  await signInWithKeyboard(page);
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
  await signInWithKeyboard(page);

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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
