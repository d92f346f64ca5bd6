// Runs before the page is first drawn. index.html holds the home page, drawn at build time so it
// shows before the app's code arrives; at any other address (a deep link, an embedded page) it is
// hidden until the app draws the right page.
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
