import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import { freshResident, hydrated, randomPesel, tabTo, watchConsole } from './helpers';

// The demo's Kraków 2022 edition, imported from pabulib: from the list of editions to the
// results of one pool, where every project's outcome is explained under both rules.

test('a resident reads the Kraków 2022 results with the keyboard', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/budget');
  await hydrated(page);
  const edition = page.getByRole('listitem').filter({ hasText: 'Budżet Obywatelski Krakowa 2022' });
  await expect(edition).toContainText('42 965');
  const results = edition.getByRole('link', { name: 'Wyniki' });
  await results.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Wyniki: Budżet Obywatelski Krakowa 2022');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const pools = page.getByRole('table', { name: 'Wyniki w każdej puli według obu zasad' });
  await expect(pools.getByRole('row')).toHaveCount(20); // header + city-wide + 18 districts
  await expect(page.getByText('Oddano 42 965 kart: 25 906 przez internet i 17 059 papierowych.')).toBeVisible();
  const czyzyny = pools.getByRole('link', { name: 'XIV Czyżyny' });
  await czyzyny.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('XIV Czyżyny');
  const projects = page.getByRole('table', { name: /Wszystkie projekty/ });
  // Project 26 won the tie at 40 points on first choices; 24 did not fit after it.
  const p26 = projects.getByRole('row').filter({ hasText: 'XIV-26.' });
  await expect(p26.getByRole('cell').nth(4)).toContainText('Sfinansowany');
  const p24 = projects.getByRole('row').filter({ hasText: 'XIV-24.' });
  await expect(p24).toContainText('Niesfinansowany');
  await expect(p24).toContainText('zostawało tylko');
  await expect(page.getByRole('heading', { name: 'Gdzie zasady dają inny wynik' })).toBeVisible();
  await expect(page.getByText(/Przy równej liczbie punktów wyżej jest projekt z większą liczbą wskazań na pierwszym miejscu/)).toBeVisible();
  // Open data of the pool.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'format pabulib (.pb)' }).click();
  const file = await (await download).path();
  const text = fs.readFileSync(file!, 'utf-8');
  expect(text).toContain('district;Czyżyny');
  expect(text.split('\nVOTES\n')[1].trim().split('\n').length).toBe(1 + 1418);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the results pages are plain HTML', async ({ page }) => {
    await page.goto('/budget');
    await page.getByRole('listitem').filter({ hasText: 'Wieliczka 2023' }).getByRole('link', { name: 'Wyniki' }).click();
    await page.getByRole('table', { name: 'Wyniki w każdej puli według obu zasad' }).getByRole('link').first().click();
    // Wieliczka's Green Budget is decided by Equal Shares: 30 projects for 995,079 zł.
    await expect(page.getByText('Metoda równych udziałów: wydano 995 079 zł, zostaje 4 921 zł, projekty sfinansowane: 30')).toBeVisible();
    await expect(page.getByText('Wiążący jest wynik według metody równych udziałów')).toBeVisible();
    await expect(page.getByRole('table', { name: /Wszystkie projekty/ }).getByText(/Kupiony w rundzie 1:/).first()).toBeVisible();
  });
});

// The current edition (demo edition 3): voting open, Kraków's ballot.

test('a resident votes with the keyboard and sees the ballot and its receipt', async ({ page, context, baseURL }) => {
  const errors = watchConsole(page);
  await freshResident(context, baseURL!, '5');
  await page.goto('/budget');
  await hydrated(page);
  const vote = page.getByRole('link', { name: 'Głosuj' });
  await tabTo(page, vote);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Głosowanie: Budżet Obywatelski Krakowa 2026');
  const city = page.getByRole('group', { name: /Pula ogólnomiejska: wybierz 3 projekty/ });
  const district = page.getByRole('group', { name: /V Krowodrza: wybierz 3 projekty/ });
  for (const [group, picks] of [[city, ['3', '1', '5']], [district, ['V-2', 'V-1', 'V-3']]] as const) {
    for (let rank = 1; rank <= 3; rank++) {
      const select = group.getByLabel(new RegExp(`^${rank}\\. miejsce`));
      await tabTo(page, select);
      const label = await select.locator('option', { hasText: new RegExp(`^${picks[rank - 1]}\\. `) }).textContent();
      await select.selectOption({ label: label! });
    }
  }
  // First without an identity: the summary says what is missing, the choices stay.
  await page.getByRole('button', { name: 'Oddaj głos' }).focus();
  await page.keyboard.press('Enter');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Wpisz PESEL, a jeśli go nie masz');
  await expect(city.getByLabel(/^1\. miejsce/)).toHaveValue(/\d+/);
  await tabTo(page, page.getByLabel('Numer PESEL'));
  await page.keyboard.type(randomPesel());
  await page.getByRole('button', { name: 'Oddaj głos' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/budget\/3\/my-ballot$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Twój głos');
  await expect(page.getByText('Głos oddany. Dziękujemy!')).toBeVisible();
  await expect(page.locator('.receipt__code')).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(page.getByRole('listitem').filter({ hasText: /^3\. .* — 3 pkt$/ })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^V-3\. .* — 1 pkt$/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('voting without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an incomplete ballot comes back with the choices kept, then counts once', async ({ page, context, baseURL }) => {
    await freshResident(context, baseURL!, '13');
    await page.goto('/budget/3/vote');
    const city = page.getByRole('group', { name: /Pula ogólnomiejska/ });
    const district = page.getByRole('group', { name: /XIII Podgórze/ });
    await city.getByLabel(/^1\. miejsce/).selectOption({ index: 2 });
    await city.getByLabel(/^2\. miejsce/).selectOption({ index: 4 });
    await city.getByLabel(/^3\. miejsce/).selectOption({ index: 6 });
    await district.getByLabel(/^1\. miejsce/).selectOption({ index: 1 });
    await page.getByLabel('Numer PESEL').fill(randomPesel());
    await page.getByRole('button', { name: 'Oddaj głos' }).click();
    // Back on the ballot: the district pool is incomplete; the city choices are kept.
    await expect(page).toHaveURL(/\/budget\/3\/vote$/);
    await expect(page.locator('.error-summary')).toContainText('Wybierz dokładnie 3 projekty w tej puli');
    await expect(city.getByLabel(/^2\. miejsce/)).not.toHaveValue('');
    await district.getByLabel(/^2\. miejsce/).selectOption({ index: 2 });
    await district.getByLabel(/^3\. miejsce/).selectOption({ index: 3 });
    await page.getByLabel('Numer PESEL').fill(randomPesel());
    await page.getByRole('button', { name: 'Oddaj głos' }).click();
    await expect(page).toHaveURL(/\/budget\/3\/my-ballot$/);
    await expect(page.locator('.receipt__code')).toBeVisible();
    // Voting again from the same account shows the ballot already cast.
    await page.goto('/budget/3/vote');
    await expect(page.getByText(/Już zagłosowałeś w tej edycji/)).toBeVisible();
  });
});
