"""The students' and career centers' catalog in process: home page search, filters and facet counts, listing
pages, the Atom feed, the embed builder and the iframe widget, escaping and headers."""
import asyncio
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote, unquote

import pytest

from db import present
from db.schema import LISTING_COLUMNS
from db.serve import build_datasette
from db.writer import CatalogWriter

ATOM = "{http://www.w3.org/2005/Atom}"


def listing(n, **fields):
    row = {c: None for c in LISTING_COLUMNS}
    row.update(id=f"demo:{n}", source="demo", source_id=str(n), url=f"https://x.example.com/{n}", title=f"Listing {n}",
               description_text="General work.", posted_at=f"2026-11-{10 + n:02d}T00:00:00Z", is_micro=0, is_paid=1,
               skills=[], tags=[], micro_reasons=[], flags=[], raw={})
    row.update(fields)
    return row


HOSTILE_TITLE = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1"> Hostile gig'


@pytest.fixture
def catalog(tmp_path):
    path = str(tmp_path / "x.db")
    writer = CatalogWriter(path)
    writer.upsert_listings([
        listing(1, title="Logo design for a bakery", company="Crumb & Co", remote="remote", country="US",
                occupation="creative_multimedia", description_text="A small logo design project, about 12 hours.",
                description_html="<p>A small <strong>logo design</strong> project, about 12 hours.</p>",
                pay_min=300, pay_max=300, pay_currency="USD", pay_unit="project", hours_min=12, hours_max=12,
                hourly_usd_min=25, hourly_usd_max=25, is_micro=1, entry_level=1, expires_at="2099-01-01T00:00:00Z"),
        listing(2, title="Data entry task", remote="onsite", country="DE", occupation="clerical_data_entry",
                description_text="Copy 2,000 rows into a sheet; design not needed.", pay_min=15, pay_max=15,
                pay_currency="EUR", pay_unit="hour", hourly_usd_min=16, hourly_usd_max=16, hours_max=20, is_micro=1,
                expires_at="2020-01-01T00:00:00Z"),
        listing(3, title="Senior designer", description_text="Full-time design lead.", remote="remote",
                occupation="creative_multimedia", is_micro=0, entry_level=0),
        listing(4, title="Closed logo gig", description_text="logo", is_micro=1),
        listing(5, title="Unpaid logo for a charity", description_text="A logo, for exposure.", is_paid=0, is_micro=0),
        listing(6, title=HOSTILE_TITLE, company='<b onmouseover="x()">Evil</b>',
                description_text='logo <script>window.__xss=1</script>',
                description_html='<p onclick="x()">logo</p><script>window.__xss=1</script>'
                                 '<a href="javascript:window.__xss=1">click</a><style>body{display:none}</style>',
                is_micro=1),
    ], crawl_id="c", seen_at="2026-11-24T00:00:00Z")
    writer.db["listings"].update("demo:4", {"closed_at": "2026-11-24T06:00:00Z"})
    writer.upsert_source({"name": "demo", "kind": "api", "home_url": "https://x.example.com",
                          "attribution": "Job via Demo", "collected": 1, "listings": 6})
    writer.close()
    return path


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def card_titles(page: str) -> list[str]:
    return re.findall(r'<h3 class="mg-card-title"><a href="[^"]+">([^<]*(?:&lt;[^<]*)*)</a>', page)


def test_home_page_ranks_a_search_as_cards_with_pay_as_people_say_it(catalog):
    page = get(build_datasette(catalog), "/?q=logo").text
    assert "Logo design for a bakery" in page
    assert "$300 flat · about 12 h · ≈ $25/h" in page
    assert "<mark>logo</mark>" in page.lower()
    assert "Job via Demo" in page and "apply by 1 Jan 2099" in page
    assert "Closed logo gig" not in page  # closed listings leave the search
    assert "Unpaid logo" not in page  # paid only is on by default


def test_submitted_form_without_paid_shows_unpaid_too(catalog):
    page = get(build_datasette(catalog), "/?s=1&q=logo").text
    assert "Unpaid logo for a charity" in page and "unpaid" in page


@pytest.mark.parametrize("query, expected", [
    ("s=1&remote=onsite", {"Data entry task"}),
    ("s=1&occupation=creative_multimedia&q=design", {"Logo design for a bakery", "Senior designer"}),
    ("s=1&country=us", {"Logo design for a bakery"}),
    ("s=1&min_hourly_usd=20", {"Logo design for a bakery"}),
    ("s=1&max_hours=15", {"Logo design for a bakery"}),
    ("s=1&entry_level=1", {"Logo design for a bakery"}),
    ("s=1&micro=1&q=design", {"Logo design for a bakery", "Data entry task"}),
])
def test_each_filter_narrows_the_results(catalog, query, expected):
    page = get(build_datasette(catalog), "/?" + query).text
    titles = {t for t in card_titles(page)}
    assert titles == expected, (query, titles)


