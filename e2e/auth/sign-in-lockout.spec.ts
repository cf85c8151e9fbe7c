// Lock-out as a person meets it. An e-mail without an account is used on purpose: it locks exactly
// like a real one (so the page reveals nothing), and the demo accounts stay usable for the other
// specs. Five failures from this browser stay below the per-address limit of ten.
import { expect, type Page, test } from '@playwright/test';

const clock = (date: Date) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

async function tryPassword(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  // Wait for the answer itself: the message can read the same as after the previous attempt.
  await Promise.all([
    page.waitForResponse((response) => response.url().includes('/api/auth/callback/credentials')),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

test('five failed sign-ins lock the account with the time the lock ends', async ({ page }) => {
  const email = `nobody-${Date.now().toString(36)}@example.org`;
  // The form's own alert; Next.js keeps an empty route announcer with the same role.
  const alert = page.locator('form').getByRole('alert');
  await page.goto('/login');
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await tryPassword(page, email, `wrong password ${attempt}`);
    await expect(alert).toHaveText('E-mail or password is not correct.');
  }
  const before = new Date(Date.now() + 15 * 60_000);
  await tryPassword(page, email, 'wrong password 5');
  const after = new Date(Date.now() + 15 * 60_000);
  await expect(alert).toHaveText(/^This account is locked until \d\d:\d\d after repeated failed sign-ins\.$/);
  const shown = /until (\d\d:\d\d)/.exec((await alert.textContent()) ?? '')?.[1];
  expect([clock(before), clock(after)]).toContain(shown);

  // While locked, even another password is not checked.
  await tryPassword(page, email, 'yet another guess');
  await expect(alert).toHaveText(`This account is locked until ${shown} after repeated failed sign-ins.`);
  await expect(page).toHaveURL(/\/login$/);
});
