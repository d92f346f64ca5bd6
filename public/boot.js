// Runs before the page is first drawn.
//
// The page's language: the address's ?lang= (a link or an embed snippet chose it), else the one
// chosen before on this device, else English. A choice in the address is remembered, except
// inside another site's page, where the council's snippet chose it, not the person.
var language;
try {
  language = (/[?&]lang=(en|cy)(&|$)/.exec(location.search) || [])[1];
  if (language && window.top === window) localStorage.setItem("almanac-language", language);
  language = language || localStorage.getItem("almanac-language");
} catch (blocked) {
  // Storage is blocked: the address alone decides.
}
language = language === "cy" ? "cy" : "en";
document.documentElement.lang = language === "cy" ? "cy" : "en-GB";
// Fetched beside the app's code: the home page, drawn at build time in this language so it shows
// before the code arrives, then the words the app starts with (src/i18n). At any other address
// (a deep link, an embedded page) the home page is hidden until the app draws the right page.
var wordsFiles = document.querySelector('meta[name="almanac-words"]');
// "en=words/first-en-<hash>.txt cy=…" (no backslashes in strings here: Trunk's minifier doubles them).
var wordsFile = (wordsFiles ? wordsFiles.content : "").split(" ").filter(function (entry) {
  return entry.slice(0, 3) === language + "=";
})[0];
wordsFile = wordsFile ? wordsFile.slice(3) : "words/missing";
window.almanacFirstWords = fetch(wordsFile)
  .then(function (response) {
    if (!response.ok) throw new Error(response.status);
    return response.text();
  })
  .then(function (text) {
    // The home page ends at the group separator.
    var end = text.indexOf(String.fromCharCode(29));
    return whenParsed().then(function () {
      document.getElementById("prerendered").innerHTML = text.slice(0, end);
      return text.slice(end + 1);
    });
  });
window.almanacFirstWords.catch(function () {
  whenParsed().then(function () {
    document.getElementById("prerendered").innerHTML =
      '<main class="main width-container"><h1 class="heading-l">Almanac could not be loaded</h1>' +
      '<p class="body">Check your connection, then reload the page.</p>' +
      '<h1 class="heading-l" lang="cy">Nid oedd modd llwytho Almanac</h1>' +
      '<p class="body" lang="cy">Gwiriwch eich cysylltiad, yna ail-lwythwch y dudalen.</p></main>';
    document.documentElement.classList.remove("not-home");
  });
});
function whenParsed() {
  return new Promise(function (resolve) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", resolve);
    else resolve();
  });
}
if (location.hash.replace(/^#\/?/, "") !== "" || /[?&]embed=/.test(location.search)) {
  document.documentElement.classList.add("not-home");
}
// "Start the quick check" pressed before the app runs is remembered: the app starts it on arrival.
document.addEventListener("click", function (event) {
  if (event.target instanceof Element && event.target.closest("#prerendered .button--start")) {
    document.documentElement.setAttribute("data-start-pressed", "");
  }
});
// On a device with saved results the app's first step is to read them, with code of its own
// (src/state/stored.rs): fetch it now, beside the main module, rather than after it has run.
var savedDataCode = document.querySelector('meta[name="almanac-saved-data-code"]');
var hasSavedData = false;
try {
  hasSavedData = Object.keys(localStorage).some(function (key) {
    return /^almanac\.(assessment|framework)\./.test(key);
  });
} catch (blocked) {
  // Storage is blocked: there is nothing to read.
}
if (savedDataCode && hasSavedData) {
  savedDataCode.content.split(" ").forEach(function (href) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.type = "application/wasm";
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.appendChild(link);
  });
}
