import { test, expect, chromium, Page, BrowserContext } from '@playwright/test';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import AxeBuilder from '@axe-core/playwright';
import { DEMO, freshResident, hydrated, krakowDate, signInByRequest, tabTo, watchConsole } from './helpers';

// The inspectors' app (/inspector/, built by Trunk): tickets bought in the portal are checked
// offline, by typed code and by a camera stream fed from the ticket's QR code; a refunded
// ticket is NOT VALID. axe on every state of its screen.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeInspector(page: Page, label: string) {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  expect((await page.title()).length, `${label}: title`).toBeGreaterThan(0);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(found, label).toEqual([]);
}

/** Pays an order at the sandbox provider and waits for the ticket; returns the ticket page's URL. */
async function payAndOpen(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page).toHaveURL(/\/sandbox\/p24\/trnRequest\/[0-9A-F]+$/);
  await page.getByRole('button', { name: 'Zapłać', exact: true }).click();
  const open = page.getByRole('link', { name: 'Zobacz bilet' });
  await expect(open).toBeVisible({ timeout: 30_000 });
  await open.click();
  await expect(page.locator('.ticket__code')).toBeVisible();
}

/** A 24-hour ticket bought by a new resident: its typed code and QR code (SVG). */
async function buyShort(context: BrowserContext, baseURL: string): Promise<{ code: string; svg: string }> {
  const page = await context.newPage();
  await freshResident(context, baseURL);
  await page.goto('/tickets/buy');
  await hydrated(page);
  await page.getByLabel('Bilet', { exact: true }).selectOption({ label: '24-godzinny' });
  await page.getByLabel('Numer pojazdu').fill('RZ123');
  await page.getByRole('button', { name: 'Dalej: podsumowanie' }).click();
  await expect(page).toHaveURL(/\/tickets\/orders\/\d+$/);
  await payAndOpen(page);
  const code = (await page.locator('.ticket__code').textContent())!.trim();
  const svg = await page.locator('.ticket__qr-box svg').evaluate((e) => e.outerHTML);
  await page.close();
  return { code, svg };
}

/** A monthly ticket starting in two days, bought and then refunded (revoked): its code. */
async function buyAndRefund(context: BrowserContext, baseURL: string): Promise<string> {
  const page = await context.newPage();
  await freshResident(context, baseURL);
  await page.goto('/tickets/buy');
  await hydrated(page);
  await page.getByLabel('Bilet', { exact: true }).selectOption({ label: 'miesięczny na całą sieć' });
  await page.getByLabel('Pierwszy dzień ważności').fill(krakowDate(2));
  await page.getByLabel('Imię i nazwisko posiadacza').fill('Anna Nowak');
  await page.getByRole('button', { name: 'Dalej: podsumowanie' }).click();
  await expect(page).toHaveURL(/\/tickets\/orders\/\d+$/);
  await payAndOpen(page);
  const code = (await page.locator('.ticket__code').textContent())!.trim();
  await page.getByRole('button', { name: 'Zwróć bilet' }).click();
  await expect(page.getByText('Zwrot zlecony. Bilet unieważniono.')).toBeVisible({ timeout: 30_000 });
  await page.close();
  return code;
}

/** Network failures are expected once the network is cut; anything else is an error. */
function realErrors(errors: string[]): string[] {
  return errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|NetworkError/.test(e));
}

