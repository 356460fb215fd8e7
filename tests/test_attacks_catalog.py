"""Issue 18's attacks on the public catalog, replayed in process (Datasette's own client, through every plugin and
the guard's ASGI wrapper) or on a 127.0.0.1 server: hostile search input, too-long searches, SQL off by default,
SQLite limits when SQL is allowed, separate lanes, headers, server paths, the Host header, a busy port."""
import asyncio
import base64
import contextlib
import hashlib
import re
import resource
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from db.schema import LISTING_COLUMNS
from db.search import MAX_QUERY_WORDS, fts_query, query_problem
from db.serve import build_datasette, valid_host
from db.writer import CatalogWriter
from tests.conftest import PROJECT, free_port


def listing(n: int, **fields) -> dict:
    row = {c: None for c in LISTING_COLUMNS}
    row.update(id=f"demo:{n}", source="demo", source_id=str(n), url=f"https://x.example.com/{n}",
               title=f"Logo design job {n}", description_text="A logo design project for a small bakery.",
               posted_at=f"2026-11-{1 + n % 28:02d}T00:00:00Z", is_micro=1, is_paid=1, skills=[], tags=[],
               micro_reasons=[], flags=[], raw={})
    row.update(fields)
    return row


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("attacks") / "catalog.db")
    writer = CatalogWriter(path)
    writer.upsert_listings([listing(n) for n in range(1, 201)], crawl_id="c", seen_at="2026-11-24T00:00:00Z")
    writer.upsert_source({"name": "demo", "kind": "api", "home_url": "https://x.example.com",
                          "attribution": "Job via Demo", "collected": 1, "listings": 200})
    writer.close()
    return path


@pytest.fixture(scope="module")
def ds(catalog):
    return build_datasette(catalog, immutable=True)


@pytest.fixture(scope="module")
def ds_sql(catalog):
    return build_datasette(catalog, immutable=True, allow_sql=True)


def get(ds, path: str, **kwargs):
    return asyncio.run(ds.client.get(path, **kwargs))


HOSTILE_QUERIES = ['"', '""', "\x00", "a\x00b", '"logo', "logo\"design", "OR", "logo OR", "NEAR(logo design)", "*",
                   "logo*", "title:logo", "-logo", "^logo", "(", ")", "{title}: logo", "logo AND", "AND NOT",
                   "\u202elogo", "🙂", "\\", "'", "%", "\x1b[31m", "logo" + "\u0301" * 50, "x" * 500]
SEARCH_PAGES = [("/", {"s": "1"}), ("/-/widget", {}), ("/microgigs/search.json", {"_shape": "array"}),
                ("/microgigs/search_feed.atom", {})]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_search_input_is_never_a_server_error(ds, query):
    for page, params in SEARCH_PAGES:
        response = get(ds, page, params={**params, "q": query})
        assert response.status_code == 200, (page, query, response.text[:300])


@pytest.mark.parametrize("params", [{"size": "²"}, {"size": "٣"}, {"max_hours": "abc"}, {"page": "999"},
                                    {"page": "9" * 5000}, {"page": "99999999999999999999"}, {"size": "-1"},
                                    {"min_hourly_usd": "1e999"}, {"deadline_after": "\x00"},
                                    {"posted_within_days": "99999999999999999999"}, {"country": "\x00'"},
                                    {"sort": "rank; drop table listings"}, {"entry_level": "NaN"}, {"micro": "²"}])
def test_hostile_filters_are_never_a_server_error(ds, params):
    for page in ("/", "/-/widget", "/microgigs/search.json", "/microgigs/search_feed.atom"):
        response = get(ds, page, params={"s": "1", **params})
        assert response.status_code == 200, (page, params, response.text[:300])


