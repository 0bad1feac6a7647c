// Service worker: keeps the app shell available offline, and the last schedule with it.
// The shell is served cache-first, so VERSION must change whenever a file in SHELL or ON_DEMAND
// changes: it is a hash of their contents, and tests/e2e/test_install.py says the new one. The 512 px
// icons are not in it: only the installer uses them, online, and they would cost every phone
// 10 KB on its first visit.
// API answers are health data. Only the few a client needs to see their day offline (SAVED:
// who is signed in, Today, the agenda, homework, meetings, questionnaires, the safety plan) are
// kept, network-first, in their own DATA cache, which is deleted at sign-in, sign-out and
// whenever the server answers 401 (the page deletes it too), because the phone may be shared.
// Every other API answer is never cached.
const VERSION = "38e8e86359ff";
const CACHE = `companion-shell-${VERSION}`;
const SHELL = [
  "/",
  "/css/app.css",
  "/js/app.js",
  "/js/api.js",
  "/js/dom.js",
  "/js/format.js",
  "/js/i18n.js",
  "/js/outbox.js",
  "/js/views/checkin.js",
  "/js/views/home.js",
  "/js/views/more.js",
  "/js/views/notice.js",
  "/js/views/signin.js",
  "/js/views/week.js",
  "/manifest.webmanifest",
  "/icons/icon-192.png",
];
// Not precached, so a first visit stays small (bench/b7_page_weight.py: <= 50 KB): staff
// screens, which a client's phone never needs, and the client screens that are not part of the
// daily check-in (homework, meetings, the calendar link, settings). They are cached here on first use
// (cache-first after that), so each works offline once it has been opened. The notification
// badge icon is fetched when a notification shows. VERSION covers them too, and the catalogs of
// languages other than English (web/locales/<language>/<part>.json), cached the same way when a
// page in that language first asks for them, and carried over to the next version's cache.
const ON_DEMAND = [
  "/css/calendar.css",
  "/css/crisisplan.css",
  "/css/factors.css",
  "/css/forms.css",
  "/css/measures.css",
  "/css/safetyplan.css",
  "/css/staff.css",
  "/css/workspace.css",
  "/js/confirm.js",
  "/js/push.js",
  "/js/staff-api.js",
  "/js/forms.js",
  "/js/passkey.js",
  "/js/views/activate.js",
  "/js/views/admin.js",
  "/js/views/aftercare.js",
  "/js/views/assignments.js",
  "/js/views/calendar.js",
  "/js/views/careteam.js",
  "/js/views/chart.js",
  "/js/views/counselor.js",
  "/js/views/crisisplan.js",
  "/js/views/enrol.js",
  "/js/views/handover.js",
  "/js/views/homework.js",
  "/js/views/instruments.js",
  "/js/views/measures.js",
  "/js/views/outcomes.js",
  "/js/views/meetings.js",
  "/js/views/people.js",
  "/js/views/review.js",
  "/js/views/safetyplan.js",
  "/js/views/settings.js",
  "/js/views/testing.js",
  "/js/views/verify.js",
  "/js/views/workspace.js",
];
const DATA = "companion-data"; // api.js and views/crisisplan.js name it too
const SAVED = new Set(["/api/auth/me", "/api/me/today", "/api/me/schedule", "/api/homework", "/api/me/aftercare", "/api/meetings",
  "/api/measures", "/api/me/safety-plan"]);
// One worksheet, to go on with it offline; a questionnaire's text, to fill it in offline.
const SAVED_PATTERN = /^\/api\/(homework\/\d+|measures\/instruments\/\w+)$/;
const FORGET_ON = new Set(["/api/auth/login", "/api/auth/logout"]);
const OFFLINE_API = JSON.stringify({ status_code: 503, detail: "You are offline." });

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Revalidated ("no-cache"), never taken stale from the HTTP cache: a file the page has just
      // loaded costs a 304, not a second download of the whole shell on the first visit. The
      // language catalogs the last version had saved come along: the person's language stays
      // available offline across an update.
      const words = [];
      for (const name of await caches.keys()) {
        if (name === CACHE || !name.startsWith("companion-shell-")) continue;
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          const path = new URL(request.url).pathname;
          if (isCatalog(path) && !words.includes(path)) words.push(path);
        }
      }
      await cache.addAll([...SHELL, ...words].map((url) => new Request(url, { cache: "no-cache" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const keep = new Set([CACHE, DATA]);
      await Promise.all(names.filter((name) => !keep.has(name)).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== "GET") {
    // Someone is signing in or out: what was saved for the last person goes now.
    if (FORGET_ON.has(url.pathname)) event.waitUntil(caches.delete(DATA));
    return;
  }
  if (SAVED.has(url.pathname) || SAVED_PATTERN.test(url.pathname)) {
    event.respondWith(networkFirstSaved(request));
  } else if (url.pathname.startsWith("/api/")) {
    event.respondWith(networkOnly(request));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

async function networkOnly(request) {
  try {
    const response = await fetch(request);
    if (response.status === 401) await caches.delete(DATA);
    return response;
  } catch {
    return offlineApi();
  }
}

// The answer from the network, saved for later; offline, the saved one marked as such.
async function networkFirstSaved(request) {
  let response;
  try {
    response = await fetch(request);
  } catch {
    const saved = await caches.match(request, { cacheName: DATA });
    if (!saved) return offlineApi();
    const headers = new Headers(saved.headers);
    headers.set("X-Companion-Cached", "1");
    return new Response(saved.body, { status: saved.status, statusText: saved.statusText, headers });
  }
  if (response.ok) {
    const cache = await caches.open(DATA);
    await cache.put(request, response.clone());
  } else if (response.status === 401) {
    await caches.delete(DATA);
  }
  return response;
}

function offlineApi() {
  return new Response(OFFLINE_API, {
    status: 503,
    headers: { "Content-Type": "application/json", "X-Companion-Offline": "1", "Cache-Control": "no-store" },
  });
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch {
    const cache = await caches.open(CACHE);
    return (await cache.match("/")) || Response.error();
  }
}

const isCatalog = (path) => /^\/locales\/[a-z]{2}\/[\w/-]+\.json$/.test(path);

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  const path = new URL(request.url).pathname;
  if (response.ok && (ON_DEMAND.includes(path) || isCatalog(path))) await cache.put(request, response.clone());
  return response;
}

// Reminders. The payload names nothing (discreet mode: "You have a reminder" and a time); the
// details are in the app, shown to whoever is signed in. Same tag: a resent reminder replaces
// the first instead of showing twice.
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  event.waitUntil(
    self.registration.showNotification(data.title || "Companion", {
      body: data.body || "You have a reminder.",
      tag: data.tag || undefined,
      icon: "/icons/icon-192.png",
      badge: "/icons/maskable-192.png",
      data: { url: typeof data.url === "string" && data.url.startsWith("/") ? data.url : "/" },
    }),
  );
});

// A tap opens the right screen: in an open window of the app if there is one.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || "/", self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) {
        await open.focus();
        return open.navigate(url);
      }
      return self.clients.openWindow(url);
    })(),
  );
});
