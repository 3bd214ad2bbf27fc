import { test, expect, Page, Browser } from '@playwright/test';
import { axe, axePlain, DEMO, freshResident, hydrated, krakowDate, randomPesel, signInByRequest, tabTo, watchConsole } from './helpers';

// Local taxes: a resident sees what they owe (interest included) and pays an overdue
// instalment through the sandbox provider with the mouse, by keyboard only and without
// JavaScript; a tax clerk imports a file with an error and then the corrected one. Every tax
// page is checked with axe.

const combo = { lang: 'pl', contrast: 'standard', width: 1280 } as const;

/** A taxpayer for a new resident, as the tax system sends it: 4,000 zł of property tax for
 *  2025 with 1,100 zł paid (instalments overdue with interest) and 1,000 zł for 2026. */
function files(id: string, pesel: string) {
  return [
    `taxpayer_id,name,pesel,account\n${id},Anna Testowa,${pesel},PL61 1090 1014 0000 0712 1981 2874\n`,
    `liability_id,taxpayer_id,kind,year,amount\n${id}-L25,${id},property,2025,4000\n${id}-L26,${id},property,2026,1000\n`,
    `payment_id,taxpayer_id,date,amount,channel,liability_id\n${id}-P1,${id},2025-05-15,1100,bank,\n`,
  ];
}

/** A new resident whose PESEL a clerk confirmed and whom the tax clerk's files name. */
async function taxpayer(browser: Browser, page: Page, baseURL: string): Promise<string> {
  const email = await freshResident(page.context(), baseURL);
  const pesel = randomPesel();
  const id = `E2E-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const clerk = await browser.newContext();
  await signInByRequest(clerk, baseURL, DEMO.clerk);
  const v = await clerk.request.post('/api/staff/identity/verify', {
    form: { email, pesel, birth: '', document: '', office: 'Urząd Miasta Krakowa, os. Zgody 2', district: '5', resident_since: krakowDate(-365) },
    headers: { Origin: baseURL, Accept: 'text/html' }, maxRedirects: 0,
  });
  expect(v.headers()['location']).toBe('/staff/identity');
  await clerk.close();
  const tax = await browser.newContext();
  await signInByRequest(tax, baseURL, DEMO.taxClerk);
  for (const f of files(id, pesel)) {
    const r = await tax.request.post('/staff/taxes/import', {
      multipart: { file: { name: 'plik.csv', mimeType: 'text/csv', buffer: Buffer.from(f) } },
      headers: { Origin: baseURL }, maxRedirects: 0,
    });
    expect(r.status()).toBe(303);
  }
  await tax.close();
  return id;
}

/** On the provider's page: checked with axe (with JavaScript), paid; back at /taxes. */
async function payAtProvider(page: Page, keyboard: boolean, check = true) {
  await expect(page).toHaveURL(/\/sandbox\/p24\/trnRequest\/[0-9A-F]+$/);
  if (check) await axePlain(page, 'the sandbox provider');
  const pay = page.getByRole('button', { name: 'Zapłać', exact: true });
  if (keyboard) {
    await tabTo(page, pay);
    await page.keyboard.press('Enter');
  } else {
    await pay.click();
  }
  await expect(page).toHaveURL(/\/taxes$/);
}

test('a resident reads the statement and pays an overdue instalment with the mouse', async ({ browser, page, baseURL }) => {
  const errors = watchConsole(page);
  const id = await taxpayer(browser, page, baseURL!);
  await page.goto('/taxes');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: `Anna Testowa (podatnik ${id})` })).toBeVisible();
  await expect(page.getByText('Zaległość z odsetkami:')).toBeVisible();
  const row = page.getByRole('row', { name: /^2025, rata 2 z 4/ });
  await expect(row).toContainText('zaległa');
  await expect(page.locator(`#title-${id}-property-2025`)).toHaveValue(`${id} podatek od nieruchomosci 2025`);
  await axe(page, combo, 'the taxes page');
  // "If I pay on" a later day: the interest to that day.
  await page.getByLabel('Jeśli zapłacę dnia').fill(krakowDate(30));
  await page.getByRole('button', { name: 'Przelicz' }).click();
  await expect(page.getByText(/^Odsetki na \d+ /)).toBeVisible();
  await page.goto('/taxes');
  await row.getByRole('button', { name: /^Zapłać .* za ratę 2025, rata 2 z 4$/ }).click();
  await payAtProvider(page, false);
  // The page looks again by itself while the payment waits for the provider's word.
  await expect(row).toContainText('zapłacona', { timeout: 30_000 });
  await expect(page.getByRole('row', { name: /płatność w portalu/ })).toBeVisible();
  await axe(page, combo, 'the taxes page after paying');
  expect(errors).toEqual([]);
});

