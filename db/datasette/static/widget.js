/* The iframe widget (/-/widget): tells the page that embeds it how tall its content is, so the iframe can fit it
 * (static/widget-resize.js on the host page, embed-builder.js in the builder), and after "next" or "previous"
 * puts the focus back on that link instead of leaving it on the page's body. */
(function () {
  "use strict";
  var last = 0;

  function sendHeight() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    // only a number leaves the frame: any host may read it
    window.parent.postMessage({ type: "microgigs:height", height: height }, "*");
  }

  function keepFocus() {
    var wanted = { "#mg-next": ["mg-next", "mg-prev"], "#mg-prev": ["mg-prev", "mg-next"] }[location.hash];
    if (!wanted) return;
    var link = document.getElementById(wanted[0]) || document.getElementById(wanted[1]) ||
      document.getElementById("mg-count");
    if (link) link.focus({ preventScroll: true });
  }

  sendHeight();
  keepFocus();
  if (window.ResizeObserver) new ResizeObserver(sendHeight).observe(document.body);
  window.addEventListener("load", sendHeight);
})();