def test_fts_query_quotes_every_word_and_keeps_at_most_the_cap():
    assert fts_query('logo "design') == '"logo" "design"'
    assert fts_query('"') == fts_query("") == fts_query(None) == fts_query("\x00 * ( )") == '""'
    assert fts_query("NEAR(a b) OR c*") == '"NEAR" "a" "b" "OR" "c"'  # operators are words
    assert fts_query(" ".join(f"w{n}" for n in range(100))).count('"') == 2 * MAX_QUERY_WORDS
    assert query_problem("logo design") is None
    assert "32" in query_problem(" ".join(["logo"] * 33)) and "500" in query_problem("x" * 501)


def test_too_long_search_is_a_clear_400_on_the_api_and_a_readable_page(ds):
    words = " ".join(["logo"] * 33)
    api = get(ds, "/microgigs/search.json", params={"_shape": "array", "q": words})
    assert api.status_code == 400 and api.json() == {"ok": False, "status": 400, "error": query_problem(words)}
    feed = get(ds, "/microgigs/search_feed.atom", params={"q": " ".join(["logo"] * 200)})
    assert feed.status_code == 400 and "too long: at most 500 characters" in feed.text
    page = get(ds, "/", params={"s": "1", "q": words})
    assert page.status_code == 400 and "too many words: at most 32" in page.text
    assert 'id="mg-q"' in page.text  # the search box is still there to try again
    widget = get(ds, "/-/widget", params={"q": "x" * 600})
    assert widget.status_code == 400 and "too long: at most 500 characters" in widget.text
    assert get(ds, "/", params={"q": " ".join(["logo"] * 32)}).status_code == 200


def test_anonymous_sql_is_off_unless_the_operator_allows_it(ds, ds_sql):
    for path in ("/microgigs.json?sql=select+1", "/_memory.json?sql=select+1", "/microgigs?sql=select+1",
                 "/microgigs/listings.json?_where=1=1"):
        assert get(ds, path).status_code in (400, 403), path
    assert get(ds, "/microgigs/search.json?_shape=array&q=logo").status_code == 200  # canned queries answer
    assert get(ds, "/microgigs/listings.json?_size=1").status_code == 200  # tables too
    assert get(ds_sql, "/microgigs.json?sql=select+1+as+n&_shape=array").json() == [{"n": 1}]


def sql(ds, query: str, **params):
    response = get(ds, "/microgigs.json", params={"sql": query, **params})
    return response.status_code, response.json()


@pytest.mark.parametrize("query", ["select length(printf('%.*c', 900000000, 'x'))",
                                   "select length(printf('%900000000d', 1))",
                                   "select length(printf('%n%.*c', '9e8', 'x'))",
                                   "select length(format('%.*c', '900000000 bytes', 'x'))",
                                   "select length(zeroblob(900000000))", "select length(randomblob(900000000))",
                                   "select length(replace(hex(zeroblob(1000000)), '0', 'aaaaaaaaaa'))",
                                   "select length(group_concat(zeroblob(1000000))) from listings"])
def test_huge_strings_fail_at_once_without_the_memory(ds_sql, query):
    """One SQLite opcode ran past the time limit for 12-21 s holding about 1 GB: now refused at the length limit."""
    ds = ds_sql
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    status, body = sql(ds, query)
    assert time.perf_counter() - start < 1.0
    assert status == 400 and body["error"] == "string or blob too big", body
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 100_000  # KB: no 1 GB string


def test_printf_still_formats_within_the_limits(ds_sql):
    ds = ds_sql
    status, body = sql(ds, "select printf('%02d-%s', 7, 'x') as a, format('%.*c', 3, 'y') as b, printf(null) as c")
    assert status == 200 and body["rows"] == [["07-x", "yyy", None]]
    assert get(ds, "/-/research").status_code == 200  # its weekly series uses printf


def test_fts3_tokenizer_tells_no_memory_address(ds_sql):
    ds = ds_sql
    for query in ("select fts3_tokenizer('simple')", "select hex(fts3_tokenizer('porter'))",
                  "select load_extension('x')"):
        status, body = sql(ds, query)
        assert status == 400 and "not authorized" in body["error"], body


