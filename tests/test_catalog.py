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
    return re.findall(r'<h3 class="mg-card-title"><a href="[^"]+"[^>]*>([^<]*(?:&lt;[^<]*)*)</a>', page)


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
    assert {e.find(f"{ATOM}id").text for e in entries} == {f"tag:localhost,2026:listing/{r['id']}" for r in rows}
    assert all(e.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("https://") for e in entries)


def test_feed_of_a_search_without_matches_is_still_a_feed(catalog):
    feed = get(build_datasette(catalog), "/microgigs/search_feed.atom?q=nothingmatchesthis")
    assert feed.status_code == 200
    entries = ET.fromstring(feed.content).findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}id").text for e in entries] == ["tag:localhost,2026:no-match?q=nothingmatchesthis"]


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


def test_embed_snippets_send_no_referrer_and_size_the_iframe(catalog):
    data = get(build_datasette(catalog), "/-/embed.json?q=logo").json()
    assert 'referrerpolicy="no-referrer"' in data["script_snippet"]
    iframe, resize = data["iframe_snippet"].split("\n")
    assert iframe.startswith("<iframe ") and 'referrerpolicy="no-referrer"' in iframe
    assert resize == ('<script src="http://localhost/static/widget-resize.js" referrerpolicy="no-referrer" async>'
                      '</script>')


@pytest.mark.parametrize("preset, value", [("micro", "1"), ("deadline_after", "today"), ("posted_within_days", "7"),
                                           ("max_hours", "15"), ("sort", "newest"), ("paid", "any"),
                                           ("mode", "dark"), ("font", "inherit"), ("country", "DE"),
                                           ("source", "demo")])
def test_every_home_page_filter_is_a_widget_preset(catalog, preset, value):
    ds = build_datasette(catalog)
    data = get(ds, f"/-/embed.json?{preset}={value}").json()
    attribute = f'data-{preset.replace("_", "-")}="{value}"'
    assert attribute in data["script_snippet"] and f"{preset}={value}" in data["iframe_snippet"]
    assert data["presets"][preset] == value
    builder = get(ds, f"/-/embed?{preset}={value}").text
    assert re.search(rf'name="{preset}"[^>]*(?:value="{value}"[^>]*(?:checked|>)|>.*?value="{value}" selected)',
                     builder, re.S), preset


@pytest.mark.parametrize("preset", ["max_hours=abc", "mode=neon", "font=comic", "sort=rank;", "country=USA",
                                    "deadline_after=soon", "posted_within_days=-1"])
def test_a_preset_the_widget_cannot_use_is_left_out(catalog, preset):
    data = get(build_datasette(catalog), f"/-/embed.json?{preset}").json()
    name = preset.split("=")[0]
    assert data["presets"][name] == "" and f"data-{name.replace('_', '-')}" not in data["script_snippet"]


def test_widget_presets_filter_like_the_home_page(catalog):
    ds = build_datasette(catalog)
    widget = card_titles(get(ds, "/-/widget?micro=1&max_hours=15&paid=any").text)
    home = card_titles(get(ds, "/?s=1&micro=1&max_hours=15").text)
    assert widget == home == ["Logo design for a bakery"]
    assert "Unpaid logo for a charity" in get(ds, "/-/widget?q=logo&paid=any").text
    assert "Unpaid logo for a charity" not in get(ds, "/-/widget?q=logo").text


def test_widget_pages_and_more_lead_to_the_same_search(catalog):
    ds = build_datasette(catalog)
    first = get(ds, "/-/widget?size=2&occupation=creative_multimedia&q=design&theme=%23aa3300").text
    assert "2 listings" in first
    page = get(ds, "/-/widget?size=1&q=logo").text
    next_link = re.search(r'<a id="mg-next" rel="next" target="_self" href="([^"]+)"', page).group(1)
    assert next_link.replace("&amp;", "&") == "/-/widget?theme=%231f5f8b&size=1&q=logo&page=2#mg-next"
    second = get(ds, next_link.replace("&amp;", "&").split("#")[0]).text
    assert card_titles(second) and card_titles(second) != card_titles(page) and 'id="mg-prev"' in second
    more = re.search(r'<a href="([^"]+)" rel="noopener">more on microgigs</a>', first).group(1)
    assert more.replace("&amp;", "&") == "/?q=design&paid=1&occupation=creative_multimedia&s=1"


def test_widget_cards_say_nothing_for_a_missing_company(catalog):
    page = get(build_datasette(catalog), "/-/widget?q=data").text
    meta, = re.findall(r'<p class="mg-card-meta">([^<]*)</p>', page)
    assert meta == "On site · DE"  # no leading " · " where the company would be
    assert "mg-snippet" in page


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

    from db.search import MATCHED, clean_params, register_search_functions

    conn = sqlite3.connect(catalog)
    register_search_functions(conn)
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
    shown = [unquote(m) for m in re.findall(r'<h3 class="mg-card-title"><a href="/-/listing/([^"?]+)', page)]
    assert shown == api and (api or query == "q=design&size=1&page=3")


