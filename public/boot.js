// Runs before the page is first drawn. index.html holds the home page, drawn at build time so it
// shows before the app's code arrives; at any other address (a deep link, an embedded page) it is
// hidden until the app draws the right page.
if (location.hash.replace(/^#\/?/, "") !== "" || /[?&]embed=/.test(location.search)) {
  document.documentElement.classList.add("not-home");
}
