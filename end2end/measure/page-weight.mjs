// Bytes a browser downloads for a few pages, first visit (empty cache) and repeat visit, as
// Chromium's network log counts them (encodedDataLength: compressed, headers included),
// split by kind, and how many of them came before the page was interactive (body
// data-hydrated). Run against a release build served on BASE (default 127.0.0.1:3000):
//   node end2end/measure/page-weight.mjs [BASE]
import { chromium } from '@playwright/test';

const BASE = process.argv[2] || 'http://127.0.0.1:3000';
const PAGES = [
  ['home', '/', null],
  ['survey answer page', '/surveys/3/page/1', null],
  ['ballot (signed in)', '/budget/3/vote', 'resident'],
  ['budget results', '/budget/1/results', null],
  ['pool results', '/budget/1/results/1', null],
];
const WHO = { resident: { email: 'mieszkanka@example.pl', password: 'Krakow-mieszkanka-2026' } };

function kind(url, mime) {
  if (url.endsWith('.wasm')) return 'wasm';
  if (url.endsWith('.js') || mime.includes('javascript')) return 'js';
  if (url.endsWith('.css')) return 'css';
  if (url.includes('/i18n/')) return 'messages';
  if (mime.includes('html')) return 'html';
  return 'other';
}

async function visit(page, cdp, path) {
  const reqs = new Map();
  const done = [];
  let hydratedAt = null;
  const onResp = (e) => reqs.set(e.requestId, { url: e.response.url, mime: e.response.mimeType });
  const onDone = (e) => done.push({ id: e.requestId, bytes: e.encodedDataLength, t: Date.now() });
  cdp.on('Network.responseReceived', onResp);
  cdp.on('Network.loadingFinished', onDone);
  const t0 = Date.now();
  await page.goto(BASE + path);
  await page.waitForSelector('body[data-hydrated="true"]', { timeout: 30000 });
  hydratedAt = Date.now();
  await page.waitForLoadState('networkidle');
  cdp.off('Network.responseReceived', onResp);
  cdp.off('Network.loadingFinished', onDone);
  const by = {};
  let total = 0, beforeInteractive = 0;
  for (const d of done) {
    const r = reqs.get(d.id) || { url: '?', mime: '' };
    const k = kind(r.url, r.mime);
    by[k] = (by[k] || 0) + d.bytes;
    total += d.bytes;
    if (d.t <= hydratedAt) beforeInteractive += d.bytes;
  }
  return { total, beforeInteractive, by, requests: done.length, ms: hydratedAt - t0 };
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
for (const [name, path, who] of PAGES) {
  const context = await browser.newContext();
  if (who) {
    const r = await context.request.post(BASE + '/api/sign_in', {
      form: { ...WHO[who], return_to: '/account' },
      headers: { Origin: BASE, Accept: 'text/html' },
      maxRedirects: 0,
    });
    if (r.status() !== 303) throw new Error(`sign-in: ${r.status()}`);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const first = await visit(page, cdp, path);
  const repeat = await visit(page, cdp, path);
  rows.push({ name, path, first, repeat });
  await context.close();
}
await browser.close();
const kb = (n) => (n / 1000).toFixed(1);
console.log('| page | first visit: total (before interactive) | html | css | js | wasm | messages | requests | repeat visit |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const { name, path, first, repeat } of rows) {
  const b = first.by;
  console.log(`| ${name} \`${path}\` | ${kb(first.total)} kB (${kb(first.beforeInteractive)} kB) | ${kb(b.html || 0)} | ${kb(b.css || 0)} | ${kb(b.js || 0)} | ${kb(b.wasm || 0)} | ${kb(b.messages || 0)} | ${first.requests} | ${kb(repeat.total)} kB, ${repeat.requests} requests |`);
}
