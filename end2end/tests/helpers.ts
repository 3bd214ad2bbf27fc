import { expect, Page, BrowserContext, Locator, APIRequestContext } from '@playwright/test';

export const DEMO = {
  resident: { email: 'mieszkanka@example.pl', password: 'Krakow-mieszkanka-2026' },
  clerk: { email: 'urzednik@example.pl', password: 'Krakow-urzednik-2026' },
  admin: { email: 'admin@example.pl', password: 'Krakow-admin-2026' },
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
