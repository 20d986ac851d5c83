/* global self, caches, fetch, Response */
// Once loaded, the playground works offline: its files are kept, and answered from the cache
// when the network is not there.
const CACHE = 'partner-account-rules-playground-v1';
const FILES = ['./', 'index.html', 'app.js', 'style.css'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        const copy = response.clone();
        void caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        return response;
      })
      .catch(() => caches.match(event.request).then((cached) => cached ?? Response.error())),
  );
});
