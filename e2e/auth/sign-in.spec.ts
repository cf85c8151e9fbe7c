import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from '../fixtures/auth';

test('an anonymous visitor is sent to the sign-in page', async ({ page }) => {
  await page.goto('/certificates');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Sign in to CertQA' })).toBeVisible();
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(ACCOUNTS.quality.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'E-mail or password' })).toHaveText('E-mail or password is not correct.');
  await expect(page).toHaveURL(/\/login$/);
});

test('the quality manager lands on all seven certificates of the platform', async ({ page }) => {
  await signIn(page, 'quality');
  await expect(page).toHaveURL(/\/certificates$/);
  await expect(page.getByRole('heading', { name: '7 certificates in your scope' })).toBeVisible();
});

test('the IBM partner lands on its six certificates', async ({ page }) => {
  await signIn(page, 'ibm');
  await expect(page.getByRole('heading', { name: '6 certificates in your scope' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Northwind Learning Analytics Certificate' })).toHaveCount(0);
});

test('the Northwind partner lands on its one certificate', async ({ page }) => {
  await signIn(page, 'northwind');
  await expect(page.getByRole('heading', { name: '1 certificate in your scope' })).toBeVisible();
  await expect(page.getByTestId('certificate-definitions').getByRole('link', { name: 'Northwind Learning Analytics Certificate' })).toBeVisible();
});

test('the auditor lands on the certificates of the two granted procedures: six of IBM and Northwind’s one', async ({ page }) => {
  await signIn(page, 'auditor');
  await expect(page.getByRole('heading', { name: '7 certificates in your scope' })).toBeVisible();
});

test('the administrator lands on administration and sees no certificate data', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('cell', { name: 'auditor@fibaa.demo' })).toBeVisible();
  await page.goto('/certificates');
  await expect(page.getByRole('heading', { name: '0 certificates in your scope' })).toBeVisible();
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'quality');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/certificates');
  await expect(page).toHaveURL(/\/login$/);
});