def test_runaway_queries_are_cut_by_the_time_limit(ds_sql):
    ds = ds_sql
    start = time.perf_counter()
    status, body = sql(ds, "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c",
                       _timelimit="200")
    assert status == 400 and "too long" in body["error"] and time.perf_counter() - start < 3


def test_slow_pages_leave_the_search_its_threads(ds_sql):
    """Three runaway queries (the most the open lane lets run) while a search runs: the search answers at once."""
    ds = ds_sql
    cte = ("/microgigs.json?sql=with+recursive+c(x)+as+(select+1+union+all+select+x%2B1+from+c)"
           "+select+count(*)+from+c")

    async def race():
        slow = [asyncio.create_task(ds.client.get(cte + "&_timelimit=1500")) for _ in range(3)]
        await asyncio.sleep(0.2)
        start = time.perf_counter()
        search = await ds.client.get("/microgigs/search.json?_shape=array&q=logo")
        searched = time.perf_counter() - start
        statuses = [r.status_code for r in await asyncio.gather(*slow)]
        return search, searched, statuses

    search, searched, statuses = asyncio.run(race())
    assert search.status_code == 200 and len(search.json()) == 20
    assert searched < 1.0, searched
    assert statuses.count(400) >= 2  # cut by the time limit (the third waited its turn, then ran or was cut)


def test_the_open_lane_queues_then_refuses_and_one_address_is_bounded():
    """The guard's lanes on a stand-in app whose pages wait until released: search and static files never wait."""
    from db.datasette.plugins import guard

    release = asyncio.Event()

    async def app(scope, receive, send):
        if not guard.SEARCH_LANE.match(scope["path"]):
            await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def request(wrapped, path, client="1.2.3.4"):
        sent = []

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "path": path, "query_string": b"", "headers": [(b"host", b"localhost")],
                 "client": (client, 1)}
        await wrapped(scope, None, send)
        return sent[0]["status"], dict(sent[0]["headers"])

    async def scenario():
        wrapped = guard.Guard(app)
        table = [asyncio.create_task(request(wrapped, "/microgigs/listings", client=f"10.0.0.{n}"))
                 for n in range(guard.OPEN_LANE_SLOTS + guard.OPEN_LANE_QUEUE)]
        await asyncio.sleep(0.05)
        assert wrapped.open_waiting == guard.OPEN_LANE_QUEUE
        refused = await request(wrapped, "/microgigs/listings", client="10.0.1.1")
        search = await asyncio.wait_for(request(wrapped, "/microgigs/search.json"), 1)
        home = await asyncio.wait_for(request(wrapped, "/"), 1)
        one_address = guard.Guard(app)
        busy = [asyncio.create_task(request(one_address, "/microgigs/listings", client="9.9.9.9"))
                for _ in range(guard.PER_CLIENT_REQUESTS)]
        await asyncio.sleep(0.05)
        too_many = await request(one_address, "/", client="9.9.9.9")
        release.set()
        done = await asyncio.gather(*table, *busy)
        return refused, search, home, too_many, done

    refused, search, home, too_many, done = asyncio.run(scenario())
    assert refused[0] == 503 and refused[1][b"retry-after"] == b"5"
    assert search[0] == home[0] == 200 and b"content-security-policy" in search[1]
    assert too_many[0] == 429
    assert [status for status, _ in done].count(200) >= guard.OPEN_LANE_SLOTS + guard.OPEN_LANE_QUEUE


def inline_script_hashes(page: str) -> set[str]:
    return {f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
            for attributes, body in re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", page, re.S)
            if "application/json" not in attributes}


@pytest.mark.parametrize("path", ["/", "/-/widget", "/-/embed", "/-/listing/demo%3A1", "/-/listing/nope",
                                  "/-/research", "/-/dictionary", "/microgigs", "/microgigs/listings",
                                  "/microgigs/listings/demo:1", "/microgigs/search", "/microgigs/sources",
                                  "/-/metadata", "/microgigs/nope", "/microgigs.json", "/-/versions",
                                  "/microgigs?sql=select+1", "/static/catalog.css"])
