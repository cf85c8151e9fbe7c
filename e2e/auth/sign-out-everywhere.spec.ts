import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';

test('"Sign out everywhere" ends the sessions of every browser of the account at once', async ({ browser }) => {
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signIn(laptop, 'ibm');
  await signIn(phone, 'ibm');

  await laptop.goto('/account');
  await laptop.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(laptop).toHaveURL(/\/login/);

  // The other browser still holds its cookie, but the session it names is void.
  await phone.goto('/certificates');
  await expect(phone).toHaveURL(/\/login/);
  await laptop.context().close();
  await phone.context().close();
});
