import { test, expect, Browser } from '@playwright/test';
import { axe, Combo, formPost, freshAdmin, hydrated, krakowDate, makeSurvey, randomPesel, verifyIdentity, voteByRequest, watchConsole } from './helpers';

// Every page in every language; the displays (standard and high contrast, a 320 px phone, the
// device's dark theme) rotate from page to page, each language starting at a different one, so
// every display is checked on every kind of page without multiplying the runs by four.
const combos: Combo[] = (['pl', 'en', 'uk'] as const).map((lang, i) => ({
  lang, contrast: 'standard', width: 1280, rotate: { next: i },
}));

for (const combo of combos) {
  test(`axe: every page, ${combo.lang}, displays rotating`, async ({ browser, baseURL }) => {
    test.setTimeout(720_000);
    const context = await browser.newContext({ viewport: { width: combo.width, height: 900 }, colorScheme: combo.dark ? 'dark' : 'light' });
    await context.addCookies([
      { name: 'ko_lang', value: combo.lang, url: baseURL! },
      { name: 'ko_display', value: `${combo.contrast}.standard`, url: baseURL! },
    ]);
    const page = await context.newPage();
    const errors = watchConsole(page);

    // The participatory budget: editions, the Kraków 2022 results (demo edition 1), its
    // city-wide pool (93 projects) and a district pool.
    for (const path of ['/', '/register', '/register/check-email', '/register/confirm?token=0', '/sign-in', '/password-reset', '/password-reset/sent', '/password-reset/confirm?token=0', '/account/email/confirm?token=0', '/accessibility', '/settings', '/budget', '/budget/1/results', '/budget/1/results/1', '/budget/1/results/15', '/tickets/prices', '/no-such-page']) {
      await page.goto(path);
      await axe(page, combo, path);
    }
    // The browser reports the 404 status of /no-such-page itself as a console error: expected.
    const notFound = errors.findIndex((e) => e.includes('status of 404'));
    if (notFound >= 0) errors.splice(notFound, 1);
    // ... and the forms posted on purpose with bad input below answer with redirects, not errors.
    // Forms in their error state.
    await formPost(context.request, baseURL!, '/api/register', { email: 'zle', password: 'x', name: '', district: '' });
    await page.goto('/register');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/register with errors');
    await formPost(context.request, baseURL!, '/api/sign_in', { email: 'nobody@example.pl', password: 'wrong', return_to: '/account' });
    await page.goto('/sign-in');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/sign-in with errors');
    await formPost(context.request, baseURL!, '/api/confirm_registration', { token: 'used-or-wrong' });
    await page.goto('/register/confirm?token=used-or-wrong');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/register/confirm with an invalid link');
    await formPost(context.request, baseURL!, '/api/password_reset', { email: 'zle' });
    await page.goto('/password-reset');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/password-reset with errors');
    await formPost(context.request, baseURL!, '/api/password_reset_confirm', { token: '0', new_password: 'x' });
    await page.goto('/password-reset/confirm?token=0');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/password-reset/confirm with an invalid link');

    // A fresh account in this language and contrast (taken at registration), made an
    // administrator: the account pages and the back office.
    const adminEmail = await freshAdmin(browser, context, baseURL!, combo.lang);
    for (const path of ['/account', '/account/profile', '/account/password', '/account/delete', '/account/email', '/account/sessions', '/account/identity', '/staff/identity', '/account/card', '/staff/card', '/tickets/buy', '/tickets', '/tickets/orders', '/staff/tariffs', '/staff/tariffs/2']) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await axe(page, combo, path);
    }
    await formPost(context.request, baseURL!, '/api/change_email', { new_email: 'zle', password: '' });
    await page.goto('/account/email');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/account/email with errors');
    await formPost(context.request, baseURL!, '/api/staff/identity/verify', { email: 'nikt@example.pl', pesel: '123', birth: '', document: '', office: '', district: '', resident_since: 'x' });
    await page.goto('/staff/identity');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/staff/identity with errors');
    await formPost(context.request, baseURL!, '/api/staff/card/confirm', { email: 'nikt@example.pl', number: '12', valid_until: 'x', office: '' });
    await page.goto('/staff/card');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/staff/card with errors');
    await formPost(context.request, baseURL!, '/api/tickets/buy', { product: '12', zones: '1', fare: 'normal', resident: 'yes', vehicle: '', start: 'x', line: '', holder: '' });
    await page.goto('/tickets/buy');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/tickets/buy with errors');
    for (const path of ['/staff', '/admin/users']) {
      await page.goto(path);
      await expect(page.locator('table')).toBeVisible();
      await axe(page, combo, path);
    }
    // The ballot of the current edition (demo edition 3), with errors, and the voter's own
    // ballot after voting.
    await page.goto('/budget/3/vote');
    await axe(page, combo, '/budget/3/vote');
    await formPost(context.request, baseURL!, '/api/budget/vote', { edition_id: '3', district: '5', pesel: '123', birth: '', sex: '', document: '', 'choices[_]': '' });
    await page.goto('/budget/3/vote');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/budget/3/vote with errors');
    await voteByRequest(context.request, baseURL!, 3, randomPesel());
    await page.goto('/budget/3/my-ballot');
    await axe(page, combo, '/budget/3/my-ballot');
    // Confirmed by a clerk (district V, as registered): the identity page and the referendum vote form.
    await verifyIdentity(browser, baseURL!, adminEmail, '5');
    await page.goto('/account/identity');
    await expect(page.getByText('Urząd Miasta Krakowa, os. Zgody 2', { exact: false })).toBeVisible();
    await axe(page, combo, '/account/identity, confirmed');
    await budgetBackOffice(page, context, baseURL!, combo);
    await referendaPages(page, context, baseURL!, combo);
    await consultationPages(page, context, baseURL!, combo);
    await surveyPages(browser, context, baseURL!, combo, errors);
    expect(errors).toEqual([]);
    await context.close();
  });
}