def test_every_page_sends_a_csp_that_allows_only_its_own_scripts(ds_sql, path):
    response = get(ds_sql, path)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-eval" not in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert inline_script_hashes(response.text) <= set(csp.split()), path  # Datasette's own inline scripts only
    assert response.headers["x-content-type-options"] == "nosniff"


def test_no_server_path_is_shown_to_anonymous_visitors(ds, catalog):
    folder = str(Path(catalog).parent)
    for path in ("/-/versions", "/-/versions.json", "/-/plugins.json", "/-/databases.json", "/-/threads.json"):
        response = get(ds, path)
        assert response.status_code == 403 and folder not in response.text, path
    for path in ("/", "/microgigs", "/microgigs.json", "/-/metadata.json", "/-/settings.json", "/.json",
                 "/microgigs/listings.json", "/-/research", "/microgigs/nope"):
        assert folder not in get(ds, path).text and str(PROJECT) not in get(ds, path).text, path


@pytest.mark.parametrize("host", ['evil.example"><script>alert(1)</script>', "a b", "x.example/path",
                                  "x.example:80:80", "x.example@y", "<>", "x" * 300])
def test_a_hostile_host_header_never_reaches_a_page_or_snippet(ds, host):
    from db.datasette.plugins.catalog import catalog_origin

    assert not valid_host(host)
    for path in ("/-/embed", "/-/embed.json", "/"):
        response = get(ds, path, headers={"host": host})
        assert response.status_code == 400 and "<script>alert" not in response.text, path

    class Request:  # the snippet's origin is checked again where it is built
        scheme = "http"

    Request.host = host
    assert catalog_origin(Request()) == "http://localhost"


def test_a_good_host_header_makes_the_snippets(ds):
    for host in ("catalog.example.org", "127.0.0.1:8001", "[::1]:8001", "my_host.local"):
        assert valid_host(host)
        data = get(ds, "/-/embed.json", headers={"host": host}).json()
        assert data["origin"] == f"http://{host}" and f'src="http://{host}/static/embed.js"' in data["script_snippet"]


