"""The researchers' workbench: data dictionary (/-/dictionary, .json), canned queries (values checked on a small
catalog whose answers are worked out by hand), the research page and its vendored chart library."""
import asyncio
import html
import json
import re
from pathlib import Path

import pytest
import yaml

from db.schema import LISTING_COLUMNS
from db.serve import HERE, build_datasette, load_metadata
from db.writer import CatalogWriter

LONG_TEXT = "word " * 400


def row(n, **fields):
    out = {c: None for c in LISTING_COLUMNS}
    out.update(id=f"{fields.get('source', 'a')}:{n}", source="a", source_id=str(n), url=f"https://x.example.com/{n}",
               title=f"Listing {n}", description_text=f"Work number {n}. " + LONG_TEXT,
               description_html=f"<p>Work number {n}.</p>" + "<p>more</p>" * 100, is_paid=1, is_micro=0,
               skills=[], tags=["t"], micro_reasons=[], flags=[], raw={"id": n, "body": LONG_TEXT},
               first_seen_at="2026-11-01T00:00:00Z", last_seen_at="2026-12-01T00:00:00Z")
    out.update(fields)
    return out


# ISO weeks of November 2026: W45 starts Monday 2026-11-02, W46 11-09, W47 11-16, W48 11-23, W49 11-30.
ROWS = [
    row(1, occupation="software_dev_tech", posted_at="2026-11-02T09:00:00Z", pay_unit="hour", pay_min_usd=20.0,
        hourly_usd_min=20.0, is_micro=1, country="US"),
    row(2, occupation="software_dev_tech", posted_at="2026-11-04T09:00:00Z", pay_unit="hour", pay_min_usd=30.0,
        hourly_usd_min=30.0, is_micro=1, country="US",
        first_seen_at="2026-11-04T00:00:00Z", closed_at="2026-11-05T00:00:00Z"),
    row(3, occupation="software_dev_tech", posted_at="2026-11-10T09:00:00Z", pay_unit="hour", pay_min_usd=40.0,
        hourly_usd_min=40.0, country="GB", first_seen_at="2026-11-10T00:00:00Z", closed_at="2026-11-20T00:00:00Z"),
    row(4, source="b", occupation="writing_translation", posted_at="2026-11-09T00:00:00Z", pay_unit="project",
        pay_min_usd=500.0, hourly_usd_min=50.0, hours_max=10.0, is_micro=1,
        first_seen_at="2026-11-09T00:00:00Z", closed_at="2026-11-13T00:00:00Z"),
    row(5, source="b", occupation="writing_translation", posted_at="2026-11-15T23:00:00Z", pay_unit="project",
        pay_min_usd=300.0, is_micro=1, country="DE"),
    # no posting date: dated by first seen (W47); flagged pay_implausible: left out of the pay distribution
    row(6, source="b", occupation="writing_translation", pay_unit="hour", pay_min_usd=25.0, country="US",
        first_seen_at="2026-11-17T00:00:00Z", flags=["pay_implausible"]),
    row(7, occupation=None, posted_at="2026-11-20T00:00:00Z", pay_unit="hour", pay_min_usd=50.0, country="US"),
    row(8, occupation="software_dev_tech", posted_at="2026-11-30T00:00:00Z", pay_unit="hour", pay_min_usd=60.0,
        is_micro=1, country="FR", first_seen_at="2026-11-30T00:00:00Z", closed_at="2026-12-02T12:00:00Z"),
]


def build_catalog(path) -> str:
    writer = CatalogWriter(str(path))
    writer.upsert_listings(ROWS, crawl_id="c1", seen_at="2026-12-01T00:00:00Z", keep_lifecycle=True)
    for name in ("a", "b"):
        writer.upsert_source({"name": name, "kind": "api", "home_url": f"https://{name}.example.com",
                              "terms": f"Terms of {name}: link back.", "attribution": f"Job via {name.upper()}",
                              "collected": 1})
    for n, (source, day) in enumerate([("a", "2026-11-02"), ("b", "2026-11-03"), ("a", "2026-11-30")]):
        writer.db["crawls"].insert({"id": f"c{n}", "source": source, "started_at": f"{day}T00:00:00Z",
                                    "finished_at": f"{day}T00:05:00Z", "status": "ok", "items": 4, "stored": 4})
    writer.close()
    return str(path)


@pytest.fixture
def catalog(tmp_path):
    return build_catalog(tmp_path / "research.db")


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def query(ds, name, **params):
    args = "&".join(f"{k}={v}" for k, v in params.items())
    response = get(ds, f"/microgigs/{name}.json?_shape=array&{args}")
    assert response.status_code == 200, response.text
    return response.json()


