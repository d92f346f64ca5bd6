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
