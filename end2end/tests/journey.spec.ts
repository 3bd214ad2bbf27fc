import { test, expect, Page } from '@playwright/test';
import { hydrated, tabTo, uniqueEmail, watchConsole } from './helpers';

const PASSWORD = 'wiosna w krakowie';
const NEW_PASSWORD = 'jesien nad wisla';

/** The account journey, done by `act` with the mouse or the keyboard. */
async function journey(page: Page, mode: 'mouse' | 'keyboard' | 'nojs') {
  const email = uniqueEmail(mode);
  const js = mode !== 'nojs';
  const errors = watchConsole(page);

  const click = async (name: string | RegExp, role: 'link' | 'button' = 'link', scope = page.locator('body')) => {
    const el = scope.getByRole(role, { name, exact: typeof name === 'string' });
    if (mode === 'keyboard') {
      await tabTo(page, el.first());
      await page.keyboard.press('Enter');
    } else {
      await el.first().click();
    }
  };
  const fill = async (label: string, value: string) => {
    const el = page.getByLabel(label, { exact: true });
    if (mode === 'keyboard') {
      await tabTo(page, el);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(value);
    } else {
      await el.fill(value);
    }
  };
  const choose = async (label: string, option: string) => {
    const el = page.getByLabel(label, { exact: true });
    if (mode === 'keyboard') {
      await tabTo(page, el);
      await el.selectOption({ label: option }); // a <select> is operated by keys in the browser; Playwright sets it
    } else {
      await el.selectOption({ label: option });
    }
  };

  await page.goto('/');
  if (js) await hydrated(page);
  await expect(page.locator('h1')).toHaveText('Jedno konto do spraw w Krakowie');

  // Register, first with a mistake: errors are listed, linked and the input is kept.
  await click('Załóż konto', 'link', page.locator('main'));
  await expect(page).toHaveURL(/\/register$/);
  await expect(page).toHaveTitle('Załóż konto – Konto Obywatelskie Kraków');
  await fill('Imię i nazwisko', 'Zofia Testowa');
  await fill('Adres e-mail', email);
  await fill('Nowe hasło', 'krótkie');
  await choose('Dzielnica', 'VIII Dębniki');
  await click('Załóż konto', 'button', page.locator('main'));
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('Hasło musi mieć co najmniej 12 znaków');
  await expect(page.getByLabel('Imię i nazwisko', { exact: true })).toHaveValue('Zofia Testowa');
  await expect(page.getByLabel('Adres e-mail', { exact: true })).toHaveValue(email);
  await expect(page.getByLabel('Nowe hasło', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  if (js) await expect(summary).toBeFocused();
  await fill('Nowe hasło', PASSWORD);
  if (mode === 'nojs') await choose('Dzielnica', 'VIII Dębniki');
  await click('Załóż konto', 'button', page.locator('main'));
  await expect(page).toHaveURL(/\/register\/check-email$/);
  await expect(page.locator('h1')).toHaveText('Sprawdź swoją pocztę');
  if (js) await expect(page.locator('h1')).toBeFocused();

  // Follow the link from the confirmation mail (the development outbox shows it).
  await page.goto('/dev/outbox');
  const href = await page.locator(`article[data-to="${email}"] a`).first().getAttribute('href');
  expect(href).toContain('/register/confirm?token=');
  await page.goto(href!);
  if (js) await hydrated(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await expect(page.locator('h1')).toHaveText('Dokończ zakładanie konta');
  await fill('Hasło', PASSWORD);
  await click('Załóż moje konto', 'button', page.locator('main'));
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('status')).toContainText('Konto zostało założone');
  await expect(page.locator('main')).toContainText('Zofia Testowa');
  await expect(page.locator('main')).toContainText('VIII Dębniki');

  // Edit the profile.
  await click('Zmień swoje dane');
  await expect(page.locator('h1')).toHaveText('Zmień swoje dane');
  if (js) await expect(page.locator('h1')).toBeFocused();
  await fill('Imię i nazwisko', 'Zofia Nowa');
  await click('Zapisz', 'button', page.locator('main'));
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('status')).toContainText('Dane zostały zapisane');
  await expect(page.locator('main')).toContainText('Zofia Nowa');

  // Change the password.
  await click('Zmień hasło', 'link', page.locator('main'));
  await fill('Obecne hasło', PASSWORD);
  await fill('Nowe hasło', NEW_PASSWORD);
  await click('Zmień hasło', 'button', page.locator('main'));
  await expect(page.getByRole('status')).toContainText('Hasło zostało zmienione');

  // Sign out, then a wrong password, then the right one.
  await click('Wyloguj się', 'button');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('status')).toContainText('Wylogowano');
  await click('Zaloguj się', 'link', page.locator('header'));
  await fill('Adres e-mail', email);
  await fill('Hasło', PASSWORD);
  await click('Zaloguj się', 'button', page.locator('main'));
  await expect(page.locator('.error-summary')).toContainText('Adres e-mail lub hasło są nieprawidłowe');
  await expect(page.getByLabel('Adres e-mail', { exact: true })).toHaveValue(email);
  await fill('Hasło', NEW_PASSWORD);
  await click('Zaloguj się', 'button', page.locator('main'));
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator('main')).toContainText('Zofia Nowa');

  // Download all my data.
  const download = page.waitForEvent('download');
  await click('Pobierz wszystkie moje dane (JSON)');
  const file = await download;
  const data = JSON.parse(require('fs').readFileSync(await file.path(), 'utf8'));
  expect(data.account.email).toBe(email);

  // Delete the account.
  await click('Usuń konto', 'link', page.locator('main'));
  await expect(page.locator('h1')).toHaveText('Usuń konto');
  await fill('Hasło', NEW_PASSWORD);
  await click('Usuń konto na zawsze', 'button');
  await expect(page.locator('.error-summary')).toContainText('Zaznacz, że rozumiesz');
  const box = page.getByLabel('Rozumiem, że konta nie da się przywrócić.');
  if (mode === 'keyboard') { await tabTo(page, box); await page.keyboard.press('Space'); } else { await box.check(); }
  if (mode === 'nojs') await fill('Hasło', NEW_PASSWORD);
  await click('Usuń konto na zawsze', 'button');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('status')).toContainText('Konto zostało usunięte');
  await expect(page.getByRole('link', { name: 'Zaloguj się' }).first()).toBeVisible();

  // With JavaScript the whole journey ran in one document (no full page loads).
  const same = await page.evaluate(() => (window as any).__sameDocument === true);
  expect(same).toBe(js);
  expect(errors).toEqual([]);
}

test('account journey with the mouse', async ({ page }) => {
  await journey(page, 'mouse');
});

test('account journey with the keyboard only', async ({ page }) => {
  await journey(page, 'keyboard');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('account journey with JavaScript disabled', async ({ page }) => {
    await journey(page, 'nojs');
  });
});

test('skip link and focus after client-side navigation', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Przejdź do treści' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.getByRole('link', { name: 'Deklaracja dostępności' }).click();
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle('Deklaracja dostępności – Konto Obywatelskie Kraków');
  await expect(page.locator('#route-announcer')).toHaveText('Deklaracja dostępności – Konto Obywatelskie Kraków');
});