# --- canned queries ---

def test_research_queries_have_titles_descriptions_and_do_not_clash():
    research = yaml.safe_load((HERE / "research_queries.yml").read_text(encoding="utf-8"))
    assert set(research) == {"listings_per_week_by_occupation", "pay_distribution", "micro_share_by_source",
                             "country_shares", "time_to_close", "coverage_per_week_by_source"}
    from db.serve import summarised_sql

    merged = load_metadata()["databases"]["microgigs"]["queries"]
    for name, spec in research.items():
        assert spec["title"] and len(spec["description"]) > 60, name
        assert merged[name]["sql"] == summarised_sql(name, spec)  # the stored result at the defaults (m013)
        assert set(spec["params"]) == set(re.findall(r":(\w+)", spec["sql"])), name


def test_listings_per_week_by_occupation_is_an_index_with_zero_weeks(catalog):
    rows = query(build_datasette(catalog), "listings_per_week_by_occupation", min_base="1")
    table = {(r["week"], r["occupation"]): (r["listings"], r["index"]) for r in rows}
    weeks = ["2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"]
    assert sorted({r["week"] for r in rows}) == weeks
    assert {r["week"]: r["week_start"] for r in rows}["2026-W46"] == "2026-11-09"
    # one base week for every series: no week has a listing in all of them, so the whole week whose smallest
    # series is largest, the first of those (W45)
    assert {r["base_week"] for r in rows} == {"2026-W45"}
    assert [table[(w, "software_dev_tech")] for w in weeks] == [(2, 100), (1, 50), (0, 0), (0, 0), (1, 50)]
    # no listing in the base week: no index, never a base of its own
    assert [table[(w, "writing_translation")] for w in weeks] == [(0, None), (2, None), (1, None), (0, None), (0, None)]
    assert [table[(w, "unclassified")][0] for w in weeks] == [0, 0, 1, 0, 0]
    assert [table[(w, "all")] for w in weeks] == [(2, 100), (3, 150), (2, 100), (0, 0), (1, 50)]
    assert {r["week"]: r["sources"] for r in rows} == {"2026-W45": 1, "2026-W46": 2, "2026-W47": 2, "2026-W48": 0,
                                                       "2026-W49": 1}
    assert len(rows) == 5 * 4


def test_the_default_base_week_is_the_first_where_every_series_has_enough_listings(tmp_path):
    """A first week of 1 listing per series no longer makes the base (the index reached ~6,600 that way)."""
    plan = ([("software_dev_tech", 2), ("writing_translation", 3)]  # W45: 1 each
            + [("software_dev_tech", 10)] * 3 + [("writing_translation", 11)] * 2  # W46: 3 and 2
            + [("software_dev_tech", 17)] * 4 + [("writing_translation", 18)] * 3  # W47: 4 and 3
            + [("software_dev_tech", 24)] * 8 + [("writing_translation", 25)] * 6)  # W48: 8 and 6
    rows = [row(n, occupation=occupation, posted_at=f"2026-11-{day:02d}T09:00:00Z")
            for n, (occupation, day) in enumerate(plan)]
    writer = CatalogWriter(str(tmp_path / "base.db"))
    writer.upsert_listings(rows, crawl_id="c1", seen_at="2026-12-01T00:00:00Z", keep_lifecycle=True)
    writer.db["crawls"].insert({"id": "c1", "source": "a", "started_at": "2026-11-01T00:00:00Z",
                                "finished_at": "2026-12-01T00:00:00Z", "status": "ok"})
    writer.close()
    ds = build_datasette(str(tmp_path / "base.db"))

    def index(**params):
        got = query(ds, "listings_per_week_by_occupation", **params)
        return {r["base_week"] for r in got}, {(r["week"], r["occupation"]): r["index"] for r in got}

    bases, table = index(min_base="2")
    assert bases == {"2026-W46"}  # the first week with at least 2 listings in every series
    assert [table[(w, "software_dev_tech")] for w in ("2026-W45", "2026-W46", "2026-W48")] == [33.3, 100, 266.7]
    assert table[("2026-W48", "writing_translation")] == 300 and table[("2026-W48", "all")] == 280
    assert index(min_base="3")[0] == {"2026-W47"}
    assert index()[0] == {"2026-W48"}  # default 10: none has it, so the week whose smallest series is largest
    assert max(index()[1].values()) == 100
    bases, table = index(base="2026-W45")  # a base chosen by hand still rules
    assert bases == {"2026-W45"} and table[("2026-W48", "software_dev_tech")] == 800
    assert index(base="2026-W30")[0] == {None}  # not in the period: no index at all, and the page says why