test('by keyboard only: everything due paid at once', async ({ browser, page, context, baseURL }) => {
  const errors = watchConsole(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await taxpayer(browser, page, baseURL!);
  await page.goto('/taxes');
  await hydrated(page);
  const all = page.getByRole('button', { name: /^Zapłać wszystko, co należne: / });
  await tabTo(page, all, 120);
  await page.keyboard.press('Enter');
  await payAtProvider(page, true);
  await expect(page.getByText('Wszystko zapłacone na czas.', { exact: false }).or(page.getByText('Wszystko zapłacone.'))).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^Zapłać wszystko/ })).toHaveCount(0);
  // The copy button copies the account number (it appears once the page runs).
  await tabTo(page, page.getByRole('button', { name: 'Kopiuj' }).first(), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Skopiowano.').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('61 1090 1014 0000 0712 1981 2874');
  await axe(page, { ...combo, rotate: { next: 1 } }, 'the taxes page, paid');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an overdue instalment paid with plain forms', async ({ browser, page, baseURL }) => {
    await taxpayer(browser, page, baseURL!);
    await page.goto('/taxes');
    // A day that cannot be read: told at its field, what was typed kept.
    await page.getByLabel('Jeśli zapłacę dnia').fill('2020-01-01');
    await page.getByRole('button', { name: 'Przelicz' }).click();
    await expect(page.locator('#f-on-error')).toContainText('Podaj dzisiejszą albo późniejszą datę');
    await expect(page.getByLabel('Jeśli zapłacę dnia')).toHaveAttribute('aria-invalid', 'true');
    const row = page.getByRole('row', { name: /^2025, rata 2 z 4/ });
    await row.getByRole('button', { name: /za ratę 2025, rata 2 z 4$/ }).click();
    await payAtProvider(page, false, false);
    // Without JavaScript the page does not look again by itself: the resident reloads.
    for (let i = 0; i < 30; i++) {
      if ((await row.textContent())?.includes('zapłacona')) break;
      await page.waitForTimeout(1000);
      await page.reload();
    }
    await expect(row).toContainText('zapłacona');
  });
});

test('a tax clerk imports a file with an error, then the corrected one, and looks up the taxpayer', async ({ page, context, baseURL }) => {
  const errors = watchConsole(page);
  await signInByRequest(context, baseURL!, DEMO.taxClerk);
  await page.goto('/staff/taxes');
  await hydrated(page);
  await axe(page, combo, 'the tax desk');
  const id = `E2E-K-${Date.now()}`;
  const good = `taxpayer_id,name,pesel,account\n${id},Jan Plikowy,${randomPesel()},PL61 1090 1014 0000 0712 1981 2874\n`;
  const bad = good.replace('PL61 1090', 'PL62 1090');
  await page.getByLabel('Plik CSV').setInputFiles({ name: 'podatnicy.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Importuj' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('Pliku nie zaimportowano – problemów: 1.');
  await expect(summary).toContainText('Wiersz 2: nieprawidłowy numer rachunku (NRB)');
  await expect(page.getByLabel('Plik CSV')).toHaveAttribute('aria-invalid', 'true');
  await axe(page, combo, 'the tax desk with a refused file');
  await page.getByLabel('Plik CSV').setInputFiles({ name: 'podatnicy.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Importuj' }).click();
  await expect(page.getByText('Zaimportowano wierszy: 1; zmienionych: 1.')).toBeVisible();
  await page.getByLabel('Identyfikator podatnika albo PESEL').fill(id);
  await page.getByRole('button', { name: 'Szukaj' }).click();
  await page.getByRole('link', { name: new RegExp(`^${id} — Jan Plikowy`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Podatnik ${id}`);
  await expect(page.getByText('Otwarcie tych danych zostało zapisane')).toBeVisible();
  await axe(page, combo, 'a taxpayer for the tax clerk');
  expect(errors).toEqual([]);
});

test('the demo taxpayer in English and Ukrainian', async ({ page, context, baseURL }) => {
  const errors = watchConsole(page);
  await signInByRequest(context, baseURL!, DEMO.taxpayer);
  for (const lang of ['en', 'uk'] as const) {
    const r = await context.request.post('/api/set_language', { form: { lang, return_to: '/' }, headers: { Origin: baseURL!, Accept: 'text/html' }, maxRedirects: 0 });
    expect(r.status()).toBe(303);
    await page.goto('/taxes');
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 2, name: /PN-1001/ })).toBeVisible();
    await axe(page, { ...combo, lang }, `the demo taxpayer (${lang})`);
  }
  expect(errors).toEqual([]);
});
