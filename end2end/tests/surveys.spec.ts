import { test, expect, Page } from '@playwright/test';
import { closeSurvey, DEMO, hydrated, krakowDate, makeSurvey, signInByRequest, tabTo, watchConsole } from './helpers';

test('a clerk builds a survey in the builder, previews it and sees it listed', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await signInByRequest(context, baseURL!, DEMO.clerk);
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto('/staff/surveys');
  await hydrated(page);
  const title = `Badanie e2e ${Date.now()}`;
  await page.getByLabel('Tytuł', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Utwórz ankietę' }).click();
  await expect(page).toHaveURL(/\/staff\/surveys\/\d+$/);
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.getByText('Ankieta zapisana.')).toBeVisible();

  // Settings: translations, dates, audience; a wrong order of dates is caught first.
  const titles = page.getByRole('group', { name: 'Tytuł' });
  await titles.getByLabel('Po angielsku (nieobowiązkowo)').fill(`Survey e2e`);
  await page.getByLabel('Początek – data').fill(krakowDate(3));
  await page.getByLabel('Koniec – data').fill(krakowDate(1));
  await page.getByLabel('Może odpowiedzieć każdy.').check();
  await page.getByRole('button', { name: 'Zapisz ustawienia' }).click();
  await expect(page.locator('.error-summary')).toContainText('Koniec musi być po początku');
  await expect(titles.getByLabel('Po angielsku (nieobowiązkowo)')).toHaveValue('Survey e2e');
  await page.getByLabel('Początek – data').fill(krakowDate(-1));
  await page.getByLabel('Koniec – data').fill(krakowDate(5));
  // The notice from creating the survey is still shown: wait for this save itself.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/staff/surveys/save'));
  await page.getByRole('button', { name: 'Zapisz ustawienia' }).click();
  await saved;
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(page.getByText('Ankieta zapisana.')).toBeVisible();

  // A single-choice question with "other", then a scale shown only for one answer.
  await page.getByRole('link', { name: 'Dodaj: Jednokrotny wybór' }).click();
  await expect(page.locator('h1')).toHaveText('Nowe pytanie: Jednokrotny wybór');
  await page.getByRole('group', { name: 'Treść pytania' }).getByLabel('Po polsku').fill('Jak dotarłeś do urzędu?');
  await page.getByRole('group', { name: 'Treść pytania' }).getByLabel('Po angielsku (nieobowiązkowo)').fill('How did you get to the office?');
  await page.getByRole('group', { name: 'Odpowiedzi do wyboru' }).getByLabel('Po polsku').fill('Tramwajem\nSamochodem\nPieszo');
  await page.getByLabel('Dodaj odpowiedź „Inne (jakie?)”').check();
  await page.getByRole('button', { name: 'Zapisz pytanie' }).click();
  await expect(page.getByText('Pytanie zapisane.')).toBeVisible();
  await expect(page.locator('.question-list')).toContainText('Jak dotarłeś do urzędu?');

  await page.getByRole('link', { name: 'Dodaj: Skala ocen' }).click();
  await page.getByRole('group', { name: 'Treść pytania' }).getByLabel('Po polsku').fill('Jak oceniasz parking?');
  await page.getByLabel('Strona', { exact: true }).fill('1');
  await page.getByLabel('Pokaż tylko, gdy odpowiedziano na pytanie').selectOption('q1');
  await page.getByLabel('… jedną z wartości').fill('2');
  await page.getByRole('button', { name: 'Zapisz pytanie' }).click();
  // Same page as the question it depends on: refused, input kept.
  await expect(page.locator('.error-summary')).toContainText('Pytanie może zależeć tylko od pytań z wcześniejszych stron');
  await expect(page.getByRole('group', { name: 'Treść pytania' }).getByLabel('Po polsku')).toHaveValue('Jak oceniasz parking?');
  await page.getByLabel('Strona', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Zapisz pytanie' }).click();
  await expect(page.getByText('Pytanie zapisane.')).toBeVisible();
  await expect(page.locator('.question-list')).toContainText('pokazywane, gdy q1 = 2');

  await page.getByRole('link', { name: 'Podgląd' }).click();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.getByRole('group', { name: 'Jak dotarłeś do urzędu?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Strona 2 z 2' })).toBeVisible();
  await page.goto('/surveys');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

type Mode = 'mouse' | 'keyboard' | 'nojs';

async function answer(page: Page, id: string, mode: Mode) {
  const js = mode !== 'nojs';
  const key = mode === 'keyboard';
  const errors = watchConsole(page);
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/surveys/answer')) posts += 1; });
  const press = async (name: string) => {
    const b = page.getByRole('button', { name, exact: true });
    if (key) { await tabTo(page, b); await page.keyboard.press('Enter'); } else { await b.click(); }
  };
  /** Chooses the n-th (from 1) radio of a group: by arrow keys from the first with the keyboard. */
  const radio = async (group: string, label: string, n: number) => {
    const g = page.getByRole('group', { name: group, exact: true });
    if (key) {
      await tabTo(page, g.getByRole('radio').first());
      if (n === 1) await page.keyboard.press('Space');
      for (let i = 1; i < n; i++) await page.keyboard.press('ArrowRight');
      await expect(g.getByLabel(label, { exact: true })).toBeChecked();
    } else {
      await g.getByLabel(label, { exact: true }).check();
    }
  };
  const tick = async (label: string) => {
    const c = page.getByLabel(label, { exact: true });
    if (key) { await tabTo(page, c); await page.keyboard.press('Space'); } else { await c.check(); }
    await expect(c).toBeChecked();
  };
  const type = async (label: string, text: string) => {
    const f = page.getByLabel(label);
    if (key) { await tabTo(page, f); await page.keyboard.type(text); } else { await f.fill(text); }
  };

  await page.goto(`/surveys/${id}`);
  if (js) await hydrated(page);
  await expect(page.getByText('Ankieta anonimowa')).toBeVisible();
  await press('Rozpocznij ankietę');
  await expect(page).toHaveURL(new RegExp(`/surveys/${id}/page/1$`));
  await expect(page.locator('.caption')).toHaveText('Strona 1 z 3');
  if (js) await hydrated(page);

  // Nothing answered: the errors are listed and linked; with JavaScript the browser finds
  // them itself, with the server's own rules, before anything is sent.
  await press('Dalej');
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('Odpowiedz na to pytanie');
  await expect(page.getByRole('group', { name: 'Który urząd odwiedziłeś?' })).toContainText('Odpowiedz na to pytanie');
  if (js) {
    expect(posts, 'checked in the browser').toBe(0);
    await expect(summary).toBeFocused();
  }
  await radio('Który urząd odwiedziłeś?', 'Kościuszki', 2);
  await tick('Biletomat');
  await press('Dalej');
  await expect(page).toHaveURL(new RegExp(`/surveys/${id}/page/2$`));
  await expect(page.locator('.caption')).toHaveText('Strona 2 z 3');
  if (js) { await hydrated(page); await expect(page.locator('h1')).toBeFocused(); }
  await radio('Jak oceniasz uprzejmość?', '5 – bardzo dobrze', 5);
  await radio('Czy polecisz nas znajomym?', '9', 10);
  await press('Dalej');
  await expect(page.locator('.caption')).toHaveText('Strona 3 z 3');
  // Shown because the office was Kościuszki.
  await type('Co było nie tak w Kościuszki?', 'Długa kolejka');
  await radio('Czystość', '4', 4);
  await radio('Oznakowanie', '3', 3);
  await type('Uwagi', `Odpowiedź ${mode}: ąęśćż`);
  await press('Dalej');
  await expect(page).toHaveURL(new RegExp(`/surveys/${id}/review$`));
  await expect(page.locator('h1')).toHaveText('Sprawdź odpowiedzi');
  await expect(page.locator('.summary-list').first()).toContainText('Kościuszki');
  await expect(page.locator('main')).toContainText(`Odpowiedź ${mode}: ąęśćż`);
  await expect(page.locator('main')).toContainText('Czystość: 4');
  await press('Wyślij odpowiedzi');
  await expect(page.locator('h1')).toHaveText('Dziękujemy za udział w ankiecie');
  expect(errors).toEqual([]);
}

for (const mode of ['mouse', 'keyboard', 'nojs'] as Mode[]) {
  test(`a visitor answers a survey with the ${mode === 'nojs' ? 'JavaScript off' : mode}, and the clerk reads the results`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const clerk = await browser.newContext();
    await signInByRequest(clerk, baseURL!, DEMO.clerk);
    const title = `Ankieta ${mode} ${Date.now()}`;
    const id = await makeSurvey(clerk.request, baseURL!, title);
    const context = await browser.newContext({ javaScriptEnabled: mode !== 'nojs' });
    const page = await context.newPage();
    await answer(page, id, mode);
    await context.close();

    // While the survey is open, one anonymous answer waits for a batch of five.
    const results = await clerk.newPage();
    await results.goto(`/surveys/${id}/results`);
    await expect(results.locator('.facts')).toContainText('Jeszcze 1 odpowiedź czeka na dołączenie do wyników');
    await closeSurvey(clerk.request, baseURL!, id, title);
    await results.goto(`/surveys/${id}/results`);
    await expect(results.locator('.facts')).toContainText('1 odpowiedź');
    await expect(results.getByRole('img', { name: /Najczęstsza odpowiedź: Kościuszki, 100,0 %/ })).toBeVisible();
    await expect(results.getByRole('table', { name: 'Odpowiedzi w liczbach: Jak oceniasz uprzejmość?' })).toContainText('100,0 %');
    await expect(results.locator('main')).toContainText(`Odpowiedź ${mode}: ąęśćż`);
    const csv = await clerk.request.get(`/surveys/${id}/results.csv`);
    expect(csv.status()).toBe(200);
    expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(await csv.text()).toContain(`Odpowiedź ${mode}: ąęśćż`);
    await clerk.close();
  });
}