def test_the_fixed_panel_counts_only_the_sources_crawled_over_the_whole_period(catalog):
    ds = build_datasette(catalog)
    # a is crawled on 11-02 (W45) and 11-30 (W49), b only on 11-03: b is not in the panel for W45..W49
    panel = query(ds, "listings_per_week_by_occupation", panel="fixed", occupation="all", min_base="1")
    assert {r["panel_sources"] for r in panel} == {"a"}
    assert [r["listings"] for r in panel] == [2, 1, 1, 0, 1]  # a's listings only
    every = query(ds, "listings_per_week_by_occupation", occupation="all", min_base="1")
    assert [r["listings"] for r in every] == [2, 3, 2, 0, 1] and {r["panel_sources"] for r in every} == {None}
    assert [r["week"] for r in panel] == [r["week"] for r in every]  # the same weeks, side by side
    # within W45 alone, both sources were crawled in its first and last week: both in the panel
    short = query(ds, "listings_per_week_by_occupation", panel="fixed", occupation="all", until="2026-11-09")
    assert {r["panel_sources"] for r in short} == {"a, b"}
    # over a period that began before any crawl, no source was there throughout: no rows, and the page says so
    assert query(ds, "listings_per_week_by_occupation", panel="fixed", by="first_seen") == []


def test_the_partial_last_week_and_the_weeks_before_crawls_are_marked(catalog):
    ds = build_datasette(catalog)
    rows = query(ds, "listings_per_week_by_occupation", occupation="all")
    # the last crawl ended 2026-11-30T00:05 (Monday of W49): W49 had not ended
    assert [(r["week"], r["partial"], r["before_crawls"]) for r in rows] == [
        ("2026-W45", 0, 0), ("2026-W46", 0, 0), ("2026-W47", 0, 0), ("2026-W48", 0, 0), ("2026-W49", 1, 0)]
    # since on a Wednesday cuts its week; until on a Friday too
    cut = query(ds, "listings_per_week_by_occupation", occupation="all", since="2026-11-04", until="2026-11-20")
    assert [(r["week"], r["partial"]) for r in cut] == [("2026-W45", 1), ("2026-W46", 0), ("2026-W47", 1)]
    # by first seen, a listing first seen on Sunday 11-01 (W44) is from a week that ended before the first crawl
    early = query(ds, "listings_per_week_by_occupation", occupation="all", by="first_seen")
    assert [(r["week"], r["before_crawls"]) for r in early][:2] == [("2026-W44", 1), ("2026-W45", 0)]


def test_weekly_index_filters(catalog):
    ds = build_datasette(catalog)
    rows = query(ds, "listings_per_week_by_occupation", source="b")
    assert {r["occupation"] for r in rows} == {"writing_translation", "all"}
    assert [r["listings"] for r in rows if r["occupation"] == "all"] == [2, 1]  # W46, W47
    assert [r["index"] for r in query(ds, "listings_per_week_by_occupation", occupation="all", min_base="1")] == [
        100, 150, 100, 0, 50]
    based = {(r["week"], r["occupation"]): r["index"] for r in query(ds, "listings_per_week_by_occupation", base="2026-W46")}
    assert [based[(w, "all")] for w in ("2026-W45", "2026-W46", "2026-W47", "2026-W49")] == [66.7, 100, 66.7, 33.3]
    assert based[("2026-W45", "unclassified")] is None  # no listing in its base week: no index
    rows = query(ds, "listings_per_week_by_occupation", micro="1", since="2026-11-09", until="2026-11-30")
    assert {(r["week"], r["occupation"]): r["listings"] for r in rows} == {
        ("2026-W46", "writing_translation"): 2, ("2026-W46", "all"): 2}
    by_first_seen = query(ds, "listings_per_week_by_occupation", by="first_seen", occupation="software_dev_tech")
    # first seen: 11-01 (a Sunday, so W44), 11-04 (W45), 11-10 (W46), 11-30 (W49)
    assert {r["occupation"] for r in by_first_seen} == {"software_dev_tech"}
    assert [(r["week"], r["listings"]) for r in by_first_seen] == [
        ("2026-W44", 1), ("2026-W45", 1), ("2026-W46", 1), ("2026-W47", 0), ("2026-W48", 0), ("2026-W49", 1)]


