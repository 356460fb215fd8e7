"""The catalog in real headless Chromium (the system `chromium`, driven by Playwright): the students' search with
and without JavaScript, at phone width and by keyboard; a listing page; the embed builder's live preview; the
widget embedded in a host page on another origin; and hostile listings that must run no script anywhere.

Screenshots go to $MICROGIGS_SCREENSHOTS when set (the README's are made with
`MICROGIGS_SCREENSHOTS=docs/screenshots tests/run tests/test_browser_catalog.py`), else to a temporary folder.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

import pytest

from scrapers.platforms.playwright_page import system_chromium
from tests.conftest import PROJECT, demo_copy, free_port

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(system_chromium() is None, reason="no system Chromium (tests/run installs Debian's chromium)"),
]

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
# Every way a listing could try to run script or restyle the page; each payload would set window.__xss.
HOSTILE = [
    {"source_id": "xss-1", "title": "<script>window.__xss='title'</script>Hostile poster gig",
     "company": '<img src=x onerror="window.__xss=\'company\'">Evil Co',
     "description": '<p>Hostile <b>poster</b> work.</p><script>window.__xss="desc"</script>'
                    '<img src=x onerror="window.__xss=\'img\'"><a href="javascript:window.__xss=\'link\'">apply</a>'
                    '<style>body{display:none!important}</style>'
                    '<div style="position:fixed;inset:0;background:red">overlay</div>'
                    '<svg onload="window.__xss=\'svg\'"></svg><iframe src="javascript:window.__xss=\'frame\'"></iframe>'},
    {"source_id": "xss-2", "title": '"><svg onload=window.__xss=2>Hostile banner gig',
     "company": "</title><script>window.__xss=3</script>",
     "description": "Hostile text with <script>window.__xss=4</script> written as plain text &lt;b&gt;"},
]
# Stored as if the normalizer had been bypassed: the pages must still render them harmless.
UNSANITIZED_TITLE = '<script>window.__xss="stored title"</script><img src=x onerror=window.__xss=5>Hostile banner gig'
UNSANITIZED_HTML = ('<p onmouseover="window.__xss=\'stored\'">Hostile stored html</p>'
                    '<script>window.__xss="stored"</script><style>*{display:none}</style>'
                    '<a href="javascript:window.__xss=1" style="position:fixed;inset:0">x</a>')


def wait_for(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            if time.time() > deadline or process.poll() is not None:
                raise RuntimeError(f"the catalog did not answer at {url}")
            time.sleep(0.3)


def add_hostile_listings(db_path: str) -> list[str]:
    """Hostile records through the real normalizer and writer, plus one stored unsanitized."""
    from db.writer import CatalogWriter
    from normalize.listing import normalize_listing
    from scrapers.pipelines.normalize import source_context
    from scrapers.spiders.reddit import RedditSpider

    now = datetime.now(timezone.utc)
    rows = []
    for record in HOSTILE:
        raw = {"source": "reddit", "source_id": record["source_id"], "title": record["title"],
               "company": record["company"], "description_html": record["description"], "board": "forhire",
               "url": f"https://www.reddit.com/r/forhire/comments/{record['source_id']}/",
               "posted_raw": "2026-01-05T00:00:00Z", "pay_raw": "$200 fixed", "location_raw": "Remote",
               "raw": dict(record), "fetched_at": now.strftime("%Y-%m-%dT%H:%M:%SZ")}
        rows.append(normalize_listing(raw, source=source_context(RedditSpider), now=now))
    writer = CatalogWriter(db_path)
    writer.upsert_listings(rows, crawl_id="hostile", seen_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"))
    writer.db.execute("UPDATE listings SET description_html = ?, title = ? WHERE id = ?",
                      [UNSANITIZED_HTML, UNSANITIZED_TITLE, rows[1]["id"]])
    writer.db.conn.commit()
    writer.close()  # folds the WAL into the file
    return [row["id"] for row in rows]


@pytest.fixture(scope="module")
def catalog(built_demo, tmp_path_factory):
    """The demo catalog plus hostile listings, served by `microgigs serve` on 127.0.0.1."""
    work = tmp_path_factory.mktemp("browser")
    db_path = str(demo_copy(built_demo, work))
    hostile_ids = add_hostile_listings(db_path)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "scrapers.cli", "serve", "--db", db_path, "--port", str(port)],
                              cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/microgigs.json", server)
        yield {"base": base, "hostile": hostile_ids, "work": work}
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def host_site(catalog):
    """A career center's page on another origin (its own port) embedding the widget, with a cookie of its own."""
    folder = catalog["work"] / "host"
    folder.mkdir()
    (folder / "index.html").write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Career center</title>