test('a signed-in resident leaves a survey and resumes it later', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await signInByRequest(context, baseURL!, DEMO.resident);
  const page = await context.newPage();
  await page.goto('/surveys/3');
  await hydrated(page);
  await page.getByRole('button', { name: /Rozpocznij ankietę|Kontynuuj ankietę/ }).click();
  await expect(page.locator('.caption')).toHaveText('Strona 1 z 3');
  await hydrated(page);
  await page.getByRole('group', { name: 'Jak oceniasz jakość życia w swojej dzielnicy?' }).getByLabel('4').check();
  await page.getByLabel('Zieleń i parki').check();
  await page.getByRole('button', { name: 'Zapisz i dokończ później' }).click();
  await expect(page).toHaveURL(/\/surveys$/);
  await expect(page.getByText('Odpowiedzi zapisane. Możesz dokończyć ankietę później.')).toBeVisible();
  await expect(page.getByText('Rozpoczęta – możesz dokończyć')).toBeVisible();
  // Another device: the same account finds the answers where it left them.
  const other = await browser.newContext();
  await signInByRequest(other, baseURL!, DEMO.resident);
  const p2 = await other.newPage();
  await p2.goto('/surveys/3');
  await p2.getByRole('button', { name: 'Kontynuuj ankietę' }).click();
  await expect(p2.getByLabel('Zieleń i parki')).toBeChecked();
  await other.close();
  await context.close();
});

test('the public reads results of a closed survey, with charts, tables and suppressed cells', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/surveys');
  await page.getByRole('link', { name: 'Badanie satysfakcji klientów Urzędu Miasta Krakowa 2024' }).click();
  await expect(page).toHaveURL(/\/surveys\/1\/results$/);
  await hydrated(page);
  await expect(page.locator('.facts')).toContainText('3200 odpowiedzi');
  await expect(page.getByRole('heading', { name: 'Który punkt obsługi odwiedziłeś lub odwiedziłaś?', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Wykres słupkowy/ }).first()).toBeVisible();
  await expect(page.getByText(/Wskaźnik NPS: [+-]\d+/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Według dzielnicy' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Według odpowiedzi na pytanie: Który punkt obsługi/ })).toBeVisible();
  // No hide buttons for the public.
  await expect(page.getByRole('button', { name: 'Ukryj tę odpowiedź' })).toHaveCount(0);
  // At 400 % zoom (320 CSS px) the page reflows; only data tables scroll sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});
