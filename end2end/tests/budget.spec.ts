import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import { hydrated, watchConsole } from './helpers';

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