def test_deadline_filter_keeps_open_and_undated_listings(catalog):
    page = get(build_datasette(catalog), "/?s=1&deadline_after=today").text
    titles = set(card_titles(page))
    assert "Data entry task" not in titles  # its apply-by date passed
    assert {"Logo design for a bakery", "Senior designer"} <= titles


def test_facet_counts_are_shown_beside_the_filters(catalog):
    page = get(build_datasette(catalog), "/?s=1&q=design").text
    assert re.search(r'value="creative_multimedia"\s*>Creative and multimedia \(2\)', page)
    assert re.search(r'value="remote"\s*>Remote \(2\)', page)
    assert "3 listings" in page


def test_newest_order_and_paging(catalog):
    ds = build_datasette(catalog)
    first = card_titles(get(ds, "/?s=1&sort=newest&size=2").text)
    second = card_titles(get(ds, "/?s=1&sort=newest&size=2&page=2").text)
    assert len(first) == 2 and len(second) == 2 and not set(first) & set(second)
    assert first[0].startswith("&lt;script&gt;")  # the newest: posted 16 Nov


def test_json_api_and_feed_match_the_page(catalog):
    ds = build_datasette(catalog)
    rows = get(ds, "/microgigs/search.json?_shape=array&q=logo&paid=1").json()
    assert [r["title"] for r in rows][0] == "Logo design for a bakery"
    assert rows[0]["summary"] == "$300 flat · about 12 h · ≈ $25/h" and rows[0]["attribution"] == "Job via Demo"
    feed = get(ds, "/microgigs/search_feed.atom?q=logo&paid=1")
    assert feed.status_code == 200
    entries = ET.fromstring(feed.content).findall(f"{ATOM}entry")
    assert {e.find(f"{ATOM}id").text for e in entries} == {r["id"] for r in rows}
    assert all(e.find(f"{ATOM}link").get("href").startswith("https://") for e in entries)


def test_feed_of_a_search_without_matches_is_still_a_feed(catalog):
    feed = get(build_datasette(catalog), "/microgigs/search_feed.atom?q=nothingmatchesthis")
    assert feed.status_code == 200
    entries = ET.fromstring(feed.content).findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}id").text for e in entries] == ["microgigs:no-match"]


def test_feed_content_is_sanitized(catalog):
    feed = get(build_datasette(catalog), "/microgigs/search_feed.atom?q=hostile").text
    assert "<script" not in feed.replace("&lt;script", "") and "onclick" not in feed and "javascript:" not in feed


def test_listing_page_shows_facts_description_and_similar(catalog):
    ds = build_datasette(catalog)
    page = get(ds, "/-/listing/" + quote("demo:1", safe="")).text
    assert "<h1>Logo design for a bakery</h1>" in page
    assert "$300 flat" in page and "about 12 h" in page and "≈ $25/h" in page
    assert "<strong>logo design</strong>" in page  # sanitized HTML is rendered
    assert 'href="https://x.example.com/1"' in page and "Apply on demo" in page
    assert "first 24 Nov 2026, last 24 Nov 2026" in page
    assert "Similar listings" in page and "Unpaid logo for a charity" in page and "Closed logo gig" not in page


def test_listing_page_lists_the_same_work_on_other_sources(catalog):
    writer = CatalogWriter(catalog)
    writer.db.execute("INSERT INTO listing_groups VALUES ('demo:1', 'g', 1), ('demo:2', 'g', 0)")  # table: m010
    writer.db.conn.commit()
    page = get(build_datasette(catalog), "/-/listing/demo%3A1").text
    assert "The same work on other sources" in page and "Data entry task" in page


def test_missing_listing_is_a_404_page(catalog):
    response = get(build_datasette(catalog), "/-/listing/demo%3A404")
    assert response.status_code == 404 and "No such listing" in response.text