/** The survey builder (as the administrator signed in in `context`), answering (as a visitor
 *  in the same language and contrast) and the results, including error states. */
async function surveyPages(browser: Browser, context: import('@playwright/test').BrowserContext, baseURL: string, combo: Combo, errors: string[]) {
  const page = context.pages()[0];
  const id = await makeSurvey(context.request, baseURL, `Ankieta dostępności ${combo.lang} ${combo.contrast} ${combo.width}`);
  const staffPages = [
    '/staff/surveys', `/staff/surveys/${id}`, `/staff/surveys/${id}/questions/q1`, `/staff/surveys/${id}/questions/q7`,
    `/staff/surveys/${id}/questions/new?kind=multi`, `/staff/surveys/${id}/preview`, '/staff/surveys/2/codes/1', '/surveys/1/results',
  ];
  for (const path of staffPages) {
    await page.goto(path);
    await axe(page, combo, path);
  }
  // The builder refusing a question: errors at the fields and in the summary.
  await formPost(context.request, baseURL, '/api/staff/surveys/question', { survey_id: id, key: '', kind: 'single', page: '1', text_pl: '', options_pl: 'tylko jedna', show_if: 'q3', show_if_values: '9' });
  await page.goto(`/staff/surveys/${id}/questions/new?kind=single`);
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'question with errors');

  const visitor = await browser.newContext({ viewport: { width: combo.width, height: 900 }, colorScheme: combo.dark ? 'dark' : 'light' });
  await visitor.addCookies([
    { name: 'ko_lang', value: combo.lang, url: baseURL },
    { name: 'ko_display', value: `${combo.contrast}.standard`, url: baseURL },
  ]);
  const v = await visitor.newPage();
  const vErrors = watchConsole(v);
  for (const path of ['/surveys', '/surveys?district=13', `/surveys/${id}`, '/surveys/2?code=ABCDE-FGHJK', '/surveys/1/results']) {
    await v.goto(path);
    await axe(v, combo, `visitor ${path}`);
  }
  expect((await formPost(visitor.request, baseURL, '/api/surveys/start', { survey_id: id })).status()).toBe(303);
  await formPost(visitor.request, baseURL, '/api/surveys/answer', { survey_id: id, page: '1', go: 'next', 'answers[q1]': 'other', 'answers[q2-o1]': '1', 'answers[q2-o2]': '1', 'answers[q2-o3]': '1' });
  await v.goto(`/surveys/${id}/page/1`);
  await expect(v.locator('.error-summary')).toBeVisible();
  await axe(v, combo, 'survey page with errors');
  await formPost(visitor.request, baseURL, '/api/surveys/answer', { survey_id: id, page: '1', go: 'next', 'answers[q1]': '2', 'answers[q2-o1]': '1' });
  for (const p of ['2', '3']) {
    await v.goto(`/surveys/${id}/page/${p}`);
    await axe(v, combo, `survey page ${p}`);
  }
  await formPost(visitor.request, baseURL, '/api/surveys/answer', { survey_id: id, page: '2', go: 'next', 'answers[q3]': '5', 'answers[q4]': '9' });
  await formPost(visitor.request, baseURL, '/api/surveys/answer', { survey_id: id, page: '3', go: 'next', 'answers[q6]': 'kolejka', 'answers[q7-i1]': '4', 'answers[q7-i2]': '3' });
  await v.goto(`/surveys/${id}/review`);
  await axe(v, combo, 'review');
  const sent = await formPost(visitor.request, baseURL, '/api/surveys/submit', { survey_id: id });
  expect(sent.headers()['location']).toBe(`/surveys/${id}/thanks`);
  await v.goto(`/surveys/${id}/thanks`);
  await hydrated(v);
  await axe(v, combo, 'thanks');
  expect(vErrors).toEqual([]);
  await visitor.close();
}

