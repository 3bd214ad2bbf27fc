import { expect, Page, Browser, BrowserContext, Locator, APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const DEMO = {
  resident: { email: 'mieszkanka@example.pl', password: 'Krakow-mieszkanka-2026' },
  clerk: { email: 'urzednik@example.pl', password: 'Krakow-urzednik-2026' },
  admin: { email: 'admin@example.pl', password: 'Krakow-admin-2026' },
  inspector: { email: 'kontroler@example.pl', password: 'Krakow-kontroler-2026' },
  taxpayer: { email: 'podatnik@example.pl', password: 'Krakow-podatnik-2026' },
  taxClerk: { email: 'podatki@example.pl', password: 'Krakow-podatki-2026' },
};

let counter = 0;
export function uniqueEmail(tag: string): string {
  counter += 1;
  return `${tag}-${process.pid}-${Date.now()}-${counter}@example.pl`;
}

/** Fails the test on any console error or uncaught exception (CSP violations included). */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  // Name the resource behind a "Failed to load resource" message.
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().includes('/no-such-page')) errors.push(`HTTP ${r.status()} ${r.url()}`); });
  return errors;
}

/** Waits until the WebAssembly app has hydrated (the boot script ran). */
export async function hydrated(page: Page) {
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

/** Presses Tab until `target` has focus (keyboard-only journeys). */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** Signs in through the real endpoint (plain form post), sharing cookies with the context's pages. */
export async function signInByRequest(context: BrowserContext, baseURL: string, who: { email: string; password: string }) {
  const r = await context.request.post('/api/sign_in', {
    form: { email: who.email, password: who.password, return_to: '/account' },
    headers: { Origin: baseURL, Accept: 'text/html' },
    maxRedirects: 0,
  });
  expect(r.status()).toBe(303);
  expect(r.headers()['location']).toBe('/account');
}

export async function setPrefs(context: BrowserContext, baseURL: string, lang: string, contrast: string) {
  const h = { Origin: baseURL, Accept: 'text/html' };
  let r = await context.request.post('/api/set_language', { form: { lang, return_to: '/' }, headers: h, maxRedirects: 0 });
  expect(r.status()).toBe(303);
  r = await context.request.post('/api/set_display', { form: { contrast, text_size: 'standard', return_to: '/' }, headers: h, maxRedirects: 0 });
  expect(r.status()).toBe(303);
}

/** The confirmation token from the newest mail to `email` in the development outbox. */
export async function confirmationToken(request: APIRequestContext, email: string): Promise<string> {
  const html = await (await request.get('/dev/outbox')).text();
  const at = html.indexOf(`data-to="${email}"`);
  expect(at, `a mail to ${email}`).toBeGreaterThanOrEqual(0);
  const m = html.slice(at).match(/token=([0-9a-f]{64})/);
  expect(m).toBeTruthy();
  return m![1];
}

/** A date in Kraków's calendar, `days` from today (YYYY-MM-DD). */
export function krakowDate(days: number): string {
  const d = new Date(Date.now() + days * 86400_000);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
}

export async function formPost(request: APIRequestContext, baseURL: string, path: string, form: Record<string, string>) {
  return request.post(path, { form, headers: { Origin: baseURL, Accept: 'text/html' }, maxRedirects: 0 });
}

/**
 * A three-page survey built through the builder's endpoints by a signed-in clerk: open since
 * yesterday, for anyone, anonymous, results public. Returns its id.
 *  page 1: q1 office (single, with other), q2 what was used (multi, 1–2)
 *  page 2: q3 kindness (scale 1–5), q4 NPS
 *  page 3: q5 comments (long, optional), q6 only when q1 = Kościuszki (short), q7 grid
 */
export async function makeSurvey(request: APIRequestContext, baseURL: string, title: string): Promise<string> {
  let r = await formPost(request, baseURL, '/api/staff/surveys/create', { title_pl: title });
  expect(r.status()).toBe(303);
  const id = r.headers()['location'].split('/')[3];
  const questions: Record<string, string>[] = [
    { kind: 'single', page: '1', text_pl: 'Który urząd odwiedziłeś?', text_en: 'Which office did you visit?', options_pl: 'Wielopole\nKościuszki\nZgody', options_en: 'Wielopole\nKościuszki\nZgody', other: 'yes' },
    { kind: 'multi', page: '1', text_pl: 'Z czego korzystałeś?', options_pl: 'Rezerwacja online\nBiletomat\nInformacja', min_choices: '1', max_choices: '2' },
    { kind: 'scale', page: '2', text_pl: 'Jak oceniasz uprzejmość?', scale_min: '1', scale_max: '5', low_pl: 'bardzo źle', high_pl: 'bardzo dobrze' },
    { kind: 'nps', page: '2', text_pl: 'Czy polecisz nas znajomym?', low_pl: 'na pewno nie', high_pl: 'na pewno tak' },
    { kind: 'long', page: '3', text_pl: 'Uwagi', required: '', max_len: '300' },
    { kind: 'short', page: '3', text_pl: 'Co było nie tak w Kościuszki?', show_if: 'q1', show_if_values: '2' },
    { kind: 'grid', page: '3', text_pl: 'Oceń punkt obsługi', items_pl: 'Czystość\nOznakowanie', scale_min: '1', scale_max: '5' },
  ];
  for (const q of questions) {
    r = await formPost(request, baseURL, '/api/staff/surveys/question', { survey_id: id, key: '', required: 'yes', ...q });
    expect(r.headers()['location'], JSON.stringify(q)).toContain('#q');
  }
  r = await formPost(request, baseURL, '/api/staff/surveys/save', {
    survey_id: id, title_pl: title, title_en: `${title} (EN)`, intro_pl: 'Ankieta przygotowana w teście.',
    opens_date: krakowDate(-1), opens_time: '', closes_date: krakowDate(2), closes_time: '',
    audience: 'anyone', anonymous: 'yes', public_results: 'yes',
  });
  expect(r.headers()['location']).toBe(`/staff/surveys/${id}`);
  return id;
}

/** A new account in `lang`, made an administrator by the demo admin, signed in in `context`. */
export async function freshAdmin(browser: Browser, context: BrowserContext, baseURL: string, lang: string): Promise<string> {
  const email = uniqueEmail(`admin-${lang}`);
  const r = await formPost(context.request, baseURL, '/api/register', { email, password: 'a long test password', name: 'Test Dostępności', district: '5' });
  expect(r.status()).toBe(303);
  const token = await confirmationToken(context.request, email);
  const c = await formPost(context.request, baseURL, '/api/confirm_registration', { token, password: 'a long test password' });
  expect(c.headers()['location']).toBe('/account');
  const admin = await browser.newContext();
  await signInByRequest(admin, baseURL, DEMO.admin);
  const json = { Origin: baseURL, Accept: 'application/json' };
  const first = await (await admin.request.post('/api/admin/users', { form: { page: '1' }, headers: json })).json();
  const last = await (await admin.request.post('/api/admin/users', { form: { page: String(first.pages) }, headers: json })).json();
  const me = last.users.find((u: any) => u.email === email);
  expect(me).toBeTruthy();
  const p = await formPost(admin.request, baseURL, '/api/admin/set_role', { user_id: String(me.id), role: 'admin', return_to: '/admin/users' });
  expect(p.status()).toBe(303);
  await admin.close();
  await signInByRequest(context, baseURL, { email, password: 'a long test password' });
  return email;
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];


export type Combo = {
  lang: 'pl' | 'en' | 'uk'; contrast: 'standard' | 'high'; width: number; dark?: boolean;
  /** Each check takes the next display of VARIANTS (counting from `next`) instead of one fixed display. */
  rotate?: { next: number };
};

/** The displays every page must pass in: standard and high contrast, a 320 px phone, the dark theme. */
export const VARIANTS: { contrast: 'standard' | 'high'; width: number; dark: boolean }[] = [
  { contrast: 'standard', width: 1280, dark: false },
  { contrast: 'high', width: 1280, dark: false },
  { contrast: 'standard', width: 320, dark: false },
  { contrast: 'standard', width: 1280, dark: true },
];

/** Checks one page: landmarks, one h1, a title, zero axe violations, no sideways scrolling at 320 px.
 *  With `combo.rotate`, the page is first shown in the next display of VARIANTS: the width, the
 *  device's theme and the high-contrast class (as the server writes it for that setting). */
export async function axe(page: Page, given: Combo, label: string) {
  await hydrated(page);
  let combo = given;
  if (given.rotate) {
    const v = VARIANTS[given.rotate.next++ % VARIANTS.length];
    combo = { ...given, ...v };
    await page.setViewportSize({ width: v.width, height: 900 });
    await page.emulateMedia({ colorScheme: v.dark ? 'dark' : 'light' });
    await page.evaluate((high) => document.documentElement.classList.toggle('theme-high-contrast', high), v.contrast === 'high');
  }
  await expect(page.locator('html')).toHaveAttribute('lang', combo.lang);
  if (combo.contrast === 'high') await expect(page.locator('html')).toHaveClass(/theme-high-contrast/);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('footer')).toHaveCount(1);
  const title = await page.title();
  expect(title.length, `${label}: title`).toBeGreaterThan(0);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(found, `${label} [${combo.lang}/${combo.contrast}/${combo.width}px${combo.dark ? '/dark' : ''}]`).toEqual([]);
  if (combo.width <= 320) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${label}: no horizontal scrolling at 320 px`).toBeLessThanOrEqual(0);
  }
}


/** Zero axe violations on a page that is not the portal's (the sandbox payment provider's page:
 *  no header, footer or WebAssembly of ours). */
export async function axePlain(page: Page, label: string) {
  await expect(page.locator('h1')).toHaveCount(1);
  expect((await page.title()).length, `${label}: title`).toBeGreaterThan(0);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(found, label).toEqual([]);
}

/** A random valid PESEL (born in the 1980s), different every call. */
export function randomPesel(): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const digits = `8${Math.floor(Math.random() * 10)}${pad(1 + Math.floor(Math.random() * 12))}${pad(1 + Math.floor(Math.random() * 28))}${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = digits.split('').reduce((s, d, i) => s + Number(d) * w[i], 0);
  return digits + String((10 - (sum % 10)) % 10);
}

/** A new confirmed resident of `district`, signed in in `context`. */
export async function freshResident(context: BrowserContext, baseURL: string, district = '5'): Promise<string> {
  const email = uniqueEmail('resident');
  const r = await formPost(context.request, baseURL, '/api/register', { email, password: 'a long test password', name: 'Test Głosująca', district });
  expect(r.status()).toBe(303);
  const token = await confirmationToken(context.request, email);
  const c = await formPost(context.request, baseURL, '/api/confirm_registration', { token, password: 'a long test password' });
  expect(c.headers()['location']).toBe('/account');
  return email;
}

/** Casts a complete Kraków ballot in edition `edition` for the account signed in in
 *  `request` (the first three projects of each pool), without the browser. */
export async function voteByRequest(request: APIRequestContext, baseURL: string, edition: number, pesel: string) {
  const json = { Origin: baseURL, Accept: 'application/json' };
  const ballot = await (await request.post('/api/budget/ballot', { form: { edition_id: String(edition) }, headers: json })).json();
  const form: Record<string, string> = { edition_id: String(edition), district: String(ballot.district), pesel, birth: '', sex: '', document: '', 'choices[_]': '' };
  for (const pool of ballot.pools) {
    pool.projects.slice(0, 3).forEach((p: any, k: number) => { form[`choices[p${pool.id}_${k + 1}]`] = String(p.id); });
  }
  const r = await formPost(request, baseURL, '/api/budget/vote', form);
  expect(r.status()).toBe(303);
  expect(r.headers()['location']).toBe(`/budget/${edition}/my-ballot`);
}

/** A clerk confirms the identity of the account `email` at an office (as after seeing its
    owner's identity document): a new PESEL, and the district of residence for a year (so
    that it held when the demo's referenda opened). */
export async function verifyIdentity(browser: Browser, baseURL: string, email: string, district: string): Promise<void> {
  const clerk = await browser.newContext();
  await signInByRequest(clerk, baseURL, DEMO.clerk);
  const r = await formPost(clerk.request, baseURL, '/api/staff/identity/verify', {
    email, pesel: randomPesel(), birth: '', document: '', office: 'Urząd Miasta Krakowa, os. Zgody 2', district, resident_since: krakowDate(-365),
  });
  expect(r.headers()['location']).toBe('/staff/identity');
  await clerk.close();
}

/** Closes a survey made by `makeSurvey` (it ran from two days ago until yesterday): its last
    anonymous answers join the results, which wait for batches of five while it is open. */
export async function closeSurvey(request: APIRequestContext, baseURL: string, id: string, title: string): Promise<void> {
  const r = await formPost(request, baseURL, '/api/staff/surveys/save', {
    survey_id: id, title_pl: title, title_en: `${title} (EN)`, intro_pl: 'Ankieta przygotowana w teście.',
    opens_date: krakowDate(-2), opens_time: '', closes_date: krakowDate(-1), closes_time: '',
    audience: 'anyone', anonymous: 'yes', public_results: 'yes',
  });
  expect(r.headers()['location']).toBe(`/staff/surveys/${id}`);
}
