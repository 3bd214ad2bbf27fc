import { test, expect } from '@playwright/test';
import { formPost, freshResident, hydrated, tabTo, watchConsole } from './helpers';

// The demo's city-wide transport consultation (id 2) has an opinion map of 18 statements
// answered by 3,000 generated participants in three camps.

test('a resident reads a consultation by sections and answers statements with the keyboard only', async ({ page, context, baseURL }) => {
  const errors = watchConsole(page);
  await freshResident(context, baseURL!, '5');
  await page.goto('/consultations');
  await hydrated(page);
  await tabTo(page, page.getByRole('link', { name: 'Nowy wygląd parku Dąbie' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // The contents lead to each section's own address.
  await tabTo(page, page.getByRole('link', { name: 'Plac zabaw' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/consultations\/1#plac-zabaw$/);
  await expect(page.getByRole('heading', { name: 'Plac zabaw', level: 2 })).toBeInViewport();

  await page.goto('/consultations/2');
  await hydrated(page);
  await tabTo(page, page.getByRole('link', { name: 'Mapa opinii: odpowiedz na stwierdzenia' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mapa opinii' })).toBeFocused();
  await expect(page.getByText('Odpowiedzi: 0 z 18')).toBeVisible();
  const statement = page.locator('.statement__text');
  const first = await statement.textContent();
  await tabTo(page, page.getByRole('button', { name: 'Zgadzam się', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Odpowiedź zapisana. Oto następne stwierdzenie.')).toBeVisible();
  await expect(page.getByText('Odpowiedzi: 1 z 18')).toBeVisible();
  await expect(statement).not.toHaveText(first!);
  await tabTo(page, page.getByRole('button', { name: 'Nie wiem / pomiń' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Odpowiedzi: 2 z 18')).toBeVisible();
  // The groups, as tables a screen reader can read: three groups of about a thousand.
  await expect(page.getByRole('heading', { name: 'Grupy opinii' })).toBeVisible();
  await expect(page.locator('caption', { hasText: /^Grupa [ABC]: / })).toHaveCount(3);
  await expect(page.getByRole('table', { name: /Grupa A: \d/ }).getByRole('row')).not.toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'W czym zgadzają się wszystkie grupy' })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident answers statements with plain forms', async ({ page, context, baseURL }) => {
    await freshResident(context, baseURL!, '12');
    await page.goto('/consultations/2/opinions');
    await expect(page.getByText('Odpowiedzi: 0 z 18')).toBeVisible();
    const first = await page.locator('.statement__text').textContent();
    await page.getByRole('button', { name: 'Nie zgadzam się' }).click();
    await expect(page).toHaveURL(/\/consultations\/2\/opinions#statement$/);
    await expect(page.getByText('Odpowiedź zapisana. Oto następne stwierdzenie.')).toBeVisible();
    await expect(page.getByText('Odpowiedzi: 1 z 18')).toBeVisible();
    await expect(page.locator('.statement__text')).not.toHaveText(first!);
    // Signed out: asked to sign in, with the way back.
    const anonymous = await page.context().browser()!.newContext({ javaScriptEnabled: false });
    const other = await anonymous.newPage();
    await other.goto(`${baseURL}/consultations/2/opinions`);
    await expect(other.getByRole('link', { name: 'Zaloguj się' }).last()).toHaveAttribute('href', '/sign-in?return_to=%2Fconsultations%2F2%2Fopinions');
    await anonymous.close();
    // A form sent with no answer: the error summary names the buttons.
    await formPost(context.request, baseURL!, '/api/consultations/answer', { consultation_id: '2', statement_id: '1' });
    await page.goto('/consultations/2/opinions');
    await expect(page.locator('.error-summary')).toBeVisible();
  });
});
