// Almanac's service worker. scripts/post-build.mjs writes this file into the build as sw.js,
// replacing the two placeholders below with the build's files and a hash of their contents.
//
// Every file of the build is kept in a cache named after the build, so after one visit the app
// opens with no network. A new build waits until the page asks it to take over (the person
// chooses when, from the "new version" banner), so nothing changes under someone mid-answer.

const BUILD = "__ALMANAC_BUILD__";
const FILES = __ALMANAC_FILES__;
const CACHE = `almanac-${BUILD}`;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL("index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  // `reload` skips the HTTP cache, so the cache holds exactly this build's files.
  const requests = FILES.map((file) => new Request(new URL(file, SCOPE), { cache: "reload" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("almanac-") && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "almanac:skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== SCOPE.origin) return;
  // The app's address, with any settings in its query, is the app's page.
  const key = url.pathname === SCOPE.pathname ? INDEX : url.origin + url.pathname;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key)).then((cached) => cached || fetch(event.request)),
  );
});