<style>li {{ color: rgb(255, 0, 0); }} input {{ display: none; }}</style></head>
<body><h1>Our students' gig board</h1><p id="host-secret">host-only text</p>
<script>document.cookie = "career_session=secret-value; path=/";</script>
<script src="{catalog['base']}/static/embed.js" data-q="" data-size="5" data-theme="#aa3300"></script>
</body></html>""", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=system_chromium(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    contexts = []

    def make(**options):
        context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **options})
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.dialogs = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        return page

    yield make
    for context in contexts:
        context.close()


def screenshot(page, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MICROGIGS_SCREENSHOTS") or tmp_path)
    if not folder.is_absolute():
        folder = PROJECT / folder
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size > 5000
    return path


def wait_until(page, expression: str, seconds: float = 10) -> None:
    """Poll a JavaScript expression from outside the page (the catalog's CSP forbids eval inside it)."""
    deadline = time.time() + seconds
    while not page.evaluate(expression):
        if time.time() > deadline:
            raise AssertionError(f"never true: {expression}")
        page.wait_for_timeout(100)


def search_embedded_widget(page, host_site: str, words: str, titles_expression: str):
    """Open the host page, wait for the widget's first results, search for `words` in it and wait until the
    JavaScript test on its result titles (`titles`, an array of h3 elements) holds; returns the widget."""
    page.goto(host_site)
    widget = page.locator(".microgigs-widget")
    widget.locator("li").first.wait_for()
    box = widget.get_by_label("Search short paid work")
    box.fill(words)
    box.press("Enter")
    wait_until(page, f"""(titles => {titles_expression})(
        [...document.querySelector('.microgigs-widget').shadowRoot.querySelectorAll('li h3')])""")
    return widget


def assert_no_script_ran(page) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined", page.evaluate("String(window.__xss)")
    assert page.dialogs == []
    assert page.evaluate("getComputedStyle(document.body).display") != "none"


def test_home_search_works_without_javascript_by_keyboard(catalog, new_page, tmp_path):
    page = new_page(java_script_enabled=False)
    page.goto(catalog["base"] + "/")
    for _ in range(15):  # the search box is reachable by keyboard, early in the tab order
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "mg-q":
            break
    assert page.evaluate("document.activeElement.id") == "mg-q"
    page.keyboard.type("design")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?s=1&q=design*")
    titles = page.locator(".mg-card-title").all_inner_texts()
    assert len(titles) >= 5 and any("design" in t.lower() for t in titles[:3])
    assert page.locator(".mg-card-pay").first.inner_text()
    assert page.locator("mark").count() >= 1
    screenshot(page, "home", tmp_path)


def test_filters_apply_from_the_form(catalog, new_page):
    page = new_page()
    page.goto(catalog["base"] + "/?s=1&q=design")
    before = page.locator(".mg-card").count()
    page.select_option("#mg-remote", "remote")
    page.fill("#mg-min", "20")
    page.click("button:has-text('Apply filters')")
    page.wait_for_url("**remote=remote**")
    assert "min_hourly_usd=20" in page.url
    count = page.locator(".mg-card").count()
    assert 0 < count <= before
    for pill in page.locator(".mg-card").all_inner_texts():
        assert "Remote" in pill


def test_every_control_is_labelled_and_the_page_fits_a_phone(catalog, new_page, tmp_path):
    page = new_page(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    for path in ("/?s=1&q=logo", "/-/embed"):
        page.goto(catalog["base"] + path)
        unlabelled = page.evaluate("""[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map(el => el.name)""")
        assert unlabelled == [], (path, unlabelled)
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], (path, width)
    page.goto(catalog["base"] + "/?s=1&q=logo")
    screenshot(page, "home-phone", tmp_path)


def test_listing_page_shows_facts_and_links(catalog, new_page, tmp_path):
    page = new_page()
    page.goto(catalog["base"] + "/?s=1&q=logo")
    page.locator(".mg-card-title a").first.click()
    page.wait_for_url("**/-/listing/**")
    facts = page.locator(".mg-facts").inner_text()
    assert "Pay" in facts and "Effort" in facts and "Seen" in facts
    apply_link = page.locator("a.mg-button")
    assert apply_link.get_attribute("href").startswith("http")
    assert page.errors == []
    screenshot(page, "listing", tmp_path)


def test_embed_builder_previews_live_and_gives_snippets(catalog, new_page, tmp_path):
    page = new_page()
    page.goto(catalog["base"] + "/-/embed")
    page.fill("#e-q", "writing")
    wait_until(page, "document.getElementById('mg-preview').getAttribute('src').includes('q=writing')")
    assert 'data-q="writing"' in page.input_value("#mg-script-snippet")
    assert "/-/widget?q=writing" in page.input_value("#mg-iframe-snippet")
    frame = page.frame_locator("#mg-preview")
    frame.locator(".mg-card").first.wait_for()
    assert "writ" in frame.locator(".mg-cards").inner_text().lower()
    page.select_option("#e-occupation", "writing_translation")
    wait_until(page, "document.getElementById('mg-preview').getAttribute('src').includes('occupation=writing_translation')")
    page.wait_for_timeout(300)
    screenshot(page, "embed-builder", tmp_path)


def test_widget_embedded_on_another_origin_searches_without_cookies(catalog, host_site, new_page, tmp_path):
    page = new_page()
    api_requests = []
    page.on("request", lambda request: api_requests.append(request) if "/microgigs/search.json" in request.url else None)
    widget = search_embedded_widget(page, host_site, "logo", "titles.some(h => /logo/i.test(h.textContent))")
    search_box = widget.get_by_label("Search short paid work")
    titles = widget.locator("li h3").all_inner_texts()
    assert 1 <= len(titles) <= 5 and any("logo" in t.lower() for t in titles)
    assert any(request.url.split("?")[0].endswith("/microgigs/search.json") and "q=logo" in request.url
               for request in api_requests)
    for request in api_requests:
        headers = request.all_headers()
        assert "cookie" not in headers, headers  # credentials omitted: the host's cookie never leaves
        assert "referer" not in headers, headers
    # the host's styles do not reach into the widget (shadow root): its items are not red, its input shows
    assert widget.locator("li").first.evaluate("el => getComputedStyle(el).color") != "rgb(255, 0, 0)"
    assert search_box.is_visible()
    assert page.locator("#host-secret").inner_text() == "host-only text"
    assert page.errors == []
    screenshot(page, "embedded-widget", tmp_path)


@pytest.mark.parametrize("csp", ["with CSP", "escaping alone"])
@pytest.mark.parametrize("where", ["home", "listing", "unsanitized listing", "iframe widget", "embedded widget"])
def test_hostile_listings_run_no_script(catalog, host_site, new_page, where, csp):
    # The pages send a strict Content-Security-Policy; escaping and sanitizing must suffice without it too.
    page = new_page(bypass_csp=csp == "escaping alone")
    first, second = catalog["hostile"]
    if where == "home":
        page.goto(catalog["base"] + "/?s=1&q=hostile")
        assert page.locator(".mg-card").count() == 2
        assert "<script>" in page.locator(".mg-cards").inner_text()  # shown as text, not run
    elif where == "listing":
        page.goto(catalog["base"] + "/-/listing/" + quote(first, safe=""))
        description = page.locator(".mg-description")
        assert "Hostile poster work." in description.inner_text()
        assert description.locator("script, style, iframe, svg, [style], [onerror], [onload]").count() == 0
        assert all(not (a.get_attribute("href") or "").startswith("javascript")
                   for a in description.locator("a").all())
    elif where == "unsanitized listing":
        page.goto(catalog["base"] + "/-/listing/" + quote(second, safe=""))
        description = page.locator(".mg-description")
        assert "Hostile stored html" in description.inner_text()
        assert description.locator("script, style, [style], [onmouseover]").count() == 0
        description.locator("p").first.hover()
    elif where == "iframe widget":
        page.goto(catalog["base"] + "/-/widget?q=hostile")
        assert page.locator(".mg-card").count() == 2
    else:
        widget = search_embedded_widget(page, host_site, "hostile",
                                        "titles.filter(h => /hostile/i.test(h.textContent)).length === 2")
        assert "<script>" in widget.locator("ol").inner_text()
        assert widget.locator("ol").locator("script, img, svg, style").count() == 0
    page.wait_for_timeout(300)  # let any injected handler fire
    assert_no_script_ran(page)


def test_atom_feed_of_a_search_is_valid(catalog):
    from xml.etree import ElementTree

    from tests.test_catalog import ATOM, assert_valid_atom

    with urllib.request.urlopen(catalog["base"] + "/microgigs/search_feed.atom?q=design&paid=1", timeout=10) as r:
        body = r.read()
        assert r.headers["content-type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(body)
    assert_valid_atom(feed)
    assert len(feed.findall(f"{ATOM}entry")) >= 3
    assert feed.find(f"{ATOM}title").text == "microgigs: “design” · paid only"


def test_embed_builder_shows_its_form_beside_the_preview_at_desktop_width(catalog, new_page):
    page = new_page(viewport={"width": 1280, "height": 800})
    page.goto(catalog["base"] + "/-/embed")
    form, preview = page.locator("#mg-embed-form").bounding_box(), page.locator("#mg-preview").bounding_box()
    assert preview["x"] >= form["x"] + form["width"], (form, preview)  # side by side, not below
    assert preview["y"] < 400 and form["y"] < 400  # both start near the top: the preview is in view while editing
    page.fill("#e-hours", "15")  # a preset far down the form: the preview is still in view
    page.locator("#e-hours").scroll_into_view_if_needed()
    wait_until(page, "document.getElementById('mg-preview').getAttribute('src').includes('max_hours=15')")
    box = page.locator("#mg-preview").bounding_box()
    assert box["y"] < 800 and box["y"] + 100 > 0, box


def iframe_host_page(catalog, name: str, presets: str) -> str:
    """A career center's page on another origin with the builder's iframe snippet, as the builder gives it."""
    with urllib.request.urlopen(f"{catalog['base']}/-/embed.json?{presets}", timeout=10) as response:
        snippet = json.loads(response.read())["iframe_snippet"]
    folder = catalog["work"] / "iframe-host"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.html").write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Career center</title></head><body style="margin:0 1rem"><h1>Gigs for our students</h1>{snippet}
<p id="after">Below the widget.</p></body></html>""", encoding="utf-8")
    return name


@pytest.fixture(scope="module")
def iframe_host(catalog):
    folder = catalog["work"] / "iframe-host"
    folder.mkdir(exist_ok=True)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def assert_iframe_fits(page, frame) -> None:
    """The iframe is as tall as the widget's content: no scrollbar inside it, no empty space below."""
    content = frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
    scroll, client = frame.evaluate("[document.documentElement.scrollHeight, document.documentElement.clientHeight]")
    outer = page.locator("iframe").bounding_box()["height"]
    assert abs(outer - content) <= 2, (outer, content)
    assert scroll <= client + 1, (scroll, client)


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_iframe_widget_is_as_tall_as_its_content_and_pages(catalog, iframe_host, new_page, device, tmp_path):
    options = ({"viewport": {"width": 1280, "height": 900}} if device == "desktop" else
               {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True})
    page = new_page(**options)
    name = iframe_host_page(catalog, device, "size=5&theme=%23aa3300")
    page.goto(f"{iframe_host}/{name}.html")
    frame = page.frame_locator("iframe")
    frame.locator(".mg-card").first.wait_for()
    inner = next(f for f in page.frames if "/-/widget" in f.url)
    wait_until(page, "document.querySelector('iframe').getBoundingClientRect().height != 640")
    page.wait_for_timeout(200)
    assert_iframe_fits(page, inner)
    first_titles = frame.locator(".mg-card-title").all_inner_texts()
    assert len(first_titles) == 5
    screenshot(page, f"iframe-widget-{device}", tmp_path)
    frame.locator("#mg-next").focus()
    page.keyboard.press("Enter")
    inner = None
    for _ in range(100):
        inner = next((f for f in page.frames if "page=2" in f.url), None)
        if inner:
            break
        page.wait_for_timeout(100)
    assert inner is not None
    inner.locator(".mg-card").first.wait_for()
    page.wait_for_timeout(300)
    assert_iframe_fits(page, inner)
    assert inner.locator(".mg-card-title").all_inner_texts() != first_titles
    assert inner.evaluate("document.activeElement.id") in ("mg-next", "mg-prev")  # not the body
    more = inner.locator("text=more on microgigs").get_attribute("href")
    assert more.startswith("/?") and "s=1" in more and "paid=1" in more
    assert page.errors == []


def test_script_widget_keeps_focus_after_next_and_matches_the_iframe(catalog, host_site, new_page):
    page = new_page()
    page.goto(host_site)
    widget = page.locator(".microgigs-widget")
    widget.locator("li").first.wait_for()
    script_cards = widget.locator("li").evaluate_all("items => items.map(li => li.innerText.replace(/\\s+/g, ' ').trim())")
    widget.get_by_role("button", name="next →").click()
    wait_until(page, "document.querySelector('.microgigs-widget').shadowRoot.querySelector('.status').textContent.includes('page 2')")
    focused = page.evaluate("document.querySelector('.microgigs-widget').shadowRoot.activeElement?.textContent")
    assert focused in ("next →", "← previous"), focused
    # the iframe widget with the same presets shows the same cards, said the same way
    frame_page = new_page()
    frame_page.goto(catalog["base"] + "/-/widget?size=5&theme=%23aa3300")
    frame_cards = frame_page.locator("li.mg-card").evaluate_all(
        "items => items.map(li => li.innerText.replace(/\\s+/g, ' ').trim())")
    assert frame_cards == script_cards
    count = frame_page.locator(".mg-count").inner_text()
    widget_count = page.evaluate("document.querySelector('.microgigs-widget').shadowRoot.querySelector('.status').textContent")
    assert widget_count == count + " · page 2"


def test_themes_dark_mode_and_inherited_font(catalog, new_page):
    page = new_page()
    page.goto(catalog["base"] + "/-/widget?mode=dark&font=serif&theme=%23aa3300")
    body = page.evaluate("(s => [s.backgroundColor, s.color, s.fontFamily])(getComputedStyle(document.body))")
    assert body[0] == "rgb(13, 17, 23)" and body[1] == "rgb(230, 237, 243)" and "Georgia" in body[2]
    assert page.locator(".mg-card").first.evaluate("el => getComputedStyle(el).borderLeftColor") == "rgb(170, 51, 0)"
    # the script widget in a host page: dark, in the host's own font
    folder = catalog["work"] / "themed"
    folder.mkdir(exist_ok=True)
    (folder / "index.html").write_text(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body {{ font-family: "Courier New", monospace; font-size: 19px; }}</style></head><body>
<script src="{catalog['base']}/static/embed.js" data-mode="dark" data-font="inherit" data-size="3"></script>
</body></html>""", encoding="utf-8")
    page.goto((folder / "index.html").as_uri())
    widget = page.locator(".microgigs-widget")
    widget.locator("li").first.wait_for()
    host_style = widget.evaluate("el => (s => [s.fontFamily, s.fontSize, s.backgroundColor])(getComputedStyle(el))")
    assert "Courier New" in host_style[0] and host_style[1] == "19px" and host_style[2] == "rgb(13, 17, 23)"


def test_the_way_back_from_a_listing_keeps_the_search(catalog, new_page):
    page = new_page()
    page.goto(catalog["base"] + "/?s=1&q=logo&remote=remote&sort=newest")
    page.locator(".mg-card-title a").first.click()
    page.wait_for_url("**/-/listing/**")
    page.click("text=← search")
    page.wait_for_url("**/?**")
    assert "q=logo" in page.url and "remote=remote" in page.url and "sort=newest" in page.url
    assert page.input_value("#mg-q") == "logo" and page.input_value("#mg-remote") == "remote"
    assert page.locator(".mg-card").count() >= 1


def test_a_bad_parameter_is_explained(catalog, new_page):
    page = new_page()
    page.goto(catalog["base"] + "/?s=1&max_hours=abc")
    alert = page.get_by_role("alert")
    assert "Maximum hours must be a number" in alert.inner_text() and "abc" in alert.inner_text()
    assert page.locator(".mg-card").count() >= 5  # the bad filter is left out, not 0 listings
    page.goto(catalog["base"] + "/?s=1&page=999")
    assert "past the end of this search" in page.locator(".mg-empty").inner_text()
    assert "No listing matches" not in page.locator("main").inner_text()


def test_json_api_answers_other_origins(catalog):
    request = urllib.request.Request(catalog["base"] + "/microgigs/search.json?_shape=array&q=logo",
                                     headers={"Origin": "http://127.0.0.1:1"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["access-control-allow-origin"] == "*"
        assert json.loads(response.read())


def test_research_page_draws_its_charts(catalog, new_page, tmp_path):
    page = new_page()
    page.goto(catalog["base"] + "/-/research")
    page.locator("canvas").first.wait_for()
    wait_until(page, "[...document.querySelectorAll('canvas')].filter(c => c.width > 0).length >= 3")
    assert page.errors == []
    screenshot(page, "research", tmp_path)
