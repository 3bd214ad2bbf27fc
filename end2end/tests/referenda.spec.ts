import { test, expect } from '@playwright/test';
import { DEMO, formPost, freshResident, hydrated, krakowDate, signInByRequest, tabTo, verifyIdentity, watchConsole } from './helpers';

// The demo's open referendum is for Zwierzyniec (district VII).
test('a resident of Zwierzyniec votes in the referendum with the keyboard and sees the turnout grow', async ({ page, context, browser, baseURL }) => {
  const errors = watchConsole(page);
  // Referenda are for residents whose identity and address a clerk confirmed.
  const email = await freshResident(context, baseURL!, '7');
  await verifyIdentity(browser, baseURL!, email, '7');
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident votes in a referendum and proposes a project with plain forms', async ({ page, context, browser, baseURL }) => {
    // A referendum for district V, open now, made by a clerk.
    const clerk = await browser.newContext();
    await signInByRequest(clerk, baseURL!, DEMO.clerk);
    const r = await formPost(clerk.request, baseURL!, '/api/staff/referenda/create', {
      title: `Bez JavaScriptu ${Date.now()}`, question: 'Czy boisko ma mieć oświetlenie?', description: '', kind: 'yes-no', options: '',
      'districts[d5]': '1', opens_date: krakowDate(-1), opens_time: '', closes_date: krakowDate(1), closes_time: '', electorate: '2000', quorum: '',
    });
    const path = r.headers()['location'];
    await clerk.close();
    const email = await freshResident(context, baseURL!, '5');
    // Not confirmed yet: the page says where to confirm the identity, and offers no vote.
    await page.goto(path);
    await expect(page.getByText('W referendum głosują osoby, których tożsamość i adres potwierdził urzędnik.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zagłosuj' })).toHaveCount(0);
    await verifyIdentity(browser, baseURL!, email, '5');
    await page.goto(path);
    await expect(page.getByText('Zagłosowało 0 z 2 000 uprawnionych (0,0%).')).toBeVisible();
    // No answer: the page comes back with the message at the field.
    await page.getByRole('button', { name: 'Zagłosuj' }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(page.locator('#f-answer-error')).toBeVisible();
    await page.getByLabel('Nie', { exact: true }).check();
    await page.getByRole('button', { name: 'Zagłosuj' }).click();
    await expect(page.getByText('Twój głos został policzony. Dziękujemy.')).toBeVisible();
    await expect(page.getByText('Zagłosowało 1 z 2 000 uprawnionych (0,0%).')).toBeVisible();
    await expect(page.getByText('Oddałeś już głos w tym referendum.')).toBeVisible();

    // A proposal in the demo's next edition: a missing title comes back, then it is sent.
    await page.goto('/budget/4/submit');
    await page.getByLabel('Opis').fill('Lampy LED nad boiskiem przy szkole.');
    await page.getByLabel('Pula').selectOption({ label: 'V Krowodrza (2 300 000 zł)' });
    await page.getByLabel('Szacunkowy koszt (zł)').fill('90 000');
    await page.getByLabel('Sport i rekreacja').check();
    await page.getByLabel('Lokalizacja').fill('ul. Szymanowskiego 5');
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
    await expect(page.locator('#f-title-error')).toHaveText(/Wypełnij to pole\./);
    await expect(page.getByLabel('Opis')).toHaveValue('Lampy LED nad boiskiem przy szkole.');
    await expect(page.getByLabel('Sport i rekreacja')).toBeChecked();
    await page.getByLabel('Tytuł').fill('Oświetlenie boiska przy ul. Szymanowskiego');
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
    await expect(page).toHaveURL(/\/budget\/project\/\d+$/);
    await expect(page.getByText('Zgłoszony, czeka na weryfikację')).toBeVisible();
  });
});
