"""Datasette's own table page of `listings` (issue 17), one client, warm cache: `_search` with three facets as JSON
and as HTML, a word in half the listings, the whole table with its configured facets, and the research queries
at their defaults, each p50/p95 beside Datasette's /-/settings.json measured in the same run.

    .venv/bin/python bench/table_page_speed.py --db CATALOG [--repeats 40] [--json]

CATALOG as for bench/catalog_speed.py (e.g. bench/generate.py through db/importer.py, as perf.py does); it is
migrated, its facet counts refreshed and its WAL folded in, then served by `microgigs serve` on a free loopback
port. An answer counts as a problem when it is no 200, was cut by a time limit, or has a facet that timed out.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.catalog_speed import RESEARCH, WORDS, one_client, prepare, start_server, stop_server  # noqa: E402
from db.serve import load_metadata  # noqa: E402

FACETS = "&_facet=occupation&_facet=country&_facet=remote"
CONFIGURED_FACETS = load_metadata()["databases"]["microgigs"]["tables"]["listings"]["facets"]


def pages() -> list[tuple[str, list[str], str]]:
    """(name, urls cycled through, target) of the table page's forms."""
    quote = urllib.parse.quote
    return [
        ("table JSON, _search + 3 _facet (10 words)",
         [f"/microgigs/listings.json?_search={quote(w)}{FACETS}" for w in WORDS], "<= 1,000 ms"),
        ("table HTML, _search + 3 _facet (10 words)",
         [f"/microgigs/listings?_search={quote(w)}{FACETS}" for w in WORDS], "<= 1,000 ms"),
        ("table JSON, _search + remote=remote + 3 _facet",
         [f"/microgigs/listings.json?_search={quote(w)}&remote=remote{FACETS}" for w in WORDS], "<= 1,000 ms"),
        ("table JSON, _search=work (48% of listings) + 3 _facet",
         [f"/microgigs/listings.json?_search=work{FACETS}"], "<= 1,000 ms"),
        ("table JSON, whole table, 6 configured facets", ["/microgigs/listings.json"], "<= 1,000 ms"),
        ("table HTML, whole table, 6 configured facets", ["/microgigs/listings"], "<= 1,000 ms"),
        *[(f"research {name} (defaults)", [f"/microgigs/{name}.json?_shape=array"], "<= 500 ms")
          for name in RESEARCH],
    ]


def timed_out_facets(base: str, url: str) -> list[str]:
    """The facets a table page asked for (configured and `_facet`) that it does not show: Datasette leaves out a
    facet cut by facet_time_limit_ms (the JSON says nothing more; the HTML says "These facets timed out")."""
    import urllib.request

    path = url.split("?")[0]
    if path not in ("/microgigs/listings", "/microgigs/listings.json"):
        return []
    with urllib.request.urlopen(base + url, timeout=60) as response:
        body = response.read()
    if not path.endswith(".json"):
        found = re.search(rb'class="facets-timed-out">These facets timed out: ([^<]*)', body)
        return found.group(1).decode().split(", ") if found else []
    asked = set(CONFIGURED_FACETS) | set(urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).get("_facet", []))
    shown = {facet["name"] for facet in json.loads(body)["facet_results"].values()}
    return sorted(asked - shown)


def latency(db_path: str, repeats: int) -> list[dict]:
    server, base = start_server(db_path, 1)
    rows = []
    try:
        trivial = one_client(base, ["/-/settings.json"], repeats)
        for name, urls, target in pages():
            run = one_client(base, urls, repeats)
            cuts = [timed_out_facets(base, url) for url in urls]  # once per URL, after the timed requests
            cut = sorted({facet for facets in cuts for facet in facets})
            cut_urls = sum(bool(facets) for facets in cuts)
            rows.append({"page": name, **run, "target": target, "facets_timed_out": cut, "cut_urls": cut_urls,
                         "urls": len(urls),
                         "ratio_p50": run["p50"] / trivial["p50"], "ratio_p95": run["p95"] / trivial["p95"]})
            print(f"{name:56} p50 {run['p50']:8.1f} ms  p95 {run['p95']:8.1f} ms  ({run['p50'] / trivial['p50']:.0f}x /"
                  f" {run['p95'] / trivial['p95']:.0f}x trivial)  {run['problems']} problems {run['first_problem']}"
                  f"{f'  facets timed out on {cut_urls} of {len(urls)} URLs: ' + ', '.join(cut) if cut else ''}",
                  flush=True)
        print(f"{'trivial page (/-/settings.json)':56} p50 {trivial['p50']:8.1f} ms  p95 {trivial['p95']:8.1f} ms")
        rows.insert(0, {"page": "trivial page (/-/settings.json)", **trivial, "target": "baseline"})
    finally:
        stop_server(server)
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the catalog to serve (migrated and checkpointed first)")
    parser.add_argument("--repeats", type=int, default=40, help="requests per page, one after another")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    args = parser.parse_args(argv)
    if not Path(args.db).exists():
        parser.error(f"no catalog at {args.db}")
    prepare(args.db)
    with sqlite3.connect(args.db) as conn:
        count = conn.execute("select count(*) from listings").fetchone()[0]
    print(f"catalog {args.db}: {count:,} listings; {os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}", flush=True)
    rows = latency(args.db, args.repeats)
    print(f"load {os.getloadavg()[0]:.1f}")
    if args.json:
        print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
