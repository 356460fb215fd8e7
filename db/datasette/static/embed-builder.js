/* The embed builder's live preview: as presets change, ask the catalog for the snippets (/-/embed.json, the
 * same code that renders the page) and reload the preview, as tall as the widget's content (it posts its height,
 * static/widget.js). Without JavaScript the form's submit button does it. */
(function () {
  "use strict";
  var form = document.getElementById("mg-embed-form");
  if (!form) return;
  var preview = document.getElementById("mg-preview");
  var scriptBox = document.getElementById("mg-script-snippet");
  var iframeBox = document.getElementById("mg-iframe-snippet");
  var copied = document.querySelector(".mg-copied");
  var timer = null;

  function refresh() {
    var query = new URLSearchParams(new FormData(form)).toString();
    fetch("/-/embed.json?" + query, { credentials: "omit" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        scriptBox.value = data.script_snippet;
        iframeBox.value = data.iframe_snippet;
        if (preview.getAttribute("src") !== data.widget_url) preview.setAttribute("src", data.widget_url);
        history.replaceState(null, "", "/-/embed?" + query);
      });
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== location.origin || event.source !== preview.contentWindow) return;
    var height = Number(event.data && event.data.type === "microgigs:height" && event.data.height);
    if (height >= 50) preview.style.height = Math.min(Math.ceil(height), 20000) + "px";
  });
  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 250); });
  form.addEventListener("change", function () { clearTimeout(timer); timer = setTimeout(refresh, 250); });
  form.addEventListener("submit", function (event) { event.preventDefault(); refresh(); });
  document.querySelectorAll(".mg-copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var box = document.getElementById(button.getAttribute("data-copy"));
      box.select();
      var done = function () { copied.textContent = "Copied."; };
      if (navigator.clipboard) navigator.clipboard.writeText(box.value).then(done, function () { document.execCommand("copy"); done(); });
      else { document.execCommand("copy"); done(); }
    });
  });
})();
