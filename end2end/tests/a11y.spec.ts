import { test, expect, Page, APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO, confirmationToken, hydrated, signInByRequest, uniqueEmail, watchConsole } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Combo = { lang: 'pl' | 'en' | 'uk'; contrast: 'standard' | 'high'; width: number; dark?: boolean };
const combos: Combo[] = [];
for (const lang of ['pl', 'en', 'uk'] as const) {
  combos.push({ lang, contrast: 'standard', width: 1280 });
  combos.push({ lang, contrast: 'high', width: 1280 });
  combos.push({ lang, contrast: 'standard', width: 320 });
  // The operating system's dark theme must meet the same contrast.
  combos.push({ lang, contrast: 'standard', width: 1280, dark: true });
}

async function axe(page: Page, combo: Combo, label: string) {
  await hydrated(page);
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

async function post(request: APIRequestContext, baseURL: string, path: string, form: Record<string, string>) {
  return request.post(path, { form, headers: { Origin: baseURL, Accept: 'text/html' }, maxRedirects: 0 });
}

for (const combo of combos) {
  test(`axe: every page, ${combo.lang}, ${combo.contrast} contrast, ${combo.width}px${combo.dark ? ', dark' : ''}`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: { width: combo.width, height: 900 }, colorScheme: combo.dark ? 'dark' : 'light' });
    await context.addCookies([
      { name: 'ko_lang', value: combo.lang, url: baseURL! },
      { name: 'ko_display', value: `${combo.contrast}.standard`, url: baseURL! },
    ]);
    const page = await context.newPage();
    const errors = watchConsole(page);

    for (const path of ['/', '/register', '/register/check-email', '/register/confirm?token=0', '/sign-in', '/accessibility', '/settings', '/no-such-page']) {
      await page.goto(path);
      await axe(page, combo, path);
    }
    // The browser reports the 404 status of /no-such-page itself as a console error: expected.
    const notFound = errors.findIndex((e) => e.includes('status of 404'));
    if (notFound >= 0) errors.splice(notFound, 1);
    // ... and the forms posted on purpose with bad input below answer with redirects, not errors.
    // Forms in their error state.
    await post(context.request, baseURL!, '/api/register', { email: 'zle', password: 'x', name: '', district: '' });
    await page.goto('/register');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/register with errors');
    await post(context.request, baseURL!, '/api/sign_in', { email: 'nobody@example.pl', password: 'wrong', return_to: '/account' });
    await page.goto('/sign-in');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/sign-in with errors');
    await post(context.request, baseURL!, '/api/confirm_registration', { token: 'used-or-wrong' });
    await page.goto('/register/confirm?token=used-or-wrong');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe(page, combo, '/register/confirm with an invalid link');

    // A fresh resident (the account takes this language and contrast at registration).
    const email = uniqueEmail(`axe-${combo.lang}`);
    const r = await post(context.request, baseURL!, '/api/register', { email, password: 'a long test password', name: 'Test Dostępności', district: '5' });
    expect(r.status()).toBe(303);
    const token = await confirmationToken(context.request, email);
    const c = await post(context.request, baseURL!, '/api/confirm_registration', { token });
    expect(c.headers()['location']).toBe('/account');
    for (const path of ['/account', '/account/profile', '/account/password', '/account/delete']) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await axe(page, combo, path);
    }

    // Make them an administrator (by the demo admin, whose preferences stay untouched),
    // then look at the back office pages.
    const admin = await browser.newContext();
    await signInByRequest(admin, baseURL!, DEMO.admin);
    const first = await (await admin.request.post('/api/admin/users', { form: { page: '1' }, headers: { Origin: baseURL!, Accept: 'application/json' } })).json();
    const last = await (await admin.request.post('/api/admin/users', { form: { page: String(first.pages) }, headers: { Origin: baseURL!, Accept: 'application/json' } })).json();
    const me = last.users.find((u: any) => u.email === email);
    expect(me).toBeTruthy();
    const p = await admin.request.post('/api/admin/set_role', { form: { user_id: String(me.id), role: 'admin', return_to: '/admin/users' }, headers: { Origin: baseURL!, Accept: 'text/html' }, maxRedirects: 0 });
    expect(p.status()).toBe(303);
    await admin.close();
    await signInByRequest(context, baseURL!, { email, password: 'a long test password' });
    for (const path of ['/staff', '/admin/users']) {
      await page.goto(path);
      await expect(page.locator('table')).toBeVisible();
      await axe(page, combo, path);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
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
