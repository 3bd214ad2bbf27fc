import { test, expect } from '@playwright/test';
import { DEMO, freshResident, hydrated, krakowDate, randomPesel, signInByRequest, watchConsole } from './helpers';

// The whole cycle of a project with the mouse: a clerk opens an edition, a resident proposes
// a project (first with a mistake), the clerk accepts it and opens voting, and the resident
// votes for it.
test('a resident proposes a project, a clerk accepts it, the resident votes for it with the mouse', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const clerkContext = await browser.newContext();
  await signInByRequest(clerkContext, baseURL!, DEMO.clerk);
  const clerk = await clerkContext.newPage();
  const clerkErrors = watchConsole(clerk);
  await clerk.goto('/staff/budget');
  await hydrated(clerk);
  const create = clerk.locator('form[aria-labelledby="new-edition"]');
  const name = `Budżet testowy ${Date.now()}`;
  await create.getByLabel('Nazwa edycji').fill(name);
  await create.getByLabel('Zgłaszanie projektów od').fill(krakowDate(0));
  await create.getByLabel('Zgłaszanie projektów do').fill(krakowDate(10));
  await create.getByLabel('Głosowanie od').fill(krakowDate(11));
  await create.getByLabel('Głosowanie do').fill(krakowDate(20));
  await create.getByLabel('Wyniki w dniu').fill(krakowDate(21));
  await create.getByLabel(/^Aprobujące/).check();
  await create.getByLabel('Kwota puli każdej dzielnicy (zł)').fill('500 000');
  await create.getByRole('button', { name: 'Utwórz edycję' }).click();
  await expect(clerk).toHaveURL(/\/staff\/budget\/\d+$/);
  await expect(clerk.getByText('Edycja została zapisana.')).toBeVisible();
  const id = clerk.url().split('/').pop()!;

  // The resident proposes a project; a cost in words comes back at the field, the rest kept.
  const residentContext = await browser.newContext();
  await freshResident(residentContext, baseURL!, '7');
  const resident = await residentContext.newPage();
  const residentErrors = watchConsole(resident);
  await resident.goto(`/budget/${id}/submit`);
  await hydrated(resident);
  await resident.getByLabel('Tytuł').fill('Ławki z oparciem w Parku Decjusza');
  await resident.getByLabel('Opis').fill('Dziesięć ławek z oparciem wzdłuż głównej alejki, dla seniorów i rodziców.');
  await resident.getByLabel('Pula').selectOption({ label: 'VII Zwierzyniec (500 000 zł)' });
  await resident.getByLabel('Szacunkowy koszt (zł)').fill('czterdzieści tysięcy');
  await resident.getByLabel('Zieleń i środowisko').check();
  await resident.getByLabel('Lokalizacja').fill('Park Decjusza, ul. 28 Lipca 1943 17a');
  await resident.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
  await expect(resident.locator('.error-summary')).toContainText('Podaj kwotę w złotych');
  await expect(resident.locator('#f-cost-error')).toBeVisible();
  await expect(resident.getByLabel('Tytuł')).toHaveValue('Ławki z oparciem w Parku Decjusza');
  await resident.getByLabel('Szacunkowy koszt (zł)').fill('40 000');
  await resident.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
  await expect(resident).toHaveURL(/\/budget\/project\/\d+$/);
  await expect(resident.getByText('Zgłoszenie zostało wysłane.')).toBeVisible();
  await expect(resident.getByText('Zgłoszony, czeka na weryfikację')).toBeVisible();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(/^VII-1\. Ławki z oparciem w Parku Decjusza$/);

  // The clerk finds it waiting, accepts it, then opens voting.
  await clerk.reload();
  await expect(clerk.getByRole('heading', { name: 'Projekty (1 czeka na decyzję)' })).toBeVisible();
  await clerk.getByRole('link', { name: 'VII-1. Ławki z oparciem w Parku Decjusza' }).click();
  await expect(clerk.getByRole('heading', { level: 1 })).toHaveText(/Ławki z oparciem/);
  await clerk.getByLabel('Dopuść do głosowania').check();
  await clerk.getByRole('button', { name: 'Zapisz decyzję' }).click();
  await expect(clerk).toHaveURL(new RegExp(`/staff/budget/${id}$`));
  await expect(clerk.getByText('Projekt dopuszczono do głosowania.')).toBeVisible();
  await expect(clerk.getByRole('heading', { name: 'Projekty (0 czeka na decyzję)' })).toBeVisible();
  const settings = clerk.locator('form[aria-labelledby="settings-heading"]');
  await settings.getByLabel('Zgłaszanie projektów od').fill(krakowDate(-10));
  await settings.getByLabel('Zgłaszanie projektów do').fill(krakowDate(-1));
  await settings.getByLabel('Głosowanie od').fill(krakowDate(0));
  await settings.getByLabel('Głosowanie do').fill(krakowDate(5));
  await settings.getByLabel('Wyniki w dniu').fill(krakowDate(6));
  await settings.getByRole('button', { name: 'Zapisz zmiany' }).click();
  await expect(clerk.getByText('Edycja została zapisana.')).toBeVisible();

  // The resident votes with the mouse: the project is on the ballot of her district.
  await resident.goto('/budget');
  await hydrated(resident);
  await resident.getByRole('listitem').filter({ hasText: name }).getByRole('link', { name: 'Głosuj' }).click();
  const pool = resident.getByRole('group', { name: 'VII Zwierzyniec: wybierz od 1 do 3 projektów' });
  await pool.getByText(/VII-1\. Ławki z oparciem w Parku Decjusza/).click();
  await expect(pool.getByRole('checkbox')).toBeChecked();
  await resident.getByLabel('Numer PESEL').click();
  await resident.keyboard.type(randomPesel());
  await resident.getByRole('button', { name: 'Oddaj głos' }).click();
  await expect(resident).toHaveURL(new RegExp(`/budget/${id}/my-ballot$`));
  await expect(resident.getByText('Głos oddany. Dziękujemy!')).toBeVisible();
  await expect(resident.getByRole('listitem').filter({ hasText: /^VII-1\. Ławki z oparciem w Parku Decjusza — 1 pkt$/ })).toBeVisible();
  // Her projects' page shows it accepted.
  await resident.goto('/budget/my-projects');
  await expect(resident.getByRole('row').filter({ hasText: 'Ławki z oparciem' })).toContainText('Dopuszczony do głosowania');

  // The catalogue finds it by a word and by the category.
  await resident.goto(`/budget/${id}/projects`);
  await hydrated(resident);
  await resident.getByLabel('Słowa z tytułu, opisu lub adresu').fill('decjusza');
  await resident.getByLabel('Kategoria').selectOption({ label: 'Zieleń i środowisko' });
  await resident.getByRole('button', { name: 'Pokaż projekty' }).click();
  await expect(resident.getByText('Pokazano 1 z 1 projektu.')).toBeVisible();
  await resident.getByLabel('Kategoria').selectOption({ label: 'Sport i rekreacja' });
  await resident.getByRole('button', { name: 'Pokaż projekty' }).click();
  await expect(resident.getByText('Pokazano 0 z 1 projektu.')).toBeVisible();
  expect(clerkErrors).toEqual([]);
  expect(residentErrors).toEqual([]);
  await clerkContext.close();
  await residentContext.close();
});

