import { test, expect } from '@playwright/test';
import { hydrated, watchConsole } from './helpers';

test('language switcher with JavaScript: no page load, lang and title follow', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/sign-in');
  await hydrated(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Sign in');
  await expect(page).toHaveTitle('Sign in – Citizen Account Kraków');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: 'Українська' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('h1')).toHaveText('Увійти');
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  // The choice persists (cookie) across a full reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('language switcher is a plain form', async ({ page }) => {
    await page.goto('/accessibility');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/accessibility$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Accessibility statement');
    await page.getByRole('button', { name: 'Polski' }).click();
    await expect(page.locator('h1')).toHaveText('Deklaracja dostępności');
  });
});

test.describe('Accept-Language', () => {
  test.use({ locale: 'uk-UA' });
  test('a Ukrainian browser gets Ukrainian', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.locator('h1')).toHaveText('Один акаунт для ваших справ у Кракові');
  });
});