test('a ticket is checked offline by typed code; a refunded one is NOT VALID', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const resident = await browser.newContext();
  const valid = await buyShort(resident, baseURL!);
  const refunded = await buyAndRefund(resident, baseURL!);
  await resident.close();

  const context = await browser.newContext();
  await signInByRequest(context, baseURL!, DEMO.inspector);
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto('/inspector/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kontrola biletów KMK');
  await expect(page.locator('#sync')).toHaveText('Klucze i lista unieważnionych biletów są aktualne.');
  await expect(page.locator('#offline-ready')).toHaveText('Aplikacja gotowa do pracy bez sieci.');
  await expect(page.getByText(/^Unieważnione bilety: [1-9]\d*$/)).toBeVisible();
  await axeInspector(page, 'the inspector app, waiting');

  // The network is cut; the app comes back from the service worker's cache, with the keys and
  // the revocation list from the device's storage.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kontrola biletów KMK');
  await expect(page.getByText('Połączenie z siecią: brak (sprawdzanie działa dalej)')).toBeVisible();
  await expect(page.locator('#sync')).toHaveText('Brak sieci: sprawdzanie korzysta z danych zapisanych na urządzeniu.');

  const verdict = page.locator('#verdict');
  await expect(verdict).toHaveAttribute('aria-live', 'assertive');
  const field = page.getByLabel('Kod biletu');
  await field.fill(valid.code.toLowerCase());
  await page.getByRole('button', { name: 'Sprawdź bilet' }).click();
  await expect(verdict.locator('.verdict__word')).toHaveText('✓ WAŻNY');
  await expect(verdict).toContainText('24-godzinny');
  await expect(page.locator('.ticket-facts')).toContainText('RZ123');
  await expect(page.locator('.ticket-facts')).toContainText(/jeszcze (23|24) godzin/);
  await axeInspector(page, 'the inspector app, VALID');

  // A slip of the finger: said at the field, the code kept, no verdict.
  const slip = valid.code.slice(0, 6) + (valid.code[6] === '7' ? '8' : '7') + valid.code.slice(7);
  await field.fill(slip);
  await page.getByRole('button', { name: 'Sprawdź bilet' }).click();
  await expect(page.locator('#code-error')).toHaveText('Kod jest niepełny albo któryś znak wpisano błędnie. Sprawdź go znak po znaku.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue(slip);
  await axeInspector(page, 'the inspector app, a mistyped code');

  // The refunded ticket, by keyboard only.
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(refunded);
  await tabTo(page, page.getByRole('button', { name: 'Sprawdź bilet' }));
  await page.keyboard.press('Enter');
  await expect(verdict.locator('.verdict__word')).toHaveText('✗ NIEWAŻNY');
  await expect(verdict.locator('.verdict__why')).toHaveText('Zwrócony i unieważniony');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  // A period ticket names its holder: checked against the name on a document.
  await page.getByLabel('Imię i nazwisko z dokumentu pasażera').fill('ANNA  nowak');
  await page.getByRole('button', { name: 'Porównaj z biletem' }).click();
  await expect(page.getByText('Zgadza się z osobą na bilecie.')).toBeVisible();
  await axeInspector(page, 'the inspector app, NOT VALID');

  // In English, and the same check again is announced again (a new check number).
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(verdict.locator('.verdict__word')).toHaveText('✗ NOT VALID');
  const before = await verdict.textContent();
  await page.getByRole('button', { name: 'Check the ticket' }).click();
  await expect(verdict).not.toHaveText(before!);
  await expect(verdict).toContainText('Refunded and revoked');
  await axeInspector(page, 'the inspector app in English');
  await page.getByRole('button', { name: 'Українська' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(verdict.locator('.verdict__word')).toHaveText('✗ НЕДІЙСНИЙ');
  await axeInspector(page, 'the inspector app in Ukrainian');
  expect(realErrors(errors)).toEqual([]);
  await context.close();
});

/** A one-frame Y4M video (640×480) of the QR code, for Chromium's fake camera. */
async function qrVideo(page: Page, svg: string, file: string) {
  await page.setContent('<!DOCTYPE html><title>frame</title><canvas width="640" height="480"></canvas>');
  const y = await page.evaluate(async (markup) => {
    const img = new Image();
    img.src = 'data:image/svg+xml;base64,' + btoa(markup);
    await img.decode();
    const c = document.querySelector('canvas')!;
    const g = c.getContext('2d')!;
    g.fillStyle = '#d8d8d8';
    g.fillRect(0, 0, 640, 480);
    g.drawImage(img, 140, 60, 360, 360);
    const d = g.getImageData(0, 0, 640, 480).data;
    const out: number[] = [];
    for (let i = 0; i < d.length; i += 4) out.push(Math.round(0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]));
    return out;
  }, svg);
  const header = Buffer.from('YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n');
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(y), Buffer.alloc(2 * 320 * 240, 128)]);
  fs.writeFileSync(file, Buffer.concat([header, frame, frame]));
}

test('a ticket is read offline by the camera, from a video stream of its QR code', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const resident = await browser.newContext();
  const { svg } = await buyShort(resident, baseURL!);
  const file = path.join(os.tmpdir(), `konto-qr-${process.pid}-${Date.now()}.y4m`);
  const scratch = await resident.newPage();
  await qrVideo(scratch, svg, file);
  await resident.close();

  // Chromium's fake camera plays the file; its permission prompt is answered yes.
  const camera = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${file}`],
  });
  try {
    const context = await camera.newContext({ baseURL, locale: 'pl-PL', permissions: ['camera'] });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto('/inspector/');
    // Signed out: the public keys are enough to check a ticket; the list needs an inspector.
    await expect(page.locator('#sync')).toContainText('Klucze zaktualizowano.');
    await expect(page.locator('#sync').getByRole('link', { name: 'Zaloguj się' })).toHaveAttribute('href', '/sign-in?return_to=/inspector/');
    await expect(page.locator('#offline-ready')).toHaveText('Aplikacja gotowa do pracy bez sieci.');
    // Then without a network, as in a tram between stops.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#sync')).toHaveText('Brak sieci: sprawdzanie korzysta z danych zapisanych na urządzeniu.');
    await page.getByRole('button', { name: 'Włącz kamerę' }).click();
    const verdict = page.locator('#verdict');
    await expect(verdict.locator('.verdict__word')).toHaveText('✓ WAŻNY', { timeout: 30_000 });
    await expect(verdict).toContainText('24-godzinny');
    await expect(page.getByText('Kod odczytany, kamera wyłączona.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Włącz kamerę' })).toBeVisible();
    await axeInspector(page, 'the inspector app after a camera read');
    // The one refusal expected: the revocation list is for inspectors only.
    expect(realErrors(errors).filter((e) => !e.includes('/tickets/revocations.json') && !/status of 401/.test(e))).toEqual([]);
    await context.close();
  } finally {
    await camera.close();
    fs.rmSync(file, { force: true });
  }
});