@pytest.mark.parametrize("path", ["/?q=hostile&s=1", "/-/listing/demo%3A6", "/-/widget?q=hostile"])
def test_hostile_text_is_escaped_everywhere(catalog, path):
    response = get(build_datasette(catalog), path)
    page = response.text
    assert response.status_code == 200
    assert "Hostile gig" in page
    assert "<script>window" not in page and "onerror=" not in page.replace("onerror=&#34;", "").replace(
        "onerror=&quot;", "")
    assert 'onclick="' not in page and 'onmouseover="' not in page and "javascript:" not in page
    assert "<style>" not in page
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_embed_builder_makes_both_snippets_from_presets(catalog):
    ds = build_datasette(catalog)
    page = get(ds, "/-/embed?q=logo&occupation=creative_multimedia&theme=%23aa3300&size=5&entry_level=1").text
    assert "static/embed.js" in page and "data-q=&#34;logo&#34;" in page and "data-theme=&#34;#aa3300&#34;" in page
    assert "&lt;iframe src=&#34;http://localhost/-/widget?q=logo&amp;occupation=creative_multimedia" in page
    data = get(ds, '/-/embed.json?q=a"b&theme=red;x&size=500').json()
    assert 'data-q="a&quot;b"' in data["script_snippet"]  # an attribute value cannot break out
    assert data["presets"]["theme"] == "#1f5f8b" and data["presets"]["size"] == "10"


def test_widget_applies_presets_and_paid_only(catalog):
    page = get(build_datasette(catalog), "/-/widget?q=logo&theme=%23aa3300&size=5").text
    assert "Logo design for a bakery" in page and "Unpaid logo" not in page
    assert "--mg-theme: #aa3300" in page
    assert '<input type="hidden" name="size" value="5">' in page


def test_embed_script_is_served_with_the_catalog(catalog):
    script = get(build_datasette(catalog), "/static/embed.js")
    assert script.status_code == 200 and "attachShadow" in script.text and 'credentials: "omit"' in script.text


@pytest.mark.parametrize("args, text", [
    ((300, 300, "USD", "project"), "$300 flat"),
    ((250, 750, "USD", "project"), "$250–750 flat"),
    ((25, 35, "EUR", "hour"), "€25–35/h"),
    ((None, 15000, "INR", "month"), "up to ₹15k/month"),
    ((400, 400, "GBP", "day"), "£400/day"),
    ((1200, 1200, "SEK", None), "kr 1,200"),
    ((50000, 70000, None, "year"), "50k–70k/year (currency not stated)"),
    ((12.5, 12.5, "CHF", "hour"), "CHF 12.50/h"),
    ((100, 100, "ZAR", "project"), "100 ZAR flat"),
])
def test_pay_is_written_as_people_say_it(args, text):
    assert present.pay_text(*args) == text


def test_effort_and_summary_wording():
    assert present.effort_text(10, 15) == "10–15 h"
    assert present.effort_text(None, None, 10, 21) == "10 h/week over 3 weeks"
    assert present.effort_text(None, None, None, 3) == "3 days"
    assert present.effort_text() is None and present.hourly_text() is None
    assert present.pay_text(None, None, is_paid=0) == "unpaid"
    # an hourly USD rate is not repeated as its effective hourly
    assert present.summary(20, 20, "USD", "hour", 1, None, None, None, None, 20, 20) == "$20/h"
    assert present.summary(float("nan"), None, "USD", "hour", 1, None, None, None, None, None, None) is None
    assert present.snippet_html("<b>\x02x\x03</b>") == "&lt;b&gt;<mark>x</mark>&lt;/b&gt;"


def test_search_plan_walks_candidates_not_the_catalog(catalog):
    """The costs that grow with the catalog stay out of the plan: no sort of every open listing for the newest,
    and listings looked up by rowid from the candidates (never the candidates probed per open listing)."""
    import sqlite3

    from db.search import MATCHED, clean_params, fts_query

    conn = sqlite3.connect(catalog)
    conn.create_function("mg_fts_query", 1, fts_query)
    plan = " | ".join(row[3] for row in conn.execute("explain query plan " + MATCHED + " select count(*) from matched",
                                                      clean_params({"paid": "1"})))
    assert "idx_listings_posted_at" in plan, plan
    assert "SEARCH l USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
    assert "AUTOMATIC" not in plan, plan


@pytest.mark.parametrize("query", ["q=logo", "q=design&sort=newest", "", "size=2&page=2", "q=design&size=1&page=3",
                                   "remote=remote&sort=newest"])
def test_home_page_shows_exactly_the_api_search(catalog, query):
    """The page reads its cards by rowid after one search: same listings, same order as the canned query."""
    ds = build_datasette(catalog)
    api = [r["id"] for r in get(ds, f"/microgigs/search.json?_shape=array&{query}").json()]
    page = get(ds, f"/?s=1&{query}").text
    shown = [unquote(m) for m in re.findall(r'<h3 class="mg-card-title"><a href="/-/listing/([^"]+)"', page)]
    assert shown == api and (api or query == "q=design&size=1&page=3")
