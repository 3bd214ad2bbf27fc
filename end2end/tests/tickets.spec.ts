import { test, expect, Page } from '@playwright/test';
import { axe, axePlain, freshResident, hydrated, krakowDate, tabTo, watchConsole } from './helpers';

// Buying KMK tickets through the sandbox payment provider (the server's own, at /sandbox/p24):
// with the mouse, by keyboard only and without JavaScript; the ticket then in the wallet.

const combo = { lang: 'pl', contrast: 'standard', width: 1280 } as const;

/** On the provider's page: checked with axe, then paid; back at the order's page. */
async function payAtProvider(page: Page, keyboard: boolean, check = true) {
  await expect(page).toHaveURL(/\/sandbox\/p24\/trnRequest\/[0-9A-F]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Płatność testowa');
  // axe runs as a script in the page: not in the context without JavaScript.
  if (check) await axePlain(page, 'the sandbox provider');
  const pay = page.getByRole('button', { name: 'Zapłać', exact: true });
  if (keyboard) {
    await tabTo(page, pay);
    await page.keyboard.press('Enter');
  } else {
    await pay.click();
  }
  await expect(page).toHaveURL(/\/tickets\/orders\/\d+$/);
}

test('a short ticket bought with the mouse: the price said as options change, the ticket in the wallet', async ({ page, context, baseURL }) => {
  const errors = watchConsole(page);
  await freshResident(context, baseURL!);
  await page.goto('/tickets/buy');
  await hydrated(page);
  const price = page.locator('#tk-price');
  await expect(price).toHaveAttribute('aria-live', 'polite');
  await page.getByLabel('Bilet', { exact: true }).selectOption({ label: '30-minutowy' });
  await expect(price).toHaveText(/^Do zapłaty: [\d\s\u00a0\u202f]+(,\d\d)?[\s\u00a0\u202f]zł$/);
  const normal = await price.textContent();
  await page.getByLabel('Rodzaj biletu').selectOption({ label: 'ulgowy: student (do 26 lat, z legitymacją)' });
  await expect(price).not.toHaveText(normal!);
  await page.getByLabel('strefy I, II i III (cała aglomeracja)').check();
  const total = (await price.textContent())!.replace('Do zapłaty: ', '');
  await page.getByLabel('Numer pojazdu').fill('hy605');
  await page.getByRole('button', { name: 'Dalej: podsumowanie' }).click();

  await expect(page).toHaveURL(/\/tickets\/orders\/\d+$/);
  await expect(page.getByText('Czeka na zapłatę')).toBeVisible();
  await expect(page.getByText('HY605')).toBeVisible();
  await axe(page, combo, 'the order before paying');
  await page.getByRole('button', { name: `Zapłać ${total}` }).click();
  await payAtProvider(page, false);
  // The order page looks again by itself until the provider's notification has come.
  await expect(page.getByText(/^Zapłacone /)).toBeVisible({ timeout: 30_000 });
  await axe(page, combo, 'the receipt');
  await page.getByRole('link', { name: 'Zobacz bilet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilet 30-minutowy');
  await expect(page.locator('.ticket__qr-box svg')).toBeVisible();
  await expect(page.getByText(/^ważny jeszcze (29|30) min$/)).toBeVisible();
  await expect(page.locator('.ticket__code')).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{1,5})+-[0-9A-Z*~$=]$/);
  await axe(page, combo, 'a ticket');
  await page.goto('/tickets');
  await expect(page.getByRole('heading', { name: 'Ważne teraz' })).toBeVisible();
  await expect(page.getByRole('link', { name: '30-minutowy' })).toBeVisible();
  await axe(page, combo, 'the wallet');
  await page.goto('/tickets/orders');
  await axe(page, combo, 'the order history');
  expect(errors).toEqual([]);
});

test('a period ticket bought by keyboard only, with a problem at its field first', async ({ page, context, baseURL }) => {
  const errors = watchConsole(page);
  await freshResident(context, baseURL!);
  await page.goto('/tickets/buy');
  await hydrated(page);
  const product = page.getByLabel('Bilet', { exact: true });
  await tabTo(page, product);
  await product.selectOption({ label: 'miesięczny na całą sieć' });
  const start = page.getByLabel('Pierwszy dzień ważności');
  await tabTo(page, start);
  // A date field takes its value as the browser's date picker gives it (no mouse involved).
  await start.fill(krakowDate(2));
  // No holder's name yet: refused at the field, the rest kept.
  await tabTo(page, page.getByRole('button', { name: 'Dalej: podsumowanie' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Podaj imię i nazwisko posiadacza biletu.');
  await expect(summary.getByRole('link')).toHaveCount(1);
  await expect(product).toHaveValue('12');
  await axe(page, combo, 'the buy form with errors');
  await tabTo(page, page.getByLabel('Imię i nazwisko posiadacza'));
  await page.keyboard.type('Anna Nowak');
  await tabTo(page, page.getByRole('button', { name: 'Dalej: podsumowanie' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tickets\/orders\/\d+$/);
  await expect(page.getByText('Anna Nowak')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: /^Zapłać / }));
  await page.keyboard.press('Enter');
  await payAtProvider(page, true);
  const ticket = page.getByRole('link', { name: 'Zobacz bilet' });
  await expect(ticket).toBeVisible({ timeout: 30_000 });
  await tabTo(page, ticket);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^zaczyna się za /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zwróć bilet' })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a ticket is bought, paid and shown in the wallet', async ({ page, context, baseURL }) => {
    await freshResident(context, baseURL!);
    await page.goto('/tickets/buy');
    await page.getByLabel('Bilet', { exact: true }).selectOption({ label: '24-godzinny' });
    await page.getByLabel('Numer pojazdu').fill('RZ 12');
    await page.getByRole('button', { name: 'Dalej: podsumowanie' }).click();
    await expect(page.locator('.error-summary')).toContainText('Numer pojazdu to dwie litery i trzy cyfry');
    await expect(page.getByLabel('Bilet', { exact: true })).toHaveValue('6');
    await page.getByLabel('Numer pojazdu').fill('RZ123');
    await page.getByRole('button', { name: 'Dalej: podsumowanie' }).click();
    await expect(page).toHaveURL(/\/tickets\/orders\/\d+$/);
    await page.getByRole('button', { name: /^Zapłać / }).click();
    await payAtProvider(page, false, false);
    // Without JavaScript the page does not look again by itself: the resident reloads.
    await expect(async () => {
      await page.reload();
      await expect(page.getByText(/^Zapłacone /)).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Zobacz bilet' }).click();
    await expect(page.getByText(/^ważny jeszcze 23 godz\. (59|60) min$|^ważny jeszcze 1 dzień i 0 godz\.$/)).toBeVisible();
    await page.goto('/tickets');
    await expect(page.getByRole('link', { name: '24-godzinny' })).toBeVisible();
  });
});
