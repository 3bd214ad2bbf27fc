import { test, expect } from '@playwright/test';
import { freshResident, hydrated, randomPesel, tabTo, watchConsole } from './helpers';

// The demo's open referendum is for Zwierzyniec (district VII).
test('a resident of Zwierzyniec votes in the referendum with the keyboard and sees the turnout grow', async ({ page, context, baseURL }) => {
  const errors = watchConsole(page);
  await freshResident(context, baseURL!, '7');
  await page.goto('/referenda');
  await hydrated(page);
  const link = page.getByRole('link', { name: 'Park kieszonkowy przy ul. Królowej Jadwigi' });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const total = page.locator('#turnout-total');
  const before = Number((await total.textContent())!.match(/Zagłosowało ([\d\s\u00a0]+) z/)![1].replace(/\D/g, ''));
  // No answer first: the summary takes focus and names the field.
  await tabTo(page, page.getByRole('button', { name: 'Zagłosuj' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  // Arrow keys move through the answers of a radio group.
  await tabTo(page, page.getByLabel('Tak', { exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Tak', { exact: true })).toBeChecked();
  await tabTo(page, page.getByLabel('Numer PESEL'));
  await page.keyboard.type(randomPesel());
  await tabTo(page, page.getByRole('button', { name: 'Zagłosuj' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Twój głos został policzony. Dziękujemy.')).toBeVisible();
  await expect(page.getByText('Oddałeś już głos w tym referendum.')).toBeVisible();
  const count = async () => Number((await total.textContent())!.match(/Zagłosowało ([\d\s\u00a0]+) z/)![1].replace(/\D/g, ''));
  await expect.poll(count).toBe(before + 1);
  // The live refresh can be stopped.
  const toggle = page.getByRole('button', { name: 'Zatrzymaj odświeżanie' });
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Odświeżaj ponownie' })).toBeVisible();
  await expect(page.getByText('Frekwencja się nie odświeża.')).toBeVisible();
  // No results while voting is open.
  await expect(page.getByRole('heading', { name: 'Wyniki' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the closed referenda show their results, with and without the quorum', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/referenda');
  await hydrated(page);
  await page.getByRole('link', { name: 'Nazwa nowego skweru na granicy Bieńczyc i Mistrzejowic' }).click();
  await expect(page.getByText('Wynik jest wiążący: wygrała odpowiedź „Skwer im. Wisławy Szymborskiej”')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Wyniki w dzielnicach' }).getByRole('row')).toHaveCount(3);
  await page.goto('/referenda');
  await page.getByRole('link', { name: 'Strefa płatnego parkowania na Ludwinowie' }).click();
  await expect(page.getByText('Wynik nie jest wiążący: frekwencja wyniosła 12,2%, poniżej progu 30%.')).toBeVisible();
  expect(errors).toEqual([]);
});
