// Lighthouse (its default: a mobile phone, simulated slow 4G and CPU) in Debian's Chromium for
// the pages BENCHMARKS.md follows. Lighthouse is not a dependency of the test suite; install
// it anywhere and say where:
//   npm install --prefix /tmp/lh lighthouse@12
//   LIGHTHOUSE_DIR=/tmp/lh/node_modules node end2end/measure/lighthouse.mjs [BASE] [LABEL]
// BASE is a release build with the demo content (default http://127.0.0.1:3000). Prints one
// Markdown row per page: performance, accessibility, best practices, SEO, largest contentful
// paint, total blocking time.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const BASE = process.argv[2] || 'http://127.0.0.1:3000';
const LABEL = process.argv[3] || BASE;
const DIR = process.env.LIGHTHOUSE_DIR || 'node_modules';
const load = (p) => import(pathToFileURL(path.resolve(DIR, p)).href);
const { default: lighthouse } = await load('lighthouse/core/index.js');
const chromeLauncher = await load('chrome-launcher/dist/index.js');

const PAGES = [
  ['home', '/', false],
  ['survey answer page', '/surveys/3/page/1', false],
  ['ballot (signed in)', '/budget/3/vote', true],
  ['budget results', '/budget/1/results', false],
  ['pool results', '/budget/1/results/1', false],
];

async function signedInCookie() {
  const r = await fetch(BASE + '/api/sign_in', {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: BASE, Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: 'mieszkanka@example.pl', password: 'Krakow-mieszkanka-2026', return_to: '/account' }),
  });
  return r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const [name, p, signedIn] of PAGES) {
    const extraHeaders = signedIn ? { Cookie: await signedInCookie() } : undefined;
    const r = await lighthouse(BASE + p, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      extraHeaders,
    });
    if (r.lhr.runtimeError) {
      console.log(`| ${name} | ${LABEL} | failed: ${r.lhr.runtimeError.code} | | | | | |`);
      continue;
    }
    const c = r.lhr.categories;
    const a = r.lhr.audits;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    console.log(
      `| ${name} | ${LABEL} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ` +
        `${(a['largest-contentful-paint'].numericValue / 1000).toFixed(1)} s | ${Math.round(a['total-blocking-time'].numericValue)} ms |`,
    );
  }
} finally {
  await chrome.kill();
}
