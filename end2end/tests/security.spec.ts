import { test, expect } from '@playwright/test';
import { DEMO, freshResident, hydrated, signInByRequest, watchConsole } from './helpers';

// leptos_meta 0.8.7 writes <title> text unescaped: a proposal titled like this once sent the
// clerk who opened it to another site (the Content-Security-Policy stops scripts, not a meta
// refresh). The portal escapes every title itself.
const PAYLOAD = '</title><meta http-equiv="refresh" content="0;url=https://evil.example/">';

test('a proposal titled with markup stays text in the title, and nobody is sent away', async ({ page, context, browser, baseURL }) => {
  await freshResident(context, baseURL!, '5');
  await page.goto('/budget/4/submit');
  await hydrated(page);
  await page.getByLabel('Tytuł').fill(PAYLOAD);
  await page.getByLabel('Opis').fill('Próba: tytuł z kodem HTML.');
  await page.getByLabel('Pula').selectOption({ label: 'V Krowodrza (2 300 000 zł)' });
  await page.getByLabel('Szacunkowy koszt (zł)').fill('10 000');
  await page.getByLabel('Sport i rekreacja').check();
  await page.getByLabel('Lokalizacja').fill('ul. Szymanowskiego 5');
  await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
  await expect(page).toHaveURL(/\/budget\/project\/\d+$/);
  const path = new URL(page.url()).pathname;

  // The clerk opens it to decide, in a real browser, with and without JavaScript.
  for (const javaScriptEnabled of [true, false]) {
    const clerk = await browser.newContext({ javaScriptEnabled });
    await signInByRequest(clerk, baseURL!, DEMO.clerk);
    const p = await clerk.newPage();
    const errors = watchConsole(p);
    const requests: string[] = [];
    p.on('request', (r) => requests.push(r.url()));
    await p.goto(path);
    await p.waitForTimeout(1500);
    expect(new URL(p.url()).pathname).toBe(path);
    expect(await p.title()).toContain(PAYLOAD);
    await expect(p.locator('head meta[http-equiv]')).toHaveCount(0);
    await expect(p.getByRole('heading', { level: 1 })).toContainText(PAYLOAD);
    expect(requests.filter((u) => u.includes('evil.example'))).toEqual([]);
    if (javaScriptEnabled) expect(errors).toEqual([]);
    await clerk.close();
  }
});
