/* microgigs embeddable search: <script src="https://CATALOG/static/embed.js" data-q="design" async></script>
 *
 * Renders a search box and result cards from the catalog's CORS JSON API (/microgigs/search.json) into a shadow
 * root next to this script tag (or into the element named by data-target). Presets come from the tag's
 * data-* attributes only: it reads nothing else from the host page, sends no cookies and no referrer, and builds
 * every result with text nodes, so a listing can never inject markup into the host.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var data = script.dataset;
  var FILTERS = ["occupation", "country", "remote", "min_hourly_usd", "entry_level", "micro"];
  var theme = /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(data.theme || "") ? data.theme : "#1f5f8b";
  var size = Math.min(Math.max(parseInt(data.size, 10) || 10, 1), 50);

  var host = document.createElement("div");
  host.className = "microgigs-widget";
  var target = data.target && document.getElementById(data.target);
  if (target) target.appendChild(host); else script.parentNode.insertBefore(host, script.nextSibling);
  var root = host.attachShadow({ mode: "open" });

  var style = document.createElement("style");
  style.textContent = [
    ":host{all:initial;display:block;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f23}",
    "form{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end;margin:0 0 .5rem}",
    "label{display:block;font-weight:600;width:100%}",
    "input{flex:1;min-width:8rem;font:inherit;padding:.4rem;border:1px solid #8c959f;border-radius:4px}",
    "button{font:inherit;font-weight:600;background:" + theme + ";color:#fff;border:0;border-radius:4px;padding:.45rem 1rem;cursor:pointer}",
    ":focus-visible{outline:3px solid #f0a500;outline-offset:2px}",
    "ol{list-style:none;padding:0;margin:0}",
    "li{border:1px solid #d0d7de;border-left:4px solid " + theme + ";border-radius:6px;padding:.6rem .8rem;margin:0 0 .6rem}",
    "h3{font-size:1.05em;margin:0 0 .2rem;overflow-wrap:anywhere}",
    "a{color:" + theme + "}",
    "p{margin:.15rem 0}.meta,.source,.status{color:#57606a;font-size:.9em}.pay{font-weight:600}",
    "mark{background:#fff3a3;color:inherit}",
    "nav{display:flex;gap:1rem;margin:.5rem 0}"
  ].join("\n");
  root.appendChild(style);

  var form = el("form", { role: "search" });
  var inputId = "mg-q";
  var label = el("label", { "for": inputId }, "Search short paid work");
  var input = el("input", { id: inputId, type: "search", name: "q", autocomplete: "off", maxlength: "500" });
  input.value = data.q || "";
  var button = el("button", { type: "submit" }, "Search");
  form.append(label, input, button);
  var status = el("p", { "class": "status", role: "status", "aria-live": "polite" });
  var list = el("ol", { "class": "results" });
  var pager = el("nav", { "aria-label": "Pages" });
  var credit = el("p", { "class": "source" });
  credit.append("Listings from ", el("a", { href: origin + "/", target: "_blank", rel: "noopener" }, "microgigs"),
    ", each credited to its source.");
  root.append(form, status, list, pager, credit);

  var page = 1;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    page = 1;
    search();
  });

  function el(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text != null) node.textContent = text;
    return node;
  }

  function params() {
    var query = new URLSearchParams({ _shape: "array", paid: "1", size: String(size), page: String(page) });
    query.set("q", input.value.trim());
    FILTERS.forEach(function (name) {
      var value = data[name.replace(/_([a-z])/g, function (_, c) { return c.toUpperCase(); })];
      if (value) query.set(name, value);
    });
    return query;
  }

  // The API's snippet is escaped text with <mark> around matches: rebuild it from text nodes only.
  function snippet(html) {
    var p = el("p", { "class": "snippet" });
    var decoder = document.createElement("textarea");
    var marked = false;
    String(html || "").split(/(<mark>|<\/mark>)/).forEach(function (part) {
      if (part === "<mark>") { marked = true; return; }
      if (part === "</mark>") { marked = false; return; }
      decoder.innerHTML = part;  // a textarea's content is text: entities decode, nothing is parsed or run
      var text = document.createTextNode(decoder.value);
      if (marked) { var mark = el("mark"); mark.appendChild(text); p.appendChild(mark); } else p.appendChild(text);
    });
    return p;
  }

  function safeUrl(url) {
    try { var parsed = new URL(url); return /^https?:$/.test(parsed.protocol) ? parsed.href : null; }
    catch (e) { return null; }
  }

  function card(row) {
    var item = el("li");
    var title = el("h3");
    var href = safeUrl(row.url);
    title.appendChild(href ? el("a", { href: href, target: "_blank", rel: "noopener" }, row.title) : el("span", {}, row.title));
    var meta = [row.company, row.remote, row.country].filter(Boolean).join(" \u00b7 ");
    item.append(title);
    if (meta) item.append(el("p", { "class": "meta" }, meta));
    var pay = row.summary || "pay not stated";
    if (row.expires_at) pay += " \u00b7 apply by " + String(row.expires_at).slice(0, 10);
    item.append(el("p", { "class": "pay" }, pay));
    if (row.snippet) item.append(snippet(row.snippet));
    item.append(el("p", { "class": "source" }, row.attribution || row.source));
    var copies = alsoOn(row.copies);  // the same gig on other sources, each with its own link
    if (copies.length) {
      var also = el("p", { "class": "source" }, "also on ");
      copies.forEach(function (copy, i) {
        if (i) also.append(", ");
        also.append(el("a", { href: copy.href, target: "_blank", rel: "noopener" }, copy.source));
      });
      item.append(also);
    }
    return item;
  }

  function alsoOn(json) {
    var copies;
    try { copies = JSON.parse(json || "[]"); } catch (e) { return []; }
    if (!Array.isArray(copies)) return [];
    return copies.map(function (copy) {
      return { source: String((copy && copy.source) || ""), href: safeUrl(copy && copy.url) };
    }).filter(function (copy) { return copy.href; });
  }

  function search() {
    status.textContent = "Searching\u2026";
    fetch(origin + "/microgigs/search.json?" + params().toString(),
          { credentials: "omit", mode: "cors", referrerPolicy: "no-referrer", cache: "no-store" })
      .then(function (response) {
        if (response.status === 400) {  // the catalog says what is wrong with the search (too long), as text
          return response.json().then(function (body) {
            var refusal = new Error(String(body.error || "the catalog refused this search"));
            refusal.refusal = true;
            throw refusal;
          });
        }
        if (!response.ok) throw new Error("the catalog answered " + response.status);
        return response.json();
      })
      .then(function (rows) {
        list.replaceChildren.apply(list, rows.map(card));
        status.textContent = rows.length ? "" : "No listing matches. Try fewer words.";
        pager.replaceChildren();
        if (page > 1) pager.append(pageButton("\u2190 previous", page - 1));
        if (rows.length === size) pager.append(pageButton("next \u2192", page + 1));
      })
      .catch(function (error) {
        status.textContent = error.refusal ? error.message : "Search unavailable: " + error.message;
      });
  }

  function pageButton(text, number) {
    var b = el("button", { type: "button" }, text);
    b.addEventListener("click", function () { page = number; search(); });
    return b;
  }

  search();
})();