def test_pay_distribution_quartiles(catalog):
    ds = build_datasette(catalog)
    rows = {(r["occupation"], r["pay_unit"]): r for r in query(ds, "pay_distribution")}
    assert set(rows) == {("software_dev_tech", "hour"), ("unclassified", "hour"), ("writing_translation", "project")}
    software = rows[("software_dev_tech", "hour")]  # 20, 30, 40, 60
    assert {k: software[k] for k in ("listings", "min", "q1", "median", "q3", "max", "mean")} == {
        "listings": 4, "min": 20, "q1": 20, "median": 30, "q3": 40, "max": 60, "mean": 37.5}
    writing = rows[("writing_translation", "project")]  # 300, 500; the implausible hourly 25 is left out
    assert (writing["listings"], writing["q1"], writing["median"], writing["q3"], writing["mean"]) == (2, 300, 300, 500, 400)
    assert rows[("unclassified", "hour")]["median"] == 50
    hourly = query(ds, "pay_distribution", pay_unit="hour")
    assert {r["occupation"] for r in hourly} == {"software_dev_tech", "unclassified"}
    effective = {(r["occupation"], r["pay_unit"]): r for r in query(ds, "pay_distribution", measure="hourly")}
    assert effective[("writing_translation", "project")]["max"] == 50  # 500 USD for 10 hours
    assert effective[("software_dev_tech", "hour")]["listings"] == 3  # listing 8 has no hourly figure
    assert [r["listings"] for r in query(ds, "pay_distribution", source="b")] == [2]


def test_micro_share_by_source(catalog):
    rows = query(build_datasette(catalog), "micro_share_by_source")
    assert rows == [
        {"source": "b", "listings": 3, "micro": 2, "micro_percent": 66.7, "open": 2, "open_micro": 1},
        {"source": "a", "listings": 5, "micro": 3, "micro_percent": 60.0, "open": 2, "open_micro": 1},
    ]
    open_only = query(build_datasette(catalog), "micro_share_by_source", open_only="1")
    assert [(r["source"], r["listings"], r["micro_percent"]) for r in open_only] == [("a", 2, 50.0), ("b", 2, 50.0)]


def test_country_shares(catalog):
    ds = build_datasette(catalog)
    rows = query(ds, "country_shares")
    assert [(r["country"], r["listings"], r["percent"]) for r in rows] == [
        ("US", 4, 50.0), (None, 1, 12.5), ("DE", 1, 12.5), ("FR", 1, 12.5), ("GB", 1, 12.5)]
    assert sum(r["percent"] for r in rows) == 100
    assert [(r["country"], r["percent"]) for r in query(ds, "country_shares", source="b")] == [
        (None, 33.33), ("DE", 33.33), ("US", 33.33)]  # ties by country, NULL first


def test_time_to_close(catalog):
    ds = build_datasette(catalog)
    rows = {r["source"]: r for r in query(ds, "time_to_close")}
    # a: closed after 1, 10 and 2.5 days; b: after 4 days
    assert rows["a"] == {"source": "a", "listings": 5, "closed": 3, "closed_percent": 60.0, "median_days": 2.5,
                         "mean_days": 4.5, "q1_days": 1.0, "q3_days": 10.0, "max_days": 10.0}
    assert (rows["b"]["closed"], rows["b"]["closed_percent"], rows["b"]["median_days"]) == (1, 33.3, 4.0)
    assert [r["source"] for r in query(ds, "time_to_close", source="b")] == ["b"]


def test_queries_serve_csv(catalog):
    response = get(build_datasette(catalog), "/microgigs/country_shares.csv")
    assert response.status_code == 200
    lines = response.text.strip().splitlines()
    assert lines[0] == "country,listings,percent" and lines[1] == "US,4,50.0"


# --- data dictionary ---

def test_dictionary_json_has_every_column_with_null_rates_and_examples(catalog):
    data = get(build_datasette(catalog), "/-/dictionary.json").json()
    assert [c["column"] for c in data["listings"]] == list(LISTING_COLUMNS)
    columns = {c["column"]: c for c in data["listings"]}
    assert columns["country"]["null_rate"] == 0.125 and columns["country"]["type"] == "text"
    assert columns["occupation"]["null_rate"] == 0.125
    assert columns["posted_at"]["null_rate"] == 0.125
    assert columns["due_at"]["null_rate"] == 1.0 and columns["due_at"]["example"] is None
    assert columns["pay_min_usd"]["type"] == "real" and columns["pay_min_usd"]["null_rate"] == 0
    assert columns["pay_min_usd"]["example"] in [r["pay_min_usd"] for r in ROWS]
    assert columns["skills"]["empty_rate"] == 1.0 and columns["skills"]["type"] == "text (JSON)"
    assert columns["country"]["meaning"] == LISTING_COLUMNS["country"][1]
    assert columns["id"]["example"].startswith(("a:", "b:"))
    for name in ("raw", "description_text", "description_html"):  # short excerpts of long values
        assert 20 < len(columns[name]["example"]) <= 160 and columns[name]["example"].endswith("…"), name
    assert data["rows"] == 8 and data["schema_version"].startswith("m0")
    assert "aggregate query" in data["method"]


