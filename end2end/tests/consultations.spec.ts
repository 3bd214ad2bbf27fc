import { test, expect } from '@playwright/test';
import { DEMO, formPost, freshResident, hydrated, krakowDate, signInByRequest, tabTo, watchConsole } from './helpers';

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
  await tabTo(page, page.getByRole('link', { name: 'Plac zabaw', exact: true }));
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

  test('a resident writes, corrects and changes a remark with plain forms', async ({ page, context, baseURL }) => {
    await freshResident(context, baseURL!, '2');
    await page.goto('/consultations/1/remarks');
    await page.getByLabel('Czego dotyczy Twoja uwaga?').selectOption({ label: 'Ścieżki i oświetlenie' });
    await page.getByRole('button', { name: 'Wyślij uwagę' }).click();
    // Back to the form: the sentence at the field, the section kept.
    await expect(page).toHaveURL(/section=sciezki#write$/);
    await expect(page.locator('#f-text-error')).toBeVisible();
    await expect(page.getByLabel('Czego dotyczy Twoja uwaga?')).toHaveValue('sciezki');
    await page.getByLabel('Twoja uwaga', { exact: true }).fill('Latarnie co 20 metrów na głównej alei.');
    await page.getByRole('button', { name: 'Wyślij uwagę' }).click();
    await expect(page).toHaveURL(/\/consultations\/1\/remarks#remark-\d+$/);
    await expect(page.getByText('Twoja uwaga jest opublikowana.')).toBeVisible();
    const mine = page.locator('li.remark', { hasText: 'Latarnie co 20 metrów' });
    await mine.getByRole('link', { name: /Zmień swoją uwagę/ }).click();
    await page.getByLabel('Twoja uwaga', { exact: true }).fill('Latarnie co 15 metrów na głównej alei.');
    await page.getByRole('button', { name: 'Zapisz zmianę' }).click();
    await expect(page.locator('li.remark', { hasText: 'Latarnie co 15 metrów' })).toContainText('zmieniona');
  });
});

// Remarks on the demo park consultation (id 1): open, moderated after publishing, 24 remarks.

