"""The researchers' workbench: data dictionary (/-/dictionary, .json), canned queries (values checked on a small
catalog whose answers are worked out by hand), the research page and its vendored chart library."""
import asyncio
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
                             "country_shares", "time_to_close"}
    merged = load_metadata()["databases"]["microgigs"]["queries"]
    for name, spec in research.items():
        assert spec["title"] and len(spec["description"]) > 60, name
        assert merged[name]["sql"] == spec["sql"]
        assert set(spec["params"]) == set(re.findall(r":(\w+)", spec["sql"])), name


def test_listings_per_week_by_occupation_is_an_index_with_zero_weeks(catalog):
    rows = query(build_datasette(catalog), "listings_per_week_by_occupation")
    table = {(r["week"], r["occupation"]): (r["listings"], r["index"]) for r in rows}
    weeks = ["2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"]
    assert sorted({r["week"] for r in rows}) == weeks
    assert {r["week"]: r["week_start"] for r in rows}["2026-W46"] == "2026-11-09"
    assert [table[(w, "software_dev_tech")] for w in weeks] == [(2, 100), (1, 50), (0, 0), (0, 0), (1, 50)]
    # the series' first week with listings is its base: writing starts in W46 (a Monday and a Sunday)
    assert [table[(w, "writing_translation")] for w in weeks] == [(0, 0), (2, 100), (1, 50), (0, 0), (0, 0)]
    assert [table[(w, "unclassified")][0] for w in weeks] == [0, 0, 1, 0, 0]
    assert [table[(w, "all")] for w in weeks] == [(2, 100), (3, 150), (2, 100), (0, 0), (1, 50)]
    assert len(rows) == 5 * 4


def test_weekly_index_filters(catalog):
    ds = build_datasette(catalog)
    rows = query(ds, "listings_per_week_by_occupation", source="b")
    assert {r["occupation"] for r in rows} == {"writing_translation", "all"}
    assert [r["listings"] for r in rows if r["occupation"] == "all"] == [2, 1]  # W46, W47
    assert [r["index"] for r in query(ds, "listings_per_week_by_occupation", occupation="all")] == [100, 150, 100, 0, 50]
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
    assert 'href="/microgigs/time_to_close.csv?source=b&amp;since=2026-11-01"' in page
    assert 'href="/microgigs/micro_share_by_source.csv?since=2026-11-01"' in page  # it takes no source
    assert '<option value="b" selected>' in page
    chart_json = re.search(r'<script type="application/json" id="mg-charts">(.*?)</script>', page, re.S).group(1)
    assert "/microgigs/time_to_close.json?source=b" in chart_json


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
            page.locator(".canvas-box:not([hidden])").nth(6).wait_for(timeout=30000)
            assert page.locator(".canvas-box:not([hidden])").count() == 7
            assert errors == [] and all(url.startswith(served) for url in requests), (errors, requests)
            assert page.eval_on_selector_all(".status", "els => els.map(e => e.textContent).join('')") == ""
            # each chart's data came from its canned query's JSON
            assert any("/microgigs/time_to_close.json?_shape=array" in url for url in requests)
            no_script = browser.new_context(java_script_enabled=False).new_page()
            no_script.goto(served + "/-/research")
            links = no_script.eval_on_selector_all(".links a", "els => els.map(e => e.getAttribute('href'))")
            assert len(links) == 7 * 3 and sum(".csv" in link for link in links) == 7
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