def busy_port() -> tuple[socket.socket, int]:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    return holder, holder.getsockname()[1]


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_serve_and_demo_check_the_port_before_building(catalog, tmp_path, command):
    holder, port = busy_port()
    with holder:
        start = time.monotonic()
        db = catalog if command == "serve" else str(tmp_path / "demo.db")
        run = subprocess.run([sys.executable, "-m", "scrapers.cli", command, "--db", db, "--port", str(port)],
                             cwd=PROJECT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and time.monotonic() - start < 20
    assert run.stderr.count("\n") == 1 and f"127.0.0.1:{port}" in run.stderr and "--port" in run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""
    assert command == "serve" or not (tmp_path / "demo.db").exists()  # nothing built


@contextlib.contextmanager
def served(catalog: str):
    """`microgigs serve` on a free 127.0.0.1 port, once it answers: (base URL, the server process)."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "scrapers.cli", "serve", "--db", catalog, "--port", str(port)],
                              cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while status(base + "/-/settings.json") != 200:
            assert time.monotonic() < deadline and server.poll() is None
            time.sleep(0.2)
        yield base, server
    finally:
        server.terminate()
        server.wait(10)


def status(url: str) -> int:
    """The HTTP status of a GET (0 when nothing answers)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def test_served_catalog_on_loopback_answers_search_and_refuses_sql(catalog):
    with served(catalog) as (base, server):
        assert "SQL only by canned queries" in server.stdout.readline()
        assert status(base + "/?q=%22") == status(base + "/-/widget?q=%00") == 200
        assert status(base + "/microgigs.json?sql=select+1") == 403
        assert status(base + "/-/databases.json") == 403
        assert status(base + "/microgigs/search.json?q=" + "+".join(["logo"] * 40)) == 400


def test_html_table_pages_show_at_most_a_hundred_rows_json_all_it_may(ds):
    """An HTML page of 1,000 rows holds the shared event loop 0.7 s; the JSON API keeps max_returned_rows."""
    from db.datasette.plugins.guard import HTML_PAGE_ROWS

    page = get(ds, "/microgigs/listings", params={"_size": "max", "_facet": "source"})
    assert page.status_code == 200 and page.text.count('<tr class="') <= HTML_PAGE_ROWS
    assert len(get(ds, "/microgigs/listings.json", params={"_size": "max"}).json()["rows"]) == 200


def test_a_request_that_waited_too_long_is_told_so_and_leaves_no_slot_taken(monkeypatch):
    from db.datasette.plugins import guard

    monkeypatch.setattr(guard, "OPEN_LANE_WAIT_S", 0.05)
    release = asyncio.Event()

    async def app(scope, receive, send):
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def request(wrapped):
        sent = []

        async def send(message):
            sent.append(message)

        await wrapped({"type": "http", "path": "/microgigs/listings", "query_string": b"", "headers": [],
                       "client": ("1.2.3.4", 1)}, None, send)
        return sent[0]["status"]

    async def scenario():
        wrapped = guard.Guard(app)
        holders = [asyncio.create_task(request(wrapped)) for _ in range(guard.OPEN_LANE_SLOTS)]
        await asyncio.sleep(0.01)
        timed_out = await request(wrapped)
        release.set()
        held = await asyncio.gather(*holders)
        return timed_out, held, wrapped.open_lane._value, wrapped.open_waiting

    timed_out, held, free_slots, waiting = asyncio.run(scenario())
    assert timed_out == 503 and held == [200] * guard.OPEN_LANE_SLOTS
    assert free_slots == guard.OPEN_LANE_SLOTS and waiting == 0


@pytest.mark.parametrize("path", ["/microgigs/listings?_sort=nope", "/microgigs/listings.json?_sort_desc=rowid",
                                  "/microgigs/listings.json?_sort=title&_sort_desc=id",
                                  "/microgigs/listings?_size=%C2%B2", "/microgigs/listings?_labels=on&_size=%C2%B2",
                                  "/microgigs/listings?_timelimit=abc", "/microgigs/search.json?_timelimit=%C2%B2",
                                  "/microgigs/listings?_facet_size=%C2%B2", "/microgigs/listings?_next=%C2%B2",
                                  "/microgigs/listings?_sort=rowid&_next=%C2%B2",
                                  "/microgigs/listings.json?_search=" + "+".join(["logo"] * 33)])
def test_datasette_parameters_it_would_answer_with_a_500_are_a_400(ds, path):
    response = get(ds, path)
    assert response.status_code == 400, response.text[:300]


def test_good_datasette_parameters_still_work(ds):
    for path in ("/microgigs/listings?_sort=title", "/microgigs/listings.json?_sort_desc=posted_at&_size=max",
                 "/microgigs/listings?_facet_size=max&_facet=source", "/microgigs/sources?_sort=name",
                 "/microgigs/listings.json?_size=5&_timelimit=1000"):
        assert get(ds, path).status_code == 200, path


def test_the_script_widget_says_why_a_search_is_refused(catalog, tmp_path):
    """The embedded widget on another origin: a search of too many words shows the catalog's reason, not a failure."""
    import functools
    import http.server
    import threading

    from scrapers.platforms.playwright_page import system_chromium

    if system_chromium() is None:
        pytest.skip("no system Chromium (tests/run installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    words = " ".join(["logo"] * 33)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    host = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    try:
        with served(catalog) as (base, _), sync_playwright() as playwright:
            (tmp_path / "index.html").write_text(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Career center</title></head><body>
<script src="{base}/static/embed.js" data-q="{words}" data-size="5"></script></body></html>""", encoding="utf-8")
            browser = playwright.chromium.launch(executable_path=system_chromium(),
                                                 args=["--no-sandbox", "--disable-gpu"])
            try:
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{host.server_address[1]}/index.html")
                status_line = page.locator("p.status")
                status_line.filter(has_text="too many words").wait_for(timeout=20000)
                assert status_line.text_content() == query_problem(words)
                assert page.locator("input[type=search]").get_attribute("maxlength") == "500"
            finally:
                browser.close()
    finally:
        host.shutdown()


def test_a_refusal_quoting_the_request_is_escaped(ds):
    response = get(ds, "/microgigs/listings", params={"_sort": "<script>alert(1)</script>"})
    assert response.status_code == 400 and "<script>alert" not in response.text and "&lt;script&gt;" in response.text


@pytest.mark.parametrize("query, expected", [
    ("select instr(printf('%.*c', 2000000, 'a'), printf('%.*c', 500000, 'a') || 'b')", 0),
    ("select length(replace(printf('%.*c', 2000000, 'a'), printf('%.*c', 500000, 'a') || 'b', 'x'))", 2_000_000),
    ("select length(trim(printf('%.*c', 2000000, 'a'), printf('%.*c', 2000000, 'b') || 'a'))", 0),
    ("select length(ltrim(printf('%.*c', 2000000, 'a') || 'x', printf('%.*c', 2000000, 'b') || 'a'))", 1)])
def test_quadratic_searches_in_one_opcode_finish_at_once(ds_sql, query, expected):
    """SQLite's instr, replace and trim compare every position with the whole pattern, in one opcode the time limit
    cannot stop: these would take from 30 s to hours; the guard's run in linear time."""
    start = time.perf_counter()
    status, body = sql(ds_sql, query)
    assert status == 200 and body["rows"] == [[expected]] and time.perf_counter() - start < 1.0


def test_bounded_replace_and_instr_answer_as_sqlite_does():
    import sqlite3

    from db.datasette.plugins import guard

    plain, served = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    guard.prepare_connection(served)
    for call in ("replace('abcabc', 'b', 'xy')", "replace('abc', '', 'z')", "replace(null, 'a', 'b')",
                 "replace('a', 'a', null)", "replace(123, 2, 9)", "replace(1.5, '.', ',')",
                 "replace(x'616263', 'b', 'z')", "replace('aaa', 'aa', 'b')", "replace('ÄäÄ', 'ä', 'a')",
                 "instr('abc', 'c')", "instr('abc', '')",
                 "instr(x'00ff01', x'01')", "instr('abcé', 'é')", "instr(12345, 34)", "instr(x'616263', 'c')",
                 "instr(null, 'a')", "printf('%5.2f|%-3d|%s', 3.14159, 7, 'x')", "trim('xxaxx', 'x')",
                 "ltrim('xxaxx', 'x')", "rtrim('xxaxx', 'x')", "trim('  a  ')", "trim('abc', '')", "trim(null, 'a')",
                 "trim('aéa', 'é')", "trim(12321, 1)", "rtrim('ab', null)", "trim('aaaa', 'a')"):
        expected = plain.execute(f"select {call}").fetchone()[0]
        assert served.execute(f"select {call}").fetchone()[0] == expected, call


def test_a_search_cut_by_the_time_limit_is_a_readable_400_not_a_500(catalog, monkeypatch):
    """On a million listings a 32-word search of common words can pass the time limit: the page says so. Here the
    search's statements are swapped for ones that never end, and the limit is 0.3 s."""
    from datasette.plugins import pm

    endless = "with recursive c(x) as (select 1 union all select x + 1 from c) select {} from c"
    plugin = pm.get_plugin("catalog.py")
    monkeypatch.setattr(plugin, "facet_sql", lambda *given: endless.format("'total', null, count(*)"))
    monkeypatch.setattr(plugin, "feed_sql", lambda: endless.format("count(*)"))
    slow = build_datasette(catalog, immutable=True)
    slow.sql_time_limit_ms = 300
    for path in ("/?s=1&q=logo", "/-/widget?q=logo", "/microgigs/search_feed.atom?q=logo"):
        response = get(slow, path)
        assert response.status_code == 400, (path, response.status_code, response.text[:200])
        assert plugin.SEARCH_TOO_SLOW in response.text, path
    assert 'id="mg-q"' in get(slow, "/?s=1&q=logo").text  # the search box, to try again