def test_dictionary_lists_the_other_tables_and_refreshes_when_the_file_changes(catalog):
    ds = build_datasette(catalog)
    data = get(ds, "/-/dictionary.json").json()
    tables = {t["table"]: t for t in data["tables"]}
    assert set(tables) == {"sources", "crawls", "rejects", "listing_changes", "listing_groups"}
    assert tables["listing_groups"]["rows"] == 0
    assert tables["crawls"]["rows"] == 3
    crawl_columns = {c["column"]: c for c in tables["crawls"]["columns"]}
    assert crawl_columns["started_at"]["type"] == "text" and crawl_columns["id"]["primary_key"]
    assert "suspect" in crawl_columns["status"]["meaning"]
    assert tables["sources"]["description"]
    assert get(ds, "/-/dictionary.json").json()["cached"] is True
    writer = CatalogWriter(catalog)  # a write changes the file: the profile is computed again
    writer.db["listings"].update("a:1", {"country": None})
    with writer.db.conn:
        writer.db.execute("INSERT INTO listing_groups VALUES ('a:1', 'a:1', 1), ('b:1', 'a:1', 0)")
    writer.close()
    again = get(ds, "/-/dictionary.json").json()
    assert again["cached"] is False
    assert {t["table"]: t["rows"] for t in again["tables"]}["listing_groups"] == 2
    assert {c["column"]: c for c in again["listings"]}["country"]["null_rate"] == 0.25


def test_dictionary_page(catalog):
    response = get(build_datasette(catalog), "/-/dictionary")
    assert response.status_code == 200
    page = response.text
    assert "<h1>Data dictionary</h1>" in page and 'href="/-/dictionary.json"' in page
    for column in LISTING_COLUMNS:
        assert f'<tr id="col-{column}">' in page
    assert "12.5%" in page and "100.0%" in page  # country, due_at
    assert 'id="table-crawls"' in page and "cached until the database file changes" in page
    assert "<p>Work number" not in page  # an HTML example is shown escaped
    assert "&lt;p&gt;Work number" in page


def test_dictionary_on_an_empty_catalog(tmp_path):
    CatalogWriter(str(tmp_path / "empty.db")).close()
    ds = build_datasette(str(tmp_path / "empty.db"))
    data = get(ds, "/-/dictionary.json").json()
    assert data["rows"] == 0 and all(c["null_rate"] is None for c in data["listings"])
    assert get(ds, "/-/dictionary").status_code == 200


# --- research page ---

def test_research_page_links_every_chart_to_its_query_and_csv(catalog):
    ds = build_datasette(catalog)
    page = get(ds, "/-/research").text
    for name in ("listings_per_week_by_occupation", "pay_distribution", "micro_share_by_source", "country_shares",
                 "time_to_close"):
        assert f'href="/microgigs/{name}' in page and f'href="/microgigs/{name}.csv' in page, name
    assert 'href="/microgigs/pay_distribution.csv?pay_unit=hour"' in page
    assert '<script src="/static/chart.umd.min.js" defer></script>' in page
    assert 'id="mg-charts"' in page and "<noscript>" in page
    for url in re.findall(r'href="(/microgigs/[^"]+\.csv[^"]*)"', page):  # every link answers
        assert get(ds, url.replace("&amp;", "&")).status_code == 200, url


def test_research_page_filters_reach_the_queries_that_take_them(catalog):
    ds = build_datasette(catalog)
    page = get(ds, "/-/research?source=b&since=2026-11-01").text
    assert 'href="/microgigs/time_to_close.csv?since=2026-11-01&amp;source=b"' in page
    assert 'href="/microgigs/micro_share_by_source.csv?since=2026-11-01"' in page  # it takes no source
    assert '<option value="b" selected>' in page
    chart_json = re.search(r'<script type="application/json" id="mg-charts">(.*?)</script>', page, re.S).group(1)
    assert "/microgigs/time_to_close.json?since=2026-11-01&source=b" in chart_json


