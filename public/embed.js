// Sizes the Almanac iframe (id "almanac") to its content. Almanac posts
// { type: "almanac:resize", height: <CSS pixels> } to its parent page whenever its height changes.
(function () {
  var frame = document.getElementById("almanac");
  if (!frame) return;
  var origin = new URL(frame.src, location.href).origin;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (!data || data.type !== "almanac:resize" || typeof data.height !== "number") return;
    frame.style.height = Math.ceil(data.height) + "px";
  });
})();