def parsed_feed(ds, query: str) -> ET.Element:
    response = get(ds, "/microgigs/search_feed.atom?" + query)
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")


def assert_valid_atom(feed: ET.Element) -> None:
    """RFC 4287's requirements of atom:feed and atom:entry (4.1.1, 4.1.2): one id (an IRI), title and updated
    each; an author on the feed or on every entry; a link rel=alternate or content in each entry; ids unique."""
    assert feed.tag == f"{ATOM}feed"
    for element in (feed, *feed.findall(f"{ATOM}entry")):
        for name in ("id", "title", "updated"):
            assert len(element.findall(f"{ATOM}{name}")) == 1, (element.tag, name)
        # RFC 4151's syntax, as feed validators check it: only these characters, others percent-encoded once
        assert re.fullmatch(r"tag:[a-z0-9.-]+,\d{4}(?:-\d{2}(?:-\d{2})?)?:[0-9a-zA-Z;/?:@&=+$.\-_!~*'(),]*"
                            r"(?:%[0-9A-F]{2}[0-9a-zA-Z;/?:@&=+$.\-_!~*'(),]*)*", element.find(f"{ATOM}id").text)
        assert not re.search(r"%25[0-9A-F]{2}", element.find(f"{ATOM}id").text)  # never encoded twice
        assert RFC3339.match(element.find(f"{ATOM}updated").text)
        assert element.find(f"{ATOM}title").text.strip()
        authors = element.findall(f"{ATOM}author") or feed.findall(f"{ATOM}author")
        assert authors and all(a.find(f"{ATOM}name") is not None and a.find(f"{ATOM}name").text for a in authors)
        for link in element.findall(f"{ATOM}link"):
            assert link.get("href", "").startswith(("http://", "https://"))
    entries = feed.findall(f"{ATOM}entry")
    assert len({e.find(f"{ATOM}id").text for e in entries}) == len(entries)
    for entry in entries:
        assert entry.findall(f"{ATOM}link[@rel='alternate']") or entry.find(f"{ATOM}content") is not None
        assert len(entry.findall(f"{ATOM}author")) == 1  # every entry says who posted it
    assert feed.find(f"{ATOM}link[@rel='self']") is not None and len(feed.findall(f"{ATOM}author")) == 1


@pytest.mark.parametrize("query", ["q=logo&paid=1", "", "q=nothingmatchesthis", "remote=remote&country=us&micro=1",
                                   "q=hostile", "q=logo%20%3Cx%3E%20%25%20%C3%A9t%C3%A9"])
def test_feeds_are_valid_atom_named_by_their_search(catalog, query):
    feed = parsed_feed(build_datasette(catalog), query)
    assert_valid_atom(feed)
    title = feed.find(f"{ATOM}title").text
    assert title.startswith("microgigs: ") and title != "microgigs search"
    if "remote=remote" in query:
        assert title == "microgigs: Remote · United States · short projects"


def test_feed_entries_name_the_company_or_the_source(catalog):
    feed = parsed_feed(build_datasette(catalog), "q=logo")
    authors = {e.find(f"{ATOM}title").text: e.find(f"{ATOM}author/{ATOM}name").text
               for e in feed.findall(f"{ATOM}entry")}
    assert authors["Logo design for a bakery · Crumb & Co"] == "Crumb & Co"
    assert authors["Unpaid logo for a charity"] == "demo"  # no company: the source it was posted on


def test_follow_link_leaves_out_the_page(catalog):
    page = get(build_datasette(catalog), "/?s=1&q=design&size=1&page=2").text
    follow = re.search(r'<a href="(/microgigs/search_feed\.atom[^"]*)">follow this search', page).group(1)
    assert "page=" not in follow and "size=" not in follow and "q=design" in follow
    assert 'rel="next"' in page  # the page itself still pages


def test_listing_link_from_a_search_leads_back_to_it(catalog):
    ds = build_datasette(catalog)
    page = get(ds, "/?s=1&q=logo&remote=remote").text
    link = re.search(r'<h3 class="mg-card-title"><a href="(/-/listing/demo%3A1[^"]*)"', page).group(1)
    listing = get(ds, link.replace("&amp;", "&")).text
    back = re.search(r'<p class="mg-back"><a href="([^"]+)">← search</a>', listing).group(1)
    assert back.replace("&amp;", "&") == "/?s=1&q=logo&remote=remote"
    assert '<link rel="canonical" href="/-/listing/demo%3A1">' in listing
    # only the search's parameters come back: nothing else can be smuggled into the link
    other = get(ds, "/-/listing/demo%3A1?next=https://evil.example&q=logo").text
    assert '<a href="/?q=logo">← search</a>' in other
    assert '<a href="/">← search</a>' in get(ds, "/-/listing/demo%3A1").text