def test_chart_library_and_script_are_served_offline(catalog):
    ds = build_datasette(catalog)
    library = get(ds, "/static/chart.umd.min.js")
    assert library.status_code == 200 and "Chart.js v4.6.1" in library.text[:200]
    assert "MIT License" in get(ds, "/static/chart.js-LICENSE.md").text
    script = get(ds, "/static/research.js").text
    assert "fetch(" in script and "http://" not in script and "https://" not in script
    page = get(ds, "/-/research").text
    assert not re.search(r'(src|href)="(https?:)?//[^"]*\.(js|css)', page)  # nothing from a CDN


# --- in a real browser ---

@pytest.fixture
def served(catalog):
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "scrapers.cli", "serve", "--db", catalog, "--port", str(port)],
                              cwd=Path(__file__).resolve().parent.parent, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/-/settings.json", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.browser
def test_research_charts_draw_in_headless_chromium_from_this_origin_only(served):
    from scrapers.platforms.playwright_page import system_chromium

    if system_chromium() is None:
        pytest.skip("no system Chromium (tests/run installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=system_chromium(), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            errors, requests = [], []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("request", lambda request: requests.append(request.url))
            page.goto(served + "/-/research")
            # a locator, not wait_for_function: the page's CSP forbids the eval that one needs
            page.locator(".canvas-box:not([hidden])").nth(8).wait_for(timeout=30000)
            assert page.locator(".canvas-box:not([hidden])").count() == 9
            assert errors == [] and all(url.startswith(served) for url in requests), (errors, requests)
            assert page.eval_on_selector_all(".status", "els => els.map(e => e.textContent).join('')") == ""
            # each chart's data came from its canned query's JSON
            assert any("/microgigs/time_to_close.json?_shape=array" in url for url in requests)
            # the index states its base week and why, the panel names its sources, the partial week is marked
            about = page.locator("#about-weekly-index").text_content()
            assert "Base: 2026-W45 = 100" in about and "No week has 10 listings in every series" in about
            assert "(partial)" in about and "Fixed panel: a." in page.locator("#about-weekly-index-panel").text_content()
            # a bad filter: the page says why, and no chart is drawn
            page.goto(served + "/-/research?since=yesterday")
            assert "since \"yesterday\" must be an ISO date" in page.locator("[role=alert]").text_content()
            assert page.locator("canvas").count() == 0
            no_script = browser.new_context(java_script_enabled=False).new_page()
            no_script.goto(served + "/-/research")
            links = no_script.eval_on_selector_all(".links a", "els => els.map(e => e.getAttribute('href'))")
            assert len(links) == 9 * 3 and sum(".csv" in link for link in links) == 9
        finally:
            browser.close()


def test_a_slow_profile_is_not_recomputed_on_every_write(catalog, monkeypatch):
    from datasette.plugins import pm

    ds = build_datasette(catalog)
    get(ds, "/-/dictionary.json")
    plugin = pm.get_plugin("research.py")  # the module Datasette loaded from db/datasette/plugins/
    monkeypatch.setattr(plugin, "SLOW_SECONDS", -1)  # as if the scan were slow
    writer = CatalogWriter(catalog)
    writer.db["listings"].update("a:1", {"country": None})
    writer.close()
    assert get(ds, "/-/dictionary.json").json()["cached"] is True
    monkeypatch.setattr(plugin, "RECOMPUTE_SECONDS", 0)
    again = get(ds, "/-/dictionary.json").json()
    assert again["cached"] is False and {c["column"]: c for c in again["listings"]}["country"]["null_rate"] == 0.25


def test_queries_count_a_gig_once_and_every_copy_on_request(tmp_path):
    """A gig posted on two sources (grouped by dedupe) counts once, under its canonical listing's source;
    copies=1 counts both copies."""
    from db.dedupe import group_duplicates

    texts = {1: "Design a logo for a bakery in Lisbon with three concepts and two rounds of revisions",
             2: "Proofread a twenty page thesis on marine biology before the end of the month",
             3: "Label two thousand street images for a student robotics team and check the labels"}
    rows = [row(n, title=f"Gig {n}", description_text=text, country="US", is_micro=1, posted_at="2026-11-03T00:00:00Z")
            for n, text in texts.items()]
    rows.append(row(4, source="b", title="Gig 1", description_text=texts[1], country="US", is_micro=1,
                    posted_at="2026-11-03T00:00:00Z", first_seen_at="2026-11-05T00:00:00Z"))
    writer = CatalogWriter(str(tmp_path / "gigs.db"))
    writer.upsert_listings(rows, crawl_id="c1", seen_at="2026-12-01T00:00:00Z", keep_lifecycle=True)
    writer.close()
    assert group_duplicates(str(tmp_path / "gigs.db"))["grouped"] == 2
    ds = build_datasette(str(tmp_path / "gigs.db"))
    for copies, per_source, us in (("", {"a": 3}, 3), ("1", {"a": 3, "b": 1}, 4)):
        assert {r["source"]: r["listings"] for r in query(ds, "micro_share_by_source", copies=copies)} == per_source
        assert {r["country"]: r["listings"] for r in query(ds, "country_shares", copies=copies)} == {"US": us}
        weekly = query(ds, "listings_per_week_by_occupation", copies=copies, occupation="all")
        assert sum(r["listings"] for r in weekly) == us
    page = get(ds, "/-/research?copies=1").text
    assert "copies=1" in page and 'name="copies" type="checkbox" value="1" checked' in page


# --- parameters, CSV, coverage ---

@pytest.mark.parametrize("params, message", [
    ("since=yesterday", 'since "yesterday" must be an ISO date'),
    ("since=2026-13-45", 'since "2026-13-45" must be an ISO date'),
    ("since=2026-11-02%2009:00", 'since "2026-11-02 09:00" must be an ISO date'),  # compared as text: T, not a space
    ("until=2026-11-01&since=2026-11-09", "until 2026-11-01 must come after since 2026-11-09"),
    ("base=47", 'base "47" must be an ISO week such as 2026-W47'),
    ("base=2026-W54", "is not a week of 2026"),
    ("min_base=0", "must be a whole number from 1"),
    ("panel=some", 'panel "some" must be one of all, fixed'),
    ("occupation=plumbing", "must be one of software_dev_tech"),
    ("micro=yes", 'micro "yes" must be one of 0, 1'),
    ("source=nosuch", 'source "nosuch" has no listings or crawls in this catalog; its sources are a, b'),
])
def test_a_bad_parameter_is_answered_with_a_message_never_an_empty_table(catalog, params, message):
    ds = build_datasette(catalog)
    for fmt in (".json?_shape=array&", ".csv?", "?"):
        response = get(ds, f"/microgigs/listings_per_week_by_occupation{fmt}{params}")
        assert response.status_code == 400, (fmt, response.text)
        assert message in (response.json()["error"] if fmt.startswith(".json") else html.unescape(response.text))
    if params.startswith("panel"):
        return  # the page draws both panels: it takes no panel parameter
    page = get(ds, f"/-/research?{params}")
    assert page.status_code == 400 and 'role="alert"' in page.text and message in html.unescape(page.text)
    assert 'id="mg-charts">[]<' in page.text  # no chart drawn from a filter the catalog cannot read


def test_good_parameters_pass_the_check(catalog):
    ds = build_datasette(catalog)
    # a parameter given twice: the query reads the first, so the first is checked
    assert get(ds, "/microgigs/listings_per_week_by_occupation.json?since=yesterday&since=2026-11-01").status_code == 400
    for params in ("since=2026-11-02&until=2026-11-30T12:00:00Z", "base=2026-W46&min_base=3&panel=fixed",
                   "micro=0&copies=1&by=first_seen&occupation=all", "source=a", "since="):
        assert get(ds, f"/microgigs/listings_per_week_by_occupation.json?{params}").status_code == 200, params
    assert get(ds, "/microgigs/pay_distribution.json?pay_unit=piece&measure=hourly").status_code == 200
    assert get(ds, "/microgigs/pay_distribution.json?pay_unit=hours").status_code == 400
    assert get(ds, "/microgigs/country_shares.json?remote=remote&open_only=1").status_code == 200
    assert get(ds, "/microgigs/country_shares.json?open_only=yes").status_code == 400
    # open_only=0 means every listing (it once meant open only: any value but '' did)
    assert query(ds, "micro_share_by_source", open_only="0") == query(ds, "micro_share_by_source")


def test_csv_is_served_as_text_csv(catalog):
    ds = build_datasette(catalog)
    for url in ("/microgigs/country_shares.csv", "/microgigs/coverage_per_week_by_source.csv?source=a",
                "/microgigs/listings.csv?_size=2", "/microgigs/country_shares.csv?_dl=1"):
        response = get(ds, url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/csv; charset=utf-8"), url
    assert get(ds, "/microgigs/country_shares.json").headers["content-type"].startswith("application/json")


def test_coverage_per_week_by_source(catalog):
    rows = query(build_datasette(catalog), "coverage_per_week_by_source")
    a = [(r["week"], r["crawls"], r["ok_crawls"], r["stored"], r["new_listings"]) for r in rows if r["source"] == "a"]
    # a: crawled in W45 and W49, nothing in between (a gap), listings first seen on 11-01 (W44), 11-04, 11-10, 11-30
    assert a == [("2026-W44", 0, 0, 0, 2), ("2026-W45", 1, 1, 4, 1), ("2026-W46", 0, 0, 0, 1), ("2026-W47", 0, 0, 0, 0),
                 ("2026-W48", 0, 0, 0, 0), ("2026-W49", 1, 1, 4, 1)]
    b = [(r["week"], r["crawls"], r["new_listings"]) for r in rows if r["source"] == "b"]
    assert b == [("2026-W44", 0, 1), ("2026-W45", 1, 0), ("2026-W46", 0, 1), ("2026-W47", 0, 1)]
    assert sum(r["new_listings"] for r in rows) == len(ROWS)
    only = query(build_datasette(catalog), "coverage_per_week_by_source", source="b", since="2026-11-09")
    assert [(r["week"], r["new_listings"]) for r in only] == [("2026-W46", 1), ("2026-W47", 1)]


def test_coverage_page_lists_sources_boards_and_the_bias(catalog):
    ds = build_datasette(catalog)
    data = get(ds, "/-/coverage.json").json()
    assert [s["source"] for s in data["sources"]] == ["a", "b"]
    assert data["period"]["first_crawl"] == "2026-11-02T00:00:00Z" and data["period"]["crawls"] == 3
    assert data["boards"]["lever"]["boards"] > 200 and "career_unplugged" in data["bias"]
    page = get(ds, "/-/coverage")
    assert page.status_code == 200
    text = page.text
    for source in ("a", "b"):
        assert f'<tr id="source-{source}">' in text
    for platform in ("greenhouse", "lever", "ashby", "bamboohr", "workable", "jsonld"):
        assert f'<tr id="boards-{platform}">' in text and f"scrapers/data/{platform}_" in text, platform
    assert "matthew-holman/career_unplugged" in text and "alphabetical order" in text
    assert "2026-11-02T00:00:00Z" in text and "2026-11-30T00:05:00Z" in text  # first and last crawl
    assert 'href="/microgigs/coverage_per_week_by_source"' in text
    assert 'href="/-/coverage"' in get(ds, "/-/research").text
    assert get(ds, "/-/coverage.json").json()["cached"] is True


def test_research_page_form_offers_every_parameter(catalog):
    page = get(build_datasette(catalog), "/-/research?min_base=3&by=first_seen&micro=1").text
    for name in ("since", "until", "source", "micro", "remote", "open_only", "copies", "occupation", "by", "base",
                 "min_base", "measure"):
        assert f'name="{name}"' in page, name
    assert '<option value="first_seen" selected>' in page and 'value="3"' in page
    charts = json.loads(re.search(r'id="mg-charts">(.*?)</script>', page, re.S).group(1))
    index, panel = charts[0], charts[1]
    assert "panel=all" in index["json_url"] and "panel=fixed" in panel["json_url"]
    assert "min_base=3" in panel["json_url"] and index["min_base"] == 3 and panel["empty"]


def test_coverage_shows_no_server_path(catalog):
    ds = build_datasette(catalog)
    for path in ("/-/coverage", "/-/coverage.json"):
        text = get(ds, path).text
        assert str(Path(catalog).parent) not in text and str(Path(__file__).resolve().parent.parent) not in text, path


def test_docs_coverage_table_matches_the_board_lists():
    from db.export import board_lists

    lists = board_lists()
    text = (Path(__file__).resolve().parent.parent / "docs" / "coverage.md").read_text(encoding="utf-8")
    table = re.findall(r"^\| `(\w+)` \| ([\d,]+) \| (\d+) \|[^|]*\|\s*([^|]*?)\s*\|$", text, re.M)
    assert {platform for platform, *_ in table} == set(lists)
    for platform, boards, demo, letters in table:
        assert (int(boards.replace(",", "")), int(demo)) == (lists[platform]["boards"], lists[platform]["sample_boards"])
        stated = re.search(r"(\d+)(?: of 26)? letters", letters)
        if stated:
            assert int(stated.group(1)) == lists[platform]["letters_used"], platform
        if "% a or a digit" in letters:
            assert f"{lists[platform]['initials_a_or_digit_percent']}% a or a digit" in letters, platform
    total = sum(entry["boards"] for entry in lists.values())
    seeds = sum(entry["found_in"].get("matthew-holman/career_unplugged", 0) for entry in lists.values())
    assert f"{total:,} real boards in all; {seeds:,} of them ({round(100 * seeds / total)}%)" in text
