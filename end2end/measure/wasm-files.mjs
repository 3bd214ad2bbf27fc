// Which WebAssembly files one page downloads (empty cache) and how many bytes each, as
// Chromium's network log counts them (encodedDataLength: compressed, headers included),
// largest first. Run against a release build:
//   node end2end/measure/wasm-files.mjs [BASE] [PATH]
import { chromium } from '@playwright/test';
const BASE = process.argv[2] || 'http://127.0.0.1:3000';
const path = process.argv[3] || '/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Network.enable');
const reqs = new Map(); const out = [];
cdp.on('Network.responseReceived', (e) => reqs.set(e.requestId, e.response.url));
cdp.on('Network.loadingFinished', (e) => out.push([reqs.get(e.requestId), e.encodedDataLength]));
await page.goto(BASE + path);
await page.waitForSelector('body[data-hydrated="true"]', { timeout: 30000 });
await page.waitForLoadState('networkidle');
let t = 0;
for (const [u, b] of out.filter(([u]) => u && u.endsWith('.wasm')).sort((a, b) => b[1] - a[1])) { t += b; console.log(b, u.replace(BASE, '')); }
console.log('total wasm', t);
await browser.close();