test('the dark theme follows the device', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');
  await context.close();
  const light = await browser.newContext({ colorScheme: 'light' });
  const p2 = await light.newPage();
  await p2.goto('/');
  expect(await p2.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  await light.close();
});

type Ctx = import('@playwright/test').BrowserContext;
type Pg = import('@playwright/test').Page;

/** Projects (catalogue, one project with the clerk's decision form, the submission form) and
 *  the budget's back office (editions, one edition, paper ballots), with their error states. */
async function budgetBackOffice(page: Pg, context: Ctx, baseURL: string, combo: Combo) {
  for (const path of ['/budget/3/projects', '/budget/3/projects?q=drzew&pool=&category=&max_cost=1000000', '/budget/my-projects', '/budget/4/submit', '/staff/budget', '/staff/budget/4', '/staff/budget/3/paper', '/staff/budget/3/paper?point=1&district=5']) {
    await page.goto(path);
    await axe(page, combo, path);
  }
  // The demo's proposal waiting for a decision (the first row of the next edition's projects).
  await page.goto('/staff/budget/4');
  const href = await page.getByRole('table').first().getByRole('link').first().getAttribute('href');
  await page.goto(href!);
  await expect(page.locator('form[aria-labelledby="decide-heading"]')).toBeVisible();
  await axe(page, combo, 'a project with the decision form');
  const project = href!.split('/').pop()!;
  await formPost(context.request, baseURL, '/api/budget/decide', { project_id: project, decision: 'reject', reason: '' });
  await page.goto(href!);
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'a project with the decision form, with errors');
  await formPost(context.request, baseURL, '/api/budget/submit', { edition_id: '4', pool_id: '', title: '', description: '', cost: 'dużo', address: '' });
  await page.goto('/budget/4/submit');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, '/budget/4/submit with errors');
  await formPost(context.request, baseURL, '/api/staff/budget/create', { name: '', submission_opens: '', submission_closes: '', voting_opens: '', voting_closes: '', results_at: '', rule: 'krakow', picks: '0', min_picks: '', points: '', official: 'greedy', city_budget: 'x', district_budget: '' });
  await page.goto('/staff/budget');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, '/staff/budget with errors');
  await formPost(context.request, baseURL, '/api/budget/paper', { edition_id: '3', point_id: '1', district: '5', pesel: '123', birth: '', sex: '', document: '', 'choices[_]': '' });
  await page.goto('/staff/budget/3/paper?point=1&district=5');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'paper ballot with errors');
}

/** Public consultations: the list, each demo consultation's document, the opinion map with
 *  a statement to answer (signed in) and with the error of an empty answer. */
