// Almanac's service worker. scripts/post-build.mjs writes this file into the build as sw.js,
// replacing the placeholders below with the build's files and a hash of their contents.
//
// The files the first page needs are kept when the worker installs; the rest (the code of other
// areas, the built-in frameworks) when the page says it is idle, or as the page itself fetches
// them. Files whose names carry a content hash are taken from the browser's HTTP cache when it
// has them, so nothing the page has just downloaded is downloaded again. After that the whole
// app opens with no network. Benchmark files the host provides (benchmarks/) are fetched afresh
// when online and kept for offline use. A new build waits until the page asks it to take over (the person
// chooses when, from the "new version" banner), so nothing changes under someone mid-answer.

const BUILD = "__ALMANAC_BUILD__";
const FIRST = __ALMANAC_FIRST__;
const REST = __ALMANAC_REST__;
const CACHE = `almanac-${BUILD}`;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL("index.html", SCOPE).href;
const BUILD_FILES = new Set(FIRST.concat(REST).map((file) => new URL(file, SCOPE).href));
/** Benchmark files a host puts beside the app after building it (see README). */
const HOSTED_BENCHMARKS = new URL("benchmarks/", SCOPE).href;

/** `name-0123456789abcdef.ext`: the same name always holds the same bytes. */
const isHashed = (url) => /-[0-9a-f]{16}\.[a-z]+$/.test(new URL(url).pathname);

function request(url, priority) {
  // Unhashed files (index.html, the manifest, icons) may be stale in the HTTP cache: skip it.
  return new Request(url, { cache: isHashed(url) ? "default" : "no-cache", priority });
}

async function keep(cache, files, priority) {
  const urls = files.map((file) => new URL(file, SCOPE).href);
  const missing = [];
  for (const url of urls) {
    if (!(await cache.match(url))) missing.push(url);
  }
  await Promise.all(missing.map((url) => cache.add(request(url, priority))));
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => keep(cache, FIRST, "high")));
});

self.addEventListener("activate", (event) => {
  // The build before this one is kept: a tab still running it (another tab took the update) can
  // go on opening its areas until it reloads. Any older build goes.
  event.waitUntil(
    caches
      .keys()
      .then((names) => {
        const older = names.filter((name) => name.startsWith("almanac-") && name !== CACHE);
        return Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      })
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "almanac:skip-waiting") self.skipWaiting();
  // The page is idle and the person has not asked the browser to save data: keep the rest.
  if (event.data === "almanac:keep-everything") {
    event.waitUntil(caches.open(CACHE).then((cache) => keep(cache, REST, "low")).catch(() => {}));
  }
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== SCOPE.origin) return;
  // The app's address, with any settings in its query, is the app's page.
  const key = url.pathname === SCOPE.pathname ? INDEX : url.origin + url.pathname;
  if (key.startsWith(HOSTED_BENCHMARKS)) {
    // The host may publish a new benchmark at any time: the network first, the copy kept from
    // the last visit when offline.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        try {
          const response = await fetch(event.request, { cache: "no-cache" });
          if (response.ok) event.waitUntil(cache.put(key, response.clone()));
          return response;
        } catch (offline) {
          return (await cache.match(key)) || (await caches.match(key)) || Promise.reject(offline);
        }
      }),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A file named by its content is the same in whichever build's cache holds it.
      const cached = (await cache.match(key)) || (isHashed(key) ? await caches.match(key) : undefined);
      if (cached) return cached;
      const response = await fetch(event.request);
      // A file of this build that the page fetched itself is kept as it passes.
      if (response.ok && BUILD_FILES.has(key)) event.waitUntil(cache.put(key, response.clone()));
      return response;
    }),
  );
});