def test_similar_listings_share_words_and_kind_of_work_first(catalog):
    writer = CatalogWriter(catalog)
    writer.upsert_listings([
        listing(20, title="Meal-kit market study for a food start-up", occupation="sales_marketing",
                skills=["Market Research"], description_text="Compare five meal-kit services."),
        listing(21, title="Brand logo kit", occupation="creative_multimedia", description_text="A market stall logo."),
        listing(22, title="Market research interviews", occupation="sales_marketing", skills=["Market Research"]),
        listing(23, title="Study notes typing", occupation="clerical_data_entry"),
    ], crawl_id="c2", seen_at="2026-11-25T00:00:00Z")
    writer.close()
    page = get(build_datasette(catalog), "/-/listing/demo%3A20").text
    similar = re.findall(r'<li><a href="/-/listing/([^"]+)">', page.split("Similar listings")[1])
    assert similar[0] == "demo%3A22"  # same kind of work, sharing 'market' and the skill
    assert "demo%3A21" not in similar  # a 'logo kit' is no 'meal-kit'; 'market' is only in its description
    assert "demo%3A23" in similar  # 'study' in its title, another kind of work: after


@pytest.mark.parametrize("term, expected", [("C++", {"C++ game mod fix"}), ("c#", {"C# and .NET API"}),
                                            (".NET", {"C# and .NET API"}), ("Node.js", {"Node.js bot"}),
                                            ("C", {"C++ game mod fix", "C# and .NET API", "Plain C firmware"})])
def test_search_keeps_terms_with_signs_whole(catalog, term, expected):
    writer = CatalogWriter(catalog)
    writer.upsert_listings([
        listing(30, title="C++ game mod fix", description_text="Patch a C++ plugin."),
        listing(31, title="C# and .NET API", description_text="Write a small ASP.NET endpoint in C#."),
        listing(32, title="Plain C firmware", description_text="Embedded C for a sensor; no C++ here... c"),
        listing(33, title="Node.js bot", description_text="A Discord bot on Node.js."),
        listing(34, title="Nodejs notes", description_text="Notes about node and js."),
    ], crawl_id="c3", seen_at="2026-11-25T00:00:00Z")
    writer.db.execute("UPDATE listings SET description_text = 'Embedded C for a sensor.' WHERE id = 'demo:32'")
    writer.db.conn.commit()
    writer.close()
    ds = build_datasette(catalog)
    titles = {row["title"] for row in get(ds, "/microgigs/search.json?_shape=array&q=" + quote(term)).json()}
    assert titles == expected
    assert set(card_titles(get(ds, "/?s=1&q=" + quote(term)).text)) == expected


def test_a_bad_parameter_is_explained_and_left_out(catalog):
    ds = build_datasette(catalog)
    response = get(ds, "/?s=1&max_hours=abc&remote=onsite")
    assert response.status_code == 200
    assert "Maximum hours must be a number of hours, e.g. 20 (not “abc”): this filter is left out." in response.text
    assert card_titles(response.text) == ["Data entry task"]  # the other filters still apply
    assert "Order is relevance or newest" in get(ds, "/?sort=oldest").text
    widget = get(ds, "/-/widget?max_hours=abc").text  # a preset too: the career center sees why
    assert "Maximum hours must be a number of hours" in widget and card_titles(widget)


def test_a_page_past_the_end_says_so(catalog):
    page = get(build_datasette(catalog), "/?s=1&page=999").text
    assert "No listing matches" not in page
    assert "Page 999 is past the end of this search: its 5 listings fill 1 page." in page


def test_no_match_offers_to_clear_the_filters(catalog):
    page = get(build_datasette(catalog), "/?s=1&q=logo&remote=onsite&country=DE").text
    assert "No listing matches" in page
    link = re.search(r'<a class="mg-clear" href="([^"]+)">Clear filters</a>', page).group(1)
    assert link.replace("&amp;", "&") == "/?q=logo&s=1"
    assert "mg-clear" not in get(build_datasette(catalog), "/?s=1&q=zzzz").text  # no filter to clear


def test_filters_show_country_names_and_counts(catalog):
    page = get(build_datasette(catalog), "/?s=1").text
    assert re.search(r'<option value="US"\s*>United States \(1\)</option>', page)
    assert re.search(r'<option value="DE"\s*>Germany \(1\)</option>', page)
    assert re.search(r'<label for="mg-paid">Paid only \(4\)</label>', page)
    assert re.search(r'<label for="mg-micro">Short projects only[^<]*\(3\)</label>', page)
    assert re.search(r'<label for="mg-deadline">Deadline not passed \(4\)</label>', page)


def test_canned_query_pages_are_titled_by_their_title_not_their_sql(catalog):
    page = get(build_datasette(catalog), "/microgigs/search?q=logo").text
    assert "<title>Search short paid work · microgigs</title>" in page
