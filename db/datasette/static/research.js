/* The research page's charts: each fetches its canned query's JSON (?_shape=array) and draws it with the
   vendored Chart.js (static/chart.umd.min.js). The page lists every query's links without JavaScript. */
(function () {
  "use strict";
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                 "#bcbd22", "#17becf"];
  var NONE = "(none)";

  var noneLabel = NONE;

  function label(value) {
    return value === null || value === undefined || value === "" ? noneLabel : String(value);
  }

  function unique(values) {
    var seen = {}, out = [];
    values.forEach(function (v) { if (!seen.hasOwnProperty(v)) { seen[v] = true; out.push(v); } });
    return out;
  }

  // A week's label says when it was not wholly observed (the query's partial and before_crawls columns).
  function weekLabel(row) {
    var text = label(row.week);
    if (row.partial) { text += " (partial)"; }
    if (row.before_crawls) { text += " (before crawls)"; }
    return text;
  }

  function lineConfig(spec, rows) {
    var xOf = spec.weekly ? weekLabel : function (r) { return label(r[spec.x]); };
    var xs = unique(rows.map(xOf));
    var partial = {};
    rows.forEach(function (r) { if (spec.weekly && r.partial) { partial[xs.indexOf(xOf(r))] = true; } });
    var names = unique(rows.map(function (r) { return label(r[spec.series]); }));
    var datasets = names.map(function (name, i) {
      var byX = {};
      rows.forEach(function (r) { if (label(r[spec.series]) === name) { byX[xOf(r)] = r[spec.y]; } });
      return {
        label: name, data: xs.map(function (x) { return byX.hasOwnProperty(x) ? byX[x] : null; }),
        borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length],
        borderWidth: name === "all" ? 3 : 1.5, borderDash: name === "all" ? [6, 3] : [], tension: 0, pointRadius: 2,
        // a segment into a partial week is dotted: its count is not comparable with whole weeks
        segment: {borderDash: function (ctx) { return partial[ctx.p1DataIndex] ? [2, 3] : undefined; }}
      };
    });
    return {type: "line", data: {labels: xs, datasets: datasets},
            options: {scales: {y: {beginAtZero: true, title: {display: true, text: spec.y}}}}};
  }

  function rangeConfig(spec, rows) {
    var xs = rows.map(function (r) { return label(r[spec.x]); });
    return {
      type: "bar",
      data: {labels: xs, datasets: [
        {label: spec.low + " to " + spec.high, data: rows.map(function (r) { return [r[spec.low], r[spec.high]]; }),
         backgroundColor: "rgba(31, 119, 180, 0.45)", borderColor: PALETTE[0], borderWidth: 1},
        {type: "line", label: spec.mid, data: rows.map(function (r) { return r[spec.mid]; }), showLine: false,
         pointStyle: "line", pointRadius: 14, pointBorderWidth: 3, borderColor: PALETTE[3], backgroundColor: PALETTE[3]}
      ]},
      options: {scales: {y: {beginAtZero: true, title: {display: true, text: "USD"}}},
                plugins: {tooltip: {callbacks: {afterBody: function (items) {
                  var r = rows[items[0].dataIndex];
                  return "listings " + r.listings + ", min " + r.min + ", max " + r.max + ", mean " + r.mean;
                }}}}}
    };
  }

  function barConfig(spec, rows) {
    if (spec.limit) { rows = rows.slice(0, spec.limit); }
    return {
      type: "bar",
      data: {labels: rows.map(function (r) { return label(r[spec.x]); }),
             datasets: [{label: spec.y, data: rows.map(function (r) { return r[spec.y]; }),
                         backgroundColor: PALETTE[0]}]},
      options: {scales: {y: {beginAtZero: true, title: {display: true, text: spec.y}}},
                plugins: {legend: {display: false}}}
    };
  }

  var BUILDERS = {line: lineConfig, range: rangeConfig, bar: barConfig};

  // Charts are fetched one after another (a query shared by two charts once): the catalog's SQL time limit
  // is per query, and queries run side by side on a busy server would each take longer.
  var fetched = {};

  function rows(url) {
    if (!fetched[url]) {
      fetched[url] = fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
        .then(function (response) {
          return response.json().then(function (body) {
            if (!response.ok || !Array.isArray(body)) { throw new Error(plain((body && body.error) || ("HTTP " + response.status))); }
            return body;
          });
        });
    }
    return fetched[url];
  }

  function plain(html) {  // Datasette's errors are HTML: keep the first paragraph's text
    var doc = new DOMParser().parseFromString(String(html), "text/html");
    var first = doc.querySelector("p") || doc.body;
    return (first.textContent || "").replace(/\s+/g, " ").trim();
  }

  // What a weekly chart's figures rest on: its base week (and why that week), the panel, the partial weeks.
  function about(spec, data) {
    var parts = [];
    var base = data.length ? data[0].base_week : null;
    if (spec.y === "index") {
      var atBase = data.filter(function (r) { return r.week === base; }).map(function (r) { return r.listings; });
      var smallest = atBase.length ? Math.min.apply(null, atBase) : 0;
      if (!base) {
        parts.push("No index: the base week " + (spec.base || "") + " is not in the weeks shown.");
      } else if (spec.base) {
        parts.push("Base: " + base + " = 100, as chosen; its smallest series has " + smallest + " listings.");
      } else if (smallest >= spec.min_base) {
        parts.push("Base: " + base + " = 100, the first week in which every series has at least " + spec.min_base +
                   " listings (whole weeks first; the smallest has " + smallest + ").");
      } else {
        parts.push("Base: " + base + " = 100. No week has " + spec.min_base + " listings in every series, so the " +
                   "base is the week whose smallest series is largest (" + smallest + " listings): read the index " +
                   "as rough, and a series with no listings that week has none.");
      }
    }
    if (data.length && data[0].panel_sources !== undefined && data[0].panel_sources !== null) {
      parts.push("Fixed panel: " + data[0].panel_sources + ".");
    }
    if (data.some(function (r) { return r.partial; })) {
      parts.push("Weeks marked (partial) were not whole (cut by since or until, or not over at the last crawl); " +
                 "their dotted segments are not comparable with whole weeks.");
    }
    if (data.some(function (r) { return r.before_crawls; })) {
      parts.push("Weeks marked (before crawls) ended before the first crawl: only listings still open at that " +
                 "crawl were seen.");
    }
    return parts.join(" ");
  }

  function draw(spec) {
    var status = document.getElementById("status-" + spec.id);
    var canvas = document.getElementById("canvas-" + spec.id);
    status.textContent = "Loading…";
    return rows(spec.json_url)
      .then(function (data) {
        var measured = spec.y || spec.mid;
        if (!data.length || data.every(function (r) { return r[measured] === null; })) {
          status.textContent = (!data.length && spec.empty) ||
            "No values for these filters yet (the links give the query's rows).";
          return;
        }
        status.textContent = "";
        var note = document.getElementById("about-" + spec.id);
        if (note) { note.textContent = about(spec, data); }
        canvas.parentNode.hidden = false;
        noneLabel = spec.none || NONE;
        var config = BUILDERS[spec.kind](spec, data);
        config.options.responsive = true;
        config.options.maintainAspectRatio = false;
        config.options.animation = false;
        new window.Chart(canvas, config);
      })
      .catch(function (error) {
        if (/too long/i.test(error.message) && !spec.retried) {  // a busy server: once more, a moment later
          spec.retried = true;
          delete fetched[spec.json_url];
          status.textContent = "The server is busy; trying again…";
          return new Promise(function (resolve) { setTimeout(resolve, 1500); }).then(function () { return draw(spec); });
        }
        status.textContent = "Could not draw this chart: " + error.message + " Its links below still give the data.";
      });
  }

  function start() {
    var node = document.getElementById("mg-charts");
    if (!node) { return; }
    if (!window.Chart) {
      Array.prototype.forEach.call(document.querySelectorAll(".mg-research .status"), function (el) {
        el.textContent = "The chart library did not load; the links give each query's data.";
      });
      return;
    }
    JSON.parse(node.textContent).reduce(function (previous, spec) {
      return previous.then(function () { return draw(spec); });
    }, Promise.resolve());
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
