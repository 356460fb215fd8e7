/* microgigs embeddable search: <script src="https://CATALOG/static/embed.js" data-q="design" async></script>
 *
 * Renders a search box and result cards from the catalog's CORS JSON API (/microgigs/search.json) into a shadow
 * root next to this script tag (or into the element named by data-target). Presets come from the tag's
 * data-* attributes only: it reads nothing else from the host page, sends no cookies and no referrer, and builds
 * every result with text nodes, so a listing can never inject markup into the host. Its cards say what the iframe
 * widget's (templates/mg_widget.html) say, the same way.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var data = script.dataset;
  // every filter of the catalog's home page (the builder's presets); paid only unless data-paid="any"
  var FILTERS = ["occupation", "country", "remote", "min_hourly_usd", "max_hours", "micro", "entry_level",
                 "posted_within_days", "deadline_after", "source", "sort"];
  var REMOTE = { remote: "Remote", hybrid: "Hybrid", onsite: "On site" };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var theme = /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(data.theme || "") ? data.theme : "#1f5f8b";
  var size = Math.min(Math.max(parseInt(data.size, 10) || 10, 1), 50);
  var dark = data.mode === "dark" || (data.mode === "auto" && window.matchMedia &&
                                      window.matchMedia("(prefers-color-scheme: dark)").matches);
  var colors = dark ? { ink: "#e6edf3", muted: "#9da7b3", line: "#3d444d", bg: "#0d1117", mark: "#6c5a00",
                        link: "color-mix(in srgb," + theme + " 40%,#fff)" }
                    : { ink: "#1b1f23", muted: "#57606a", line: "#d0d7de", bg: "#fff", mark: "#fff3a3", link: theme };
  // "inherit": the host page's own font and size; else the system's (or a serif)
  var font = data.font === "inherit" ? "font:inherit" : "font:15px/1.45 " + (data.font === "serif"
    ? "Georgia,'Times New Roman',serif" : "system-ui,-apple-system,'Segoe UI',Roboto,sans-serif");

  var host = document.createElement("div");
  host.className = "microgigs-widget";
  var target = data.target && document.getElementById(data.target);
  if (target) target.appendChild(host); else script.parentNode.insertBefore(host, script.nextSibling);
  var root = host.attachShadow({ mode: "open" });

  var style = document.createElement("style");
  style.textContent = [
    ":host{all:initial;display:block;" + font + ";color:" + colors.ink + ";background:" + colors.bg + "}",
    "form{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end;margin:0 0 .5rem}",
    "label{display:block;font-weight:600;width:100%}",
    "input{flex:1;min-width:8rem;font:inherit;padding:.4rem;border:1px solid #8c959f;border-radius:4px;background:" + colors.bg + ";color:inherit}",
    "button{font:inherit;font-weight:600;background:" + theme + ";color:#fff;border:0;border-radius:4px;padding:.45rem 1rem;cursor:pointer}",
    ":focus-visible{outline:3px solid #f0a500;outline-offset:2px}",
    "ol{list-style:none;padding:0;margin:0}",
    "li{border:1px solid " + colors.line + ";border-left:4px solid " + theme + ";border-radius:6px;padding:.6rem .8rem;margin:0 0 .6rem}",
    "h3{font-size:1.05em;margin:0 0 .2rem;overflow-wrap:anywhere}",
    "a{color:" + colors.link + "}",
    "p{margin:.15rem 0}.meta,.source,.status{color:" + colors.muted + ";font-size:.9em}.pay{font-weight:600}",
    ".snippet{overflow-wrap:anywhere}",
    "mark{background:" + colors.mark + ";color:inherit}",
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
  var status = el("p", { "class": "status", role: "status", "aria-live": "polite", tabindex: "-1" });
  var list = el("ol", { "class": "results" });
  var pager = el("nav", { "aria-label": "Pages" });
  var credit = el("p", { "class": "source" });
  var more = el("a", { href: origin + "/", target: "_blank", rel: "noopener" }, "more on microgigs");
  credit.append(more, " \u00b7 listings from microgigs, each credited to its source.");
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

  // the search: the same on the JSON API and on the catalog's home page ("more on microgigs")
  function searchParams() {
    var query = new URLSearchParams();
    if (input.value.trim()) query.set("q", input.value.trim());
    if (data.paid !== "any") query.set("paid", "1");
    FILTERS.forEach(function (name) {
      var value = data[name.replace(/_([a-z])/g, function (_, c) { return c.toUpperCase(); })];
      if (value) query.set(name, value);
    });
    return query;
  }

  function params() {
    var query = searchParams();
    query.set("_shape", "array");
    query.set("size", String(size));
    query.set("page", String(page));
    return query;
  }

  function dateText(iso) {  // '3 Dec 2026', as the catalog's pages write dates
    var parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ""));
    if (!parts || !MONTHS[parseInt(parts[2], 10) - 1]) return null;
    return parseInt(parts[3], 10) + " " + MONTHS[parseInt(parts[2], 10) - 1] + " " + parts[1];
  }

  function countText(total, capped) {
    return total.toLocaleString("en-US") + (capped ? "+" : "") + " listing" + (total === 1 ? "" : "s") +
      (page > 1 ? " \u00b7 page " + page : "");
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
    var meta = [row.company, REMOTE[row.remote] || row.remote, row.country].filter(Boolean).join(" \u00b7 ");
    item.append(title);
    if (meta) item.append(el("p", { "class": "meta" }, meta));
    var pay = row.summary || "pay not stated";
    if (dateText(row.expires_at)) pay += " \u00b7 apply by " + dateText(row.expires_at);
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

  function search(focusOn) {
    status.textContent = "Searching\u2026";
    var home = searchParams();
    home.set("s", "1");
    more.setAttribute("href", origin + "/?" + home.toString());
    fetch(origin + "/microgigs/search.json?" + params().toString(),
          { credentials: "omit", mode: "cors", referrerPolicy: "no-referrer", cache: "no-store" })
      .then(function (response) {
        if (response.status === 400) {  // the catalog says what is wrong with the search (too long), as text
          return response.json().then(function (body) {
            var said = String(body.error || "the catalog refused this search");
            var refusal = new Error(said.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim());  // shown as text
            refusal.refusal = true;
            throw refusal;
          });
        }
        if (!response.ok) throw new Error("the catalog answered " + response.status);
        return response.json();
      })
      .then(function (rows) {
        list.replaceChildren.apply(list, rows.map(card));
        var total = rows.length ? Number(rows[0].total) || rows.length : 0;
        status.textContent = rows.length ? countText(total, total >= 2000) : "No listing matches. Try fewer words.";
        pager.replaceChildren();
        var buttons = {};
        if (page > 1) pager.append(buttons.previous = pageButton("\u2190 previous", page - 1, "previous"));
        if (rows.length === size && page * size < total) pager.append(buttons.next = pageButton("next \u2192", page + 1, "next"));
        // the button pressed was replaced: the focus goes to its successor, not to the host page's body
        if (focusOn) (buttons[focusOn] || buttons.previous || buttons.next || status).focus();
      })
      .catch(function (error) {
        status.textContent = error.refusal ? error.message : "Search unavailable: " + error.message;
      });
  }

  function pageButton(text, number, direction) {
    var b = el("button", { type: "button" }, text);
    b.addEventListener("click", function () { page = number; search(direction); });
    return b;
  }

  search();
})();
