import { test, expect, Page } from '@playwright/test';
import { DEMO, hydrated, signInByRequest, watchConsole } from './helpers';

const PHONE = { width: 390, height: 844 };

/** The height of the header with its menu (as folded or shown), in CSS pixels. */
async function headerHeight(page: Page): Promise<number> {
  return page.locator('header').evaluate((h) => h.getBoundingClientRect().height);
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the menu folds behind a button; the name and the way out stay in sight', async ({ page, context, baseURL }) => {
    const errors = watchConsole(page);
    await signInByRequest(context, baseURL!, DEMO.resident);
    await page.goto('/budget');
    await hydrated(page);
    const header = page.locator('header');
    const menu = header.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Menu główne' });
    // Who is signed in, the way out and the languages: visible without opening anything.
    await expect(header.getByText('Zalogowano jako', { exact: false })).toBeAttached();
    await expect(header.locator('.site-header__name')).toBeVisible();
    await expect(header.getByRole('button', { name: 'Wyloguj się' })).toBeVisible();
    await expect(header.getByRole('button', { name: 'English' })).toBeVisible();
    // The menu is folded.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    const height = await headerHeight(page);
    console.log(`header on a 390 x 844 phone, signed in, menu folded: ${Math.round(height)} px`);
    expect(height).toBeLessThanOrEqual(150);
    // With the keyboard: open, follow a link, and the menu folds again on the new page.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Ankiety' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Strona główna' })).toBeFocused();
    // Escape folds it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await menu.click();
    await nav.getByRole('link', { name: 'Ankiety' }).click();
    await expect(page).toHaveURL(/\/surveys$/);
    await expect(page.locator('h1')).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('a visitor without an account: the way in is in sight', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    await expect(page.locator('header').getByRole('link', { name: 'Zaloguj się' })).toBeVisible();
    const height = await headerHeight(page);
    console.log(`header on a 390 x 844 phone, not signed in, menu folded: ${Math.round(height)} px`);
    expect(height).toBeLessThanOrEqual(110);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the menu is simply shown, and every link works', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('header').getByRole('button', { name: 'Menu' })).toBeHidden();
      const nav = page.getByRole('navigation', { name: 'Menu główne' });
      await expect(nav.getByRole('link', { name: 'Budżet obywatelski' })).toBeVisible();
      await nav.getByRole('link', { name: 'Referenda' }).click();
      await expect(page).toHaveURL(/\/referenda$/);
      console.log(`header on a 390 x 844 phone without JavaScript, menu shown: ${Math.round(await headerHeight(page))} px`);
    });
  });
});

test('on a desktop the menu is always shown and there is no menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('header').getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Ankiety' })).toBeVisible();
  console.log(`header on a 1280 x 800 desktop, not signed in: ${Math.round(await headerHeight(page))} px`);
});
