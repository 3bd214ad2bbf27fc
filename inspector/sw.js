// The inspector app's service worker: keeps the app's files for work without a network.
// inspector/precache.sh (a Trunk post_build hook) writes the list of built files and a version
// from their contents into this template; a new build is a new cache, the old one is removed.
'use strict';
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = 'ko-inspector-' + VERSION;
const SCOPE = new URL('./', self.location).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((k) => k.startsWith('ko-inspector-') && k !== CACHE)
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  // Only the app's own files; the keys and the revocation list always go to the network.
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  const key = req.mode === 'navigate' ? SCOPE : req;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: req.mode === 'navigate' }))
      .then((hit) => hit || fetch(req)),
  );
});
