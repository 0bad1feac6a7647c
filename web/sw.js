// Service worker: keeps the app shell available offline. API answers are health data and are
// never cached. The shell is served cache-first, so VERSION must change whenever a file in
// SHELL changes: it is a hash of their contents, and tests/e2e/test_install.py says the new one.
const VERSION = "296cfafce269";
const CACHE = `companion-shell-${VERSION}`;
const SHELL = [
  "/",
  "/offline.html",
  "/css/app.css",
  "/js/app.js",
  "/js/api.js",
  "/js/dom.js",
  "/js/views/home.js",
  "/js/views/loading.js",
  "/js/views/notice.js",
  "/js/views/signin.js",
  "/manifest.webmanifest",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/maskable-192.png",
  "/icons/maskable-512.png",
];
const OFFLINE_API = JSON.stringify({ status_code: 503, detail: "You are offline." });

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL.map((url) => new Request(url, { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/")) {
    event.respondWith(networkOnly(request));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

async function networkOnly(request) {
  try {
    return await fetch(request);
  } catch {
    return new Response(OFFLINE_API, {
      status: 503,
      headers: { "Content-Type": "application/json", "X-Companion-Offline": "1", "Cache-Control": "no-store" },
    });
  }
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch {
    const cache = await caches.open(CACHE);
    return (await cache.match("/")) || (await cache.match("/offline.html")) || Response.error();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  return cached || fetch(request);
}
