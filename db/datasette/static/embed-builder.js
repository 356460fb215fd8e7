/* The embed builder's live preview: as presets change, ask the catalog for the snippets (/-/embed.json, the
 * same code that renders the page) and reload the preview. Without JavaScript the form's submit button does it. */
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

  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 250); });
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