// A rejected proposal: the author reads the reason and appeals once, from the demo's next
// edition where proposals are open.
test('the author of a rejected project reads the reason and appeals once, with the keyboard', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await freshResident(context, baseURL!, '13');
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto('/budget');
  await hydrated(page);
  await page.getByRole('listitem').filter({ hasText: 'Budżet Obywatelski Krakowa 2027' }).getByRole('link', { name: 'Zgłoś projekt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Zgłoś projekt');
  await page.getByLabel('Tytuł').fill('Siłownia pod chmurką na Zabłociu');
  await page.getByLabel('Opis').fill('Sześć urządzeń do ćwiczeń przy bulwarze.');
  await page.getByLabel('Pula').selectOption({ label: 'XIII Podgórze (2 150 000 zł)' });
  await page.getByLabel('Szacunkowy koszt (zł)').fill('120 000');
  await page.getByLabel('Sport i rekreacja').check();
  await page.getByLabel('Lokalizacja').fill('ul. Zabłocie 20');
  await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
  await expect(page).toHaveURL(/\/budget\/project\/\d+$/);
  const project = page.url().split('/').pop()!;

  // A clerk rejects it with a reason.
  const clerkContext = await browser.newContext();
  await signInByRequest(clerkContext, baseURL!, DEMO.clerk);
  const r = await clerkContext.request.post('/api/budget/decide', {
    form: { project_id: project, decision: 'reject', reason: 'Teren należy do Skarbu Państwa.' },
    headers: { Origin: baseURL!, Accept: 'text/html' },
    maxRedirects: 0,
  });
  expect(r.status()).toBe(303);
  await clerkContext.close();

  await page.reload();
  await hydrated(page);
  await expect(page.getByText('Teren należy do Skarbu Państwa.')).toBeVisible();
  await page.getByLabel('Dlaczego decyzja powinna się zmienić').focus();
  await page.keyboard.type('Działka przy ul. Zabłocie 20 jest miejska (KW KR1P/00012345/6).');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Odwołanie zostało wysłane.')).toBeVisible();
  await expect(page.getByText('Odwołanie, czeka na decyzję')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Odwołaj się od decyzji' })).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});
