/* For a host page that embeds the microgigs iframe widget: makes each microgigs iframe as tall as its content.
 * The widget (static/widget.js) posts its height; only messages from this script's own origin, and only to the
 * iframe that sent them, are heeded. Without this script the iframe keeps the height its tag gives it. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var flag = "__microgigsResize" + origin;
  if (window[flag]) return;  // one listener, however many widgets the page embeds
  window[flag] = true;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== "microgigs:height") return;
    var height = Number(event.data.height);
    if (!isFinite(height) || height < 50) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.min(Math.ceil(height), 20000) + "px";
    }
  });
})();
