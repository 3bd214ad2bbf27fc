// The inspector app's figures for BENCHMARKS.md, against a running release build with the app
// built (scripts/run):
//   cargo bench -p konto-inspector --bench check > /tmp/check.txt
//   node end2end/measure/inspector.mjs [BASE] /tmp/check.txt
// 1. its files' sizes: raw, brotli and gzip as the server sends them;
// 2. its first load (empty cache) and its load with the network cut (from the service worker),
//    to the app's heading on screen, five of each, in Chromium;
// 3. tickets checked per second in Chromium's WebAssembly (check_rate), with the keys and code
//    the native bench printed, beside the native figure from the same file.
import { chromium } from '@playwright/test';
import * as fs from 'fs';
const BASE = process.argv[2] || 'http://127.0.0.1:3000';
const bench = fs.readFileSync(process.argv[3] || '/tmp/check.txt', 'utf8');
const field = (k) => bench.split('\n').find((l) => l.startsWith(k + '=')).slice(k.length + 1);
const native = bench.split('\n').find((l) => l.startsWith('native'));

const sw = await (await fetch(BASE + '/inspector/sw.js')).text();
const files = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]).concat(['./sw.js']);
let totals = { raw: 0, br: 0, gzip: 0 };
for (const f of files) {
  const url = new URL(f, BASE + '/inspector/').href;
  const size = {};
  for (const enc of ['identity', 'br', 'gzip']) {
    // Node's fetch would undo the compression: count the bytes on the wire with a raw request.
    const r = await fetch(url, { headers: { 'accept-encoding': enc } });
    size[enc] = (await r.arrayBuffer()).byteLength;
    if (enc !== 'identity' && r.headers.get('content-encoding') !== enc) size[enc] = size.identity;
    if (enc !== 'identity' && r.headers.get('content-encoding') === enc) {
      size[enc] = Number(r.headers.get('content-length')) || size[enc];
    }
  }
  totals.raw += size.identity; totals.br += size.br; totals.gzip += size.gzip;
  console.log(`${f.padEnd(46)} raw ${size.identity}  br ${size.br}  gzip ${size.gzip}`);
}
console.log(`total                                          raw ${totals.raw}  br ${totals.br}  gzip ${totals.gzip}`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const shown = async (page) => {
  await page.waitForFunction(() => document.querySelector('h1') !== null);
  return page.evaluate(() => performance.now());
};
const first = [], offline = [];
let rate = 0;
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await page.goto(BASE + '/inspector/');
  first.push(await shown(page));
  await page.waitForFunction(() => document.querySelector('#offline-ready')?.textContent.includes('bez sieci') && !document.querySelector('#offline-ready').textContent.includes('nie jest'));
  await context.setOffline(true);
  await page.reload();
  offline.push(await shown(page));
  if (i === 0) {
    rate = await page.evaluate(([k, c, n]) => window.wasmBindings.check_rate(k, c, Number(n)), [field('KEYS'), field('CODE'), field('NOW')]);
  }
  await context.close();
}
await browser.close();
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(0);
console.log(`first load to the heading (ms):   ${first.map((x) => x.toFixed(0)).join(', ')}  median ${med(first)}`);
console.log(`offline load to the heading (ms): ${offline.map((x) => x.toFixed(0)).join(', ')}  median ${med(offline)}`);
console.log(`WebAssembly in Chromium: ${rate.toFixed(0)} /s (${(1e6 / rate).toFixed(1)} µs each)`);
console.log(native);