async function consultationPages(page: Pg, context: Ctx, baseURL: string, combo: Combo) {
  for (const path of ['/consultations', '/consultations/method', '/consultations/1', '/consultations/2', '/consultations/3', '/consultations/2/opinions']) {
    await page.goto(path);
    await axe(page, combo, path);
  }
  await expect(page.locator('.statement__text')).toBeVisible();
  await formPost(context.request, baseURL, '/api/consultations/answer', { consultation_id: '2', statement_id: '1' });
  await page.goto('/consultations/2/opinions');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'the opinion map with errors');
  // Remarks: the list (two pages, by section, the trace of a hidden one), the form with its
  // errors, one's own remark to edit, and the moderation queue and log (a clerk's view).
  for (const path of ['/consultations/1/remarks', '/consultations/1/remarks?page=2&sort=supported', '/consultations/1/remarks?section=zielen', '/consultations/3/remarks', '/consultations/1/moderation', '/consultations/3/report', '/consultations/1/answers', '/consultations/3/answers', '/staff/consultations', '/staff/consultations/new', '/staff/consultations/1', '/consultations/notifications', '/consultations/1/meetings', '/staff/consultations/1/meetings', '/consultations/following', '/consultations/unsubscribe?a=1&t=x', '/consultations/2/moderation', '/staff/consultations/2/languages']) {
    await page.goto(path);
    await axe(page, combo, path);
  }
  await formPost(context.request, baseURL, '/api/consultations/remark', { consultation_id: '1', section: 'zielen', text: '' });
  await page.goto('/consultations/1/remarks?section=zielen');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'remarks with errors');
  const r = await formPost(context.request, baseURL, '/api/consultations/remark', { consultation_id: '1', section: 'sciezki', text: `Uwaga do sprawdzenia dostępności (${combo.lang}).` });
  const own = r.headers()['location'].split('#remark-')[1];
  await formPost(context.request, baseURL, '/api/consultations/save', { consultation_id: '0', title: 'Szkic', opens: 'jutro', publish: 'yes' });
  await page.goto('/staff/consultations/new');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'the organisers\' form with errors');
  await formPost(context.request, baseURL, '/api/consultations/answer-items', { consultation_id: '1', justification: 'Za krótko' });
  await page.goto('/consultations/1/answers');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'answers with errors');
  await page.goto(`/consultations/1/remarks/${own}`);
  await expect(page.locator('textarea')).toBeVisible();
  await axe(page, combo, 'one\'s own remark to edit');
  // Meetings and duty hours: the booking form and the organisers' forms with their errors.
  await formPost(context.request, baseURL, '/api/consultations/duty/book', { consultation_id: '1', phone: '12' });
  await page.goto('/consultations/1/meetings');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'booking duty hours with errors');
  await formPost(context.request, baseURL, '/api/consultations/meeting/add', { consultation_id: '1', kind: 'meeting', title: '', date: 'x', starts: '', ends: '', place: '', online_url: 'http://x', seats: '0' });
  await formPost(context.request, baseURL, '/api/consultations/duty/add', { consultation_id: '1', duty_expert: '', duty_mode: 'in-person', duty_place: '', duty_date: '', duty_starts: '', duty_ends: '', duty_minutes: '5' });
  await page.goto('/staff/consultations/1/meetings');
  await expect(page.locator('.error-summary')).toHaveCount(1);
  await axe(page, combo, 'the meeting desk with errors');
  // Documents: an upload that is not a document, refused at its field; language versions
  // with their errors.
  const up = await context.request.post('/staff/consultations/1/documents', {
    headers: { Origin: baseURL, Accept: 'text/html' },
    maxRedirects: 0,
    multipart: { doc_title: 'Plan', file: { name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html></html>') } },
  });
  expect(up.status()).toBe(303);
  await page.goto('/staff/consultations/1');
  await expect(page.locator('#f-file-error')).toBeVisible();
  await axe(page, combo, 'a document refused at its field');
  await formPost(context.request, baseURL, '/api/consultations/languages/save', { consultation_id: '1', title_en: 'Park', sections_en: '## One\nText.' });
  await page.goto('/staff/consultations/1/languages');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'language versions with errors');
  await formPost(context.request, baseURL, '/api/consultations/following/save', { 'districts[d77]': '1' });
  await page.goto('/consultations/following');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'following with errors');
  await formPost(context.request, baseURL, '/api/consultations/unsubscribe', { a: '1', t: 'x' });
  await page.goto('/consultations/unsubscribe?a=1&t=x');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'unsubscribe with a wrong link');
}

/** District referenda: the list, an open one with the vote form (and its errors), closed ones
 *  with results, and the clerks' form. */
async function referendaPages(page: Pg, context: Ctx, baseURL: string, combo: Combo) {
  for (const path of ['/referenda', '/referenda/1', '/referenda/2', '/referenda/3', '/referenda/4', '/staff/referenda']) {
    await page.goto(path);
    await axe(page, combo, path);
  }
  await formPost(context.request, baseURL, '/api/staff/referenda/create', { title: '', question: '', description: '', kind: 'choice', options: 'jedna', opens_date: 'x', opens_time: '', closes_date: '', closes_time: '', electorate: '', quorum: '200' });
  await page.goto('/staff/referenda');
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, '/staff/referenda with errors');
  // A referendum for this administrator's district (V), open now: the vote form.
  const r = await formPost(context.request, baseURL, '/api/staff/referenda/create', {
    title: `Test ${combo.lang} ${combo.contrast} ${combo.width}`, question: 'Czy?', description: '', kind: 'yes-no', options: '', 'districts[d5]': '1',
    opens_date: krakowDate(-1), opens_time: '', closes_date: krakowDate(1), closes_time: '', electorate: '1000', quorum: '',
  });
  const path = r.headers()['location'];
  await page.goto(path);
  await expect(page.locator('form[aria-labelledby="vote-heading"]')).toBeVisible();
  await axe(page, combo, 'a referendum with the vote form');
  const id = path.split('/').pop()!;
  await formPost(context.request, baseURL, '/api/referenda/vote', { referendum_id: id });
  await page.goto(path);
  await expect(page.locator('.error-summary')).toBeVisible();
  await axe(page, combo, 'a referendum with errors');
}