test('a resident writes a remark on a section with the keyboard only, and pages through the remarks', async ({ page, context, baseURL }) => {
  const errors = watchConsole(page);
  await freshResident(context, baseURL!, '2');
  await page.goto('/consultations/1');
  await hydrated(page);
  // From the section itself: its own link to a remark on it.
  await tabTo(page, page.getByRole('link', { name: /Napisz uwagę do tej części\s*:\s*Plac zabaw/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Uwagi' })).toBeFocused();
  await expect(page.getByLabel('Czego dotyczy Twoja uwaga?')).toHaveValue('plac-zabaw');
  // Empty: the error at the field, the focus on the summary.
  await tabTo(page, page.getByRole('button', { name: 'Wyślij uwagę' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#remark-summary')).toBeFocused();
  await expect(page.locator('#f-text-error')).toContainText('Wpisz');
  await tabTo(page, page.getByLabel('Twoja uwaga', { exact: true }));
  await page.keyboard.type('Ławki z oparciami przy placu zabaw, dla dziadków.');
  await tabTo(page, page.getByRole('button', { name: 'Wyślij uwagę' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Twoja uwaga jest opublikowana.')).toBeVisible();
  // Focus lands on the new remark, on the section chosen.
  const mine = page.locator('li.remark', { hasText: 'Ławki z oparciami przy placu zabaw' });
  await expect(mine).toBeFocused();
  await expect(mine.getByRole('link', { name: 'Plac zabaw' })).toBeVisible();
  // "More" is a plain link; with JavaScript it moves focus to the list it brought.
  await page.goto('/consultations/1/remarks');
  await hydrated(page);
  await expect(page.locator('li.remark')).toHaveCount(20);
  await tabTo(page, page.getByRole('link', { name: 'Więcej uwag' }), 200);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator('#remarks-heading')).toBeFocused();
  await expect(page.getByText(/Strona 2 z 2/)).toBeVisible();
  // Support someone else's remark with the mouse: once.
  const other = page.locator('li.remark').filter({ has: page.getByRole('button', { name: /Popieram/ }) }).first();
  const id = await other.getAttribute('id');
  await other.getByRole('button', { name: /Popieram/ }).click();
  await expect(page.getByText('Popierasz tę uwagę.')).toBeVisible();
  await expect(page.locator(`#${id}`).getByText('Popierasz ją.')).toBeVisible();
  await expect(page.locator(`#${id}`).getByRole('button', { name: /Popieram/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a moderator hides a remark with a reason, and its trace and the log stay public', async ({ page, context, baseURL, browser }) => {
  const errors = watchConsole(page);
  await freshResident(context, baseURL!, '2');
  const r = await formPost(context.request, baseURL!, '/api/consultations/remark', { consultation_id: '1', section: 'zielen', text: 'Sąsiad spod 7 to złodziej, wszyscy wiedzą.' });
  const id = r.headers()['location'].split('#remark-')[1];
  const clerk = await browser.newContext({ baseURL });
  await signInByRequest(clerk, baseURL!, { email: 'urzednik@example.pl', password: 'Krakow-urzednik-2026' });
  const desk = await clerk.newPage();
  // Reports of three residents put it in the clerk's queue.
  for (let n = 0; n < 3; n++) {
    const other = await browser.newContext({ baseURL });
    await freshResident(other, baseURL!, '2');
    expect((await formPost(other.request, baseURL!, '/api/consultations/remark/report', { remark_id: id })).status()).toBe(303);
    await other.close();
  }
  await desk.goto('/consultations/1/moderation');
  await hydrated(desk);
  const queued = desk.locator(`#queued-${id}`);
  await expect(queued).toContainText('Wstrzymana po 3 zgłoszeniach');
  await queued.getByLabel(/Decyzja/).selectOption('offensive');
  await queued.getByRole('button', { name: 'Zdecyduj' }).click();
  await expect(desk.getByText('Decyzja jest zapisana w rejestrze moderacji')).toBeVisible();
  await expect(desk.locator(`#queued-${id}`)).toHaveCount(0);
  await expect(desk.getByRole('table').getByText('Ukryta: treść obraźliwa')).toBeVisible();
  await clerk.close();
  // Everyone sees the trace with its reason, not the text.
  await page.goto('/consultations/1/remarks?section=zielen');
  await expect(page.locator(`#remark-${id}`)).toContainText('Ukryta przez moderatora. Powód: treść obraźliwa.');
  const visitor = await browser.newContext({ baseURL });
  const anon = await visitor.newPage();
  await anon.goto('/consultations/1/remarks?section=zielen');
  await expect(anon.locator(`#remark-${id}`)).not.toContainText('złodziej');
  await visitor.close();
  expect(errors).toEqual([]);
});

test('a clerk answers two remarks together and everyone reads the published report', async ({ page, browser, baseURL }) => {
  const errors = watchConsole(page);
  const clerk = await browser.newContext({ baseURL });
  await signInByRequest(clerk, baseURL!, { email: 'urzednik@example.pl', password: 'Krakow-urzednik-2026' });
  const desk = await clerk.newPage();
  await desk.goto('/consultations/1/answers');
  await hydrated(desk);
  const boxes = desk.locator('input[type=checkbox][name^="picked[r"]');
  const first = (await boxes.nth(0).getAttribute('id'))!.replace('pick-r', '');
  const second = (await boxes.nth(1).getAttribute('id'))!.replace('pick-r', '');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await desk.getByLabel('Odpowiedź', { exact: true }).selectOption('already-covered');
  // Too short a justification: the ticks and the choice stay.
  await desk.getByLabel('Uzasadnienie').fill('Już jest.');
  await desk.getByRole('button', { name: 'Udziel tej odpowiedzi zaznaczonym' }).click();
  await expect(desk.locator('#answer-summary')).toBeFocused();
  await expect(boxes.nth(0)).toBeChecked();
  await desk.getByLabel('Uzasadnienie').fill('Projekt przewiduje to już w wariancie B, na stronie 12 dokumentacji.');
  await desk.getByRole('button', { name: 'Udziel tej odpowiedzi zaznaczonym' }).click();
  await expect(desk.getByText('Odpowiedź dotyczy 2 uwag i stwierdzeń')).toBeVisible();
  await clerk.close();
  // Each remark shows the group's answer.
  for (const id of [first, second]) {
    await page.goto(`/consultations/1/remarks?sort=oldest#remark-${id}`);
    await expect(page.locator(`#remark-${id} .answer`)).toContainText('już zawarta w projekcie');
  }
  // The closed street plan's report: readable, with its open data.
  await page.goto('/consultations/3');
  await page.getByRole('link', { name: 'Raport końcowy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raport końcowy' })).toBeVisible();
  await expect(page.getByRole('table').getByText('Uwagi na papierze')).toBeVisible();
  await expect(page.locator('.answer').first()).toContainText('Odpowiedź miasta:');
  const csv = await page.request.get('/consultations/3/report/remarks.csv');
  expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(errors).toEqual([]);
});

test('an organiser is refused while a minimum is missing, then publishes', async ({ browser, baseURL }) => {
  const clerk = await browser.newContext({ baseURL });
  await signInByRequest(clerk, baseURL!, { email: 'urzednik@example.pl', password: 'Krakow-urzednik-2026' });
  const page = await clerk.newPage();
  const errors = watchConsole(page);
  await page.goto('/staff/consultations');
  await hydrated(page);
  await page.getByRole('link', { name: 'Nowe konsultacje' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nowe konsultacje' })).toBeFocused();
  const title = `Skwer przy Rondzie Grzegórzeckim ${Date.now()}`;
  await page.getByLabel('Tytuł').fill(title);
  await page.getByLabel('Streszczenie').fill('Nowa zieleń i ławki na skwerze.');
  await page.getByLabel('W prostych słowach').fill('Miasto zmieni skwer.');
  await page.getByLabel('Prowadzi').fill('Zarząd Zieleni Miejskiej');
  await page.getByLabel('Kontakt').fill('zzm@krakow.pl');
  await page.getByLabel('Dokument, częściami').fill('## Zieleń\nDwadzieścia drzew.');
  // Only two weeks of consultation: refused at the field, the rest kept.
  await page.getByLabel('Ostatni dzień konsultacji').fill(krakowDate(22));
  await page.getByRole('button', { name: 'Opublikuj' }).click();
  await expect(page.locator('#consultation-summary')).toBeFocused();
  await expect(page.locator('#f-closes-error')).toContainText('co najmniej 21 dni');
  await expect(page.getByLabel('Tytuł')).toHaveValue(title);
  await page.getByLabel('Ostatni dzień konsultacji').fill(krakowDate(40));
  await page.getByRole('button', { name: 'Opublikuj' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Konsultacje są opublikowane')).toBeVisible();
  await page.goto('/consultations');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  expect(errors).toEqual([]);
  await clerk.close();
});

test('an organiser plans a workshop; a resident registers when it is full and moves up from the waiting list', async ({ browser, baseURL }) => {
  // The organiser plans a workshop with one seat in the park consultation (id 1), first
  // forgetting the number of seats.
  const clerk = await browser.newContext();
  await signInByRequest(clerk, baseURL!, DEMO.clerk);
  const desk = await clerk.newPage();
  const errors = watchConsole(desk);
  await desk.goto('/staff/consultations/1/meetings');
  await hydrated(desk);
  const title = `Warsztaty o ławkach ${Date.now()}`;
  const form = desk.locator('#add-meeting');
  await form.getByLabel('Rodzaj').selectOption('workshop');
  await form.getByLabel('Tytuł').fill(title);
  await form.getByLabel('Dzień').fill(krakowDate(2));
  await form.getByLabel('Początek').fill('17:00');
  await form.getByLabel('Koniec').fill('18:30');
  await form.getByLabel('Adres').fill('Klub Dąbie, ul. Dąbska 1');
  await form.getByLabel('Pętla indukcyjna').check();
  await form.getByRole('button', { name: 'Dodaj spotkanie' }).click();
  await expect(desk.locator('#meeting-summary')).toBeFocused();
  await expect(form.locator('#f-seats-error')).toContainText('Podaj liczbę całkowitą od 1 do');
  await expect(form.getByLabel('Tytuł')).toHaveValue(title);
  await form.getByLabel('Liczba miejsc').fill('1');
  await form.getByRole('button', { name: 'Dodaj spotkanie' }).click();
  await expect(desk.getByRole('heading', { name: title, level: 2 })).toBeVisible();

  // Ala takes the only seat; Ola, without JavaScript, joins the waiting list.
  const ala = await browser.newContext();
  await freshResident(ala, baseURL!, '2');
  const alaPage = await ala.newPage();
  await alaPage.goto('/consultations/1/meetings');
  await hydrated(alaPage);
  const alaMeeting = alaPage.locator('li.meeting', { has: alaPage.getByRole('heading', { name: title }) });
  await expect(alaMeeting.getByText('Pętla indukcyjna')).toBeVisible();
  await alaMeeting.getByRole('button', { name: /^Zapisz się/ }).click();
  await expect(alaPage.getByText('Jesteś zapisana lub zapisany i masz miejsce na spotkaniu.')).toBeVisible();
  await expect(alaMeeting.getByText('Masz miejsce na tym spotkaniu.')).toBeVisible();

  const ola = await browser.newContext({ javaScriptEnabled: false });
  await freshResident(ola, baseURL!, '2');
  const olaPage = await ola.newPage();
  await olaPage.goto('/consultations/1/meetings');
  const olaMeeting = olaPage.locator('li.meeting', { has: olaPage.getByRole('heading', { name: title }) });
  await olaMeeting.getByRole('button', { name: /^Zapisz się na listę rezerwową/ }).click();
  await expect(olaPage.locator('.notice__text', { hasText: 'Wszystkie miejsca są zajęte: jesteś na liście rezerwowej, na miejscu 1.' })).toBeVisible();
  await expect(olaMeeting.getByText('Jesteś na liście rezerwowej, na miejscu 1.')).toBeVisible();

  // Ala cancels: Ola has the seat, and her notifications say so.
  await alaMeeting.getByRole('button', { name: /^Zrezygnuj ze spotkania/ }).click();
  await expect(alaPage.getByText('Rezygnacja jest zapisana.')).toBeVisible();
  await olaPage.reload();
  await expect(olaMeeting.getByText('Masz miejsce na tym spotkaniu.')).toBeVisible();
  await olaPage.goto('/consultations/notifications');
  await expect(olaPage.getByText(`Zwolniło się miejsce: masz miejsce na spotkaniu „${title}”`)).toBeVisible();

  // The organiser's list shows Ola with the seat.
  await desk.reload();
  const registrants = desk.getByRole('table', { name: `Zapisani na „${title}”, w kolejności zapisów` });
  await expect(registrants.getByRole('row')).toHaveCount(2);
  await expect(registrants.getByRole('row').nth(1)).toContainText('miejsce');
  await expect(registrants.getByRole('row').nth(1)).not.toContainText('rezerwowa');
  expect(errors).toEqual([]);
});

test('an organiser attaches a document: a file that is not one is refused at its field; a PDF is listed and downloads', async ({ browser, baseURL }) => {
  const clerk = await browser.newContext({ baseURL });
  await signInByRequest(clerk, baseURL!, { email: 'urzednik@example.pl', password: 'Krakow-urzednik-2026' });
  const page = await clerk.newPage();
  const errors = watchConsole(page);
  await page.goto('/staff/consultations/1');
  await hydrated(page);
  const title = `Mapa parku ${Date.now()}`;
  await page.getByLabel('Tytuł dokumentu').fill(title);
  // HTML named and declared as a PDF: refused by its content, the title kept.
  await page.getByLabel('Plik').setInputFiles({ name: 'mapa.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await page.getByRole('button', { name: 'Dodaj dokument' }).click();
  await expect(page.locator('#f-file-error')).toContainText('Tego rodzaju pliku nie przyjmujemy');
  await expect(page.getByLabel('Tytuł dokumentu')).toHaveValue(title);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await page.getByLabel('Plik').setInputFiles({ name: 'mapa.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Dodaj dokument' }).click();
  await expect(page.getByText('Dokument jest dodany.')).toBeVisible();
  // Anyone reads it from the consultation's page: a download, named after its title.
  const visitor = await browser.newPage({ baseURL });
  await visitor.goto('/consultations/1');
  const link = visitor.getByRole('link', { name: new RegExp(title) });
  await expect(link).toContainText('PDF');
  const [download] = await Promise.all([visitor.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`${title}.pdf`);
  // The organiser removes it; it is gone for everyone.
  await page.getByRole('button', { name: `Usuń dokument „${title}”` }).click();
  await expect(page.getByText('Dokument jest usunięty.')).toBeVisible();
  await visitor.goto('/consultations/1');
  await expect(visitor.getByRole('link', { name: new RegExp(title) })).toHaveCount(0);
  expect(errors).toEqual([]);
  await visitor.close();
  await clerk.close();
});
