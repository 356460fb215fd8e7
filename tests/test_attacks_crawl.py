"""Attacks on the crawler (issue 18): turning it inward, bombs, unreadable robots.txt, an offline
machine, a signal mid-crawl. Every server here listens on 127.0.0.1; an internal address named by a
hostile page is only ever refused, never sent to: refusals are proved by the middleware's decision and
its stats, with connecting and name resolution made to fail the test if anything tried them.
"""
from __future__ import annotations

import asyncio
import gzip
import json
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler
from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.settings import Settings
from twisted.internet import defer
from twisted.internet.base import ThreadedResolver

import scrapers.platforms.boards as boards
from scrapers.middlewares import (REAL_URL, BrowserRequestGuard, NonPublicAddressError, PublicAddressMiddleware,
                                  PublicOnlyResolver, RefusedAddress, replay_path)
from scrapers.platforms.playwright_page import system_chromium
from scrapers.replay import cassette_responses
from tests.conftest import PROJECT, SAMPLES, free_port
from tests.test_cli import microgigs
from tests.conftest import LoopbackServer

INTERNAL = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:6379/", "http://[::1]/",
            "http://10.0.0.1/"]
REMOTEOK_API = replay_path("https://remoteok.com/api")
REMOTEOK_ROBOTS = replay_path("https://remoteok.com/robots.txt")
REMOTEOK_BODY = (SAMPLES / "remoteok" / "remoteok_sample.json").read_bytes()
SITEMAP_HOST = "https://careers.quillfieldpress.example.com"
SITEMAP_MANIFEST = json.loads((SAMPLES / "sitemapjobs" / "manifest.json").read_text())


class Site(LoopbackServer):
    """A 127.0.0.1 server: `routes[path] = (status, headers, body)`; `slow` paths answer after the test
    ends (or `slow_seconds`); records every path asked for."""

    def __init__(self, routes: dict | None = None, slow: tuple[str, ...] = (), slow_seconds: float = 60):
        self.routes = routes or {}
        self.hits: list[str] = []
        self.release = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):  # noqa: N802
                self.do_GET()

            def do_GET(self):  # noqa: N802
                site.hits.append(self.path)
                if self.path in slow:
                    site.release.wait(slow_seconds)
                status, headers, body = site.routes.get(self.path, (404, {}, b"not here"))
                try:
                    self.send_response(status)
                    for name, value in {"Content-Length": str(len(body)), **headers}.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.listen(Handler)

    def __exit__(self, *exc):
        self.release.set()  # slow answers end now
        super().__exit__(*exc)


CRAWL = """
import json, sys
from scrapers.runner import project_settings, run_spiders, spider_classes
overrides, names, kwargs = json.loads(sys.argv[1]), sys.argv[2].split(","), json.loads(sys.argv[3])
classes = spider_classes()
runs = run_spiders([classes[name] for name in names], project_settings(**overrides), kwargs)
print(json.dumps([run.__dict__ for run in runs]))
"""


def crawl(db_path, names: list[str], *, replay: str | None = None, kwargs: dict | None = None,
          script: str = CRAWL, **overrides) -> tuple[dict, dict]:
    """The sources crawled once in a subprocess: (runs by source, the crawl's stats by source)."""
    settings = {"MICROGIGS_DB": str(db_path), "LOG_LEVEL": "CRITICAL", "DOWNLOAD_DELAY": 0,
                "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 0, **overrides}
    if replay:
        settings["MICROGIGS_REPLAY_URL"] = replay
    done = subprocess.run([sys.executable, "-c", script, json.dumps(settings), ",".join(names),
                           json.dumps(kwargs or {})], capture_output=True, text=True, timeout=120, cwd=PROJECT)
    assert done.returncode == 0, done.stderr[-3000:]
    runs = {run["name"]: run for run in json.loads(done.stdout.splitlines()[-1])}
    db = sqlite3.connect(db_path)
    stats = {source: json.loads(text or "{}") for source, text in db.execute(
        "SELECT source, stats FROM crawls c WHERE started_at = (SELECT max(started_at) FROM crawls WHERE source = c.source)")}
    db.close()
    return runs, stats


def listings(db_path) -> int:
    db = sqlite3.connect(db_path)
    try:
        return db.execute("SELECT count(*) FROM listings").fetchone()[0]
    finally:
        db.close()


# --- Turning the crawler inward ---

@pytest.mark.parametrize("target", ["other_loopback_port", "http://169.254.169.254/latest/meta-data/x",
                                    "https://evil.example/x"])
def test_a_redirect_from_the_replay_server_is_refused_unless_it_stays_on_it(tmp_path, target):
    with Site({"/secret": (200, {"Content-Type": "application/json"}, REMOTEOK_BODY)}) as other:
        location = f"{other.url}/secret" if target == "other_loopback_port" else target
        with Site({REMOTEOK_API: (302, {"Location": location}, b"")}) as replay:
            runs, stats = crawl(tmp_path / "c.db", ["remoteok"], replay=replay.url)
    assert other.hits == []  # the other loopback port was never connected to
    run = runs["remoteok"]
    assert run["status"] == "failed" and "refused before connecting" in run["failures"][0], run
    assert stats["remoteok"]["address_guard/refused/outside_replay"] == 1
    assert listings(tmp_path / "c.db") == 0  # nothing from the redirect's target was published


def test_sitemap_entries_to_internal_addresses_are_refused(tmp_path):
    """A sitemap (replay mode) lists four job pages on internal addresses and one real one."""
    real_job = f"{SITEMAP_HOST}/jobs/freelance-qa-tester-for-a-mobile-game-9"
    locs = [f"{url}jobs/planted-{n}" for n, url in enumerate(INTERNAL)] + [real_job]
    sitemap = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>").encode()
    routes = {replay_path(f"{SITEMAP_HOST}/sitemap.xml"): (200, {"Content-Type": "application/xml"}, sitemap),
              replay_path(real_job): (200, {"Content-Type": "text/html"},
                                      (SAMPLES / "sitemapjobs" / SITEMAP_MANIFEST[real_job]).read_bytes())}
    with Site(routes) as replay:
        runs, stats = crawl(tmp_path / "c.db", ["sitemapjobs"], replay=replay.url)
    # each planted page is refused, and so is the robots.txt of its address
    assert stats["sitemapjobs"]["address_guard/refused/internal"] == 8
    assert not [hit for hit in replay.hits if "planted" in hit]  # not even asked of the replay server
    assert runs["sitemapjobs"]["items"] == 1 and listings(tmp_path / "c.db") == 1
    failures = runs["sitemapjobs"]["failures"]
    assert len(failures) == 4 and all("refused before connecting" in failure for failure in failures)
    for host in ("169.254.169.254 is a link-local", "127.0.0.1 is a loopback", "::1 is a loopback", "10.0.0.1 is a private"):
        assert host in " ".join(failures)


@pytest.mark.parametrize("next_link", INTERNAL)
def test_an_api_next_link_to_an_internal_address_is_refused(tmp_path, next_link):
    page1 = json.loads((SAMPLES / "arbeitnow" / "arbeitnow_page1_sample.json").read_text())
    page1["links"]["next"] = next_link + "api/job-board-api?page=2"
    api = replay_path("https://www.arbeitnow.com/api/job-board-api")
    with Site({api: (200, {"Content-Type": "application/json"}, json.dumps(page1).encode())}) as replay:
        runs, stats = crawl(tmp_path / "c.db", ["arbeitnow"], replay=replay.url)
    assert stats["arbeitnow"]["address_guard/refused/internal"] == 2  # the page and its robots.txt
    assert [hit for hit in replay.hits if "robots" not in hit] == [api]
    assert runs["arbeitnow"]["status"] == "suspect" and runs["arbeitnow"]["items"] == len(page1["data"])


@pytest.fixture
def no_network(monkeypatch):
    """Any connection or name look-up fails the test: a refusal must come before both."""
    def attempted(*args, **kwargs):
        raise AssertionError(f"a connection or look-up was attempted: {args[:2]}")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, attempted)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, attempted)


class Stats(dict):
    def inc_value(self, key, count=1):
        self[key] = self.get(key, 0) + count


def guard(replay: str | None = None, resolved: str | None = None, proxies: dict | None = None) -> PublicAddressMiddleware:
    crawler = SimpleNamespace(settings=Settings({"MICROGIGS_REPLAY_URL": replay}), stats=Stats())
    middleware = PublicAddressMiddleware(crawler)
    middleware.proxies = proxies or {}  # whatever the machine running the tests has set

    async def resolve(host):  # what DNS would answer for a name (a rebinding attacker's, here)
        assert resolved is not None, f"{host} should not need a look-up"
        return resolved

    middleware._resolve = resolve
    return middleware


def decide(middleware, url: str, **meta):
    return asyncio.run(middleware.process_request(Request(url, meta=meta)))


@pytest.mark.parametrize("url", [
    *INTERNAL, "http://169.254.169.254/latest/meta-data/iam/", "https://127.0.0.1:8001/admin",
    "http://[::ffff:127.0.0.1]/", "http://[fe80::1]/", "http://0.0.0.0:6379/", "http://224.0.0.1/",
    "http://100.64.0.1/", "http://192.168.1.1/", "http://172.16.0.1/", "http://240.0.0.1/",
    "http://localhost:6379/", "http://db.localhost/", "http://LOCALHOST./",
    "file:///etc/passwd", "ftp://10.0.0.1/x", "data:text/plain,hi",
])
def test_internal_addresses_are_refused_before_any_connection(no_network, url):
    middleware = guard()
    with pytest.raises(RefusedAddress, match="refused before connecting"):
        decide(middleware, url)
    assert middleware.crawler.stats["address_guard/refused"] == 1


@pytest.mark.parametrize("address", ["10.0.0.1", "127.0.0.1", "169.254.169.254", "::1", "fd00::1"])
def test_a_name_that_resolves_inward_is_refused(no_network, address):
    middleware = guard(resolved=address)
    with pytest.raises(RefusedAddress, match=f"resolves to {address}"):
        decide(middleware, "https://jobs.example.com/api")
    assert middleware.crawler.stats["address_guard/refused/internal"] == 1


def test_a_public_address_passes(no_network):
    assert decide(guard(resolved="93.184.215.14"), "https://jobs.example.com/api") is None
    assert decide(guard(), "https://93.184.215.14/api") is None


def test_through_a_proxy_names_are_left_to_it_but_internal_literals_are_refused(no_network, monkeypatch):
    monkeypatch.delenv("no_proxy", raising=False)
    middleware = guard(proxies={"https": "http://proxy.example:3128"})  # no look-up allowed: the proxy resolves names
    assert decide(middleware, "https://jobs.example.com/api") is None
    with pytest.raises(RefusedAddress):
        decide(middleware, "https://169.254.169.254/latest/meta-data/")


def test_in_replay_mode_only_the_replay_server_is_reached(no_network):
    replay = "http://127.0.0.1:8765"
    middleware = guard(replay=replay)
    assert decide(middleware, f"{replay}/https/remoteok.com/api", **{REAL_URL: "https://remoteok.com/api"}) is None
    for url, real in [("http://127.0.0.1:8766/x", None), ("http://[::1]:8765/x", None),
                      ("https://remoteok.com/api", "https://remoteok.com/api"),
                      (f"{replay}/http/169.254.169.254/", "http://169.254.169.254/")]:
        with pytest.raises(RefusedAddress):
            decide(middleware, url, **({REAL_URL: real} if real else {}))
    assert middleware.crawler.stats["address_guard/refused"] == 4


def test_the_resolver_refuses_an_inward_answer_at_connection_time(monkeypatch):
    """DNS rebinding: the guard's look-up said public, the connection's look-up says 169.254.169.254."""
    monkeypatch.setattr(ThreadedResolver, "getHostByName", lambda self, name, timeout=(): defer.succeed("169.254.169.254"))
    resolver = PublicOnlyResolver(SimpleNamespace(), cache_size=0, timeout=5)
    failures = []
    resolver.getHostByName("jobs.example.com").addErrback(failures.append)
    assert failures and failures[0].check(NonPublicAddressError)
    resolver.allowed = frozenset(["replay.test"])  # the replay server's own name is allowed
    answers = []
    resolver.getHostByName("replay.test").addCallback(answers.append)
    assert answers == ["169.254.169.254"]


LIVE_PROBE = """
import json, sys
from scrapers.platforms.base import ListingSpider
from scrapers.runner import project_settings, run_spiders

class Probe(ListingSpider):
    name = "probe"
    start_urls = [sys.argv[1]]

    def parse(self, response):
        return []

runs = run_spiders([Probe], project_settings(LOG_LEVEL="CRITICAL", MICROGIGS_DB=None))
print(json.dumps(runs[0].__dict__))
"""


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_on_the_network_a_loopback_server_gets_no_connection(host):
    """No replay: our own 127.0.0.1 server, named in a start URL, is never contacted (not even robots.txt)."""
    with Site({"/": (200, {}, b"hello")}) as site:
        url = site.url.replace("127.0.0.1", host) + "/"
        done = subprocess.run([sys.executable, "-c", LIVE_PROBE, url], capture_output=True, text=True,
                              timeout=60, cwd=PROJECT)
    assert done.returncode == 0, done.stderr[-2000:]
    run = json.loads(done.stdout.splitlines()[-1])
    assert site.hits == []
    assert run["status"] == "failed" and "loopback" in run["failures"][0], run


@pytest.mark.parametrize("url, refused", [
    ("http://169.254.169.254/latest/meta-data/", True), ("http://127.0.0.1:6379/", True), ("http://[::1]/", True),
    ("http://10.0.0.1/", True), ("ws://localhost:9222/devtools", True), ("file:///etc/passwd", True),
    ("https://93.184.215.14/app.js", False), ("data:image/png;base64,iVBOR", False), ("about:blank", False),
])
def test_what_a_rendered_page_asks_chromium_to_fetch_is_judged_alike(no_network, url, refused):
    assert asyncio.run(BrowserRequestGuard()(SimpleNamespace(url=url))) is refused


def test_in_replay_mode_chromium_reaches_only_the_replay_server(no_network):
    check = BrowserRequestGuard("http://127.0.0.1:8765")
    assert asyncio.run(check(SimpleNamespace(url="http://127.0.0.1:8765/https/app.parkerdewey.com/"))) is False
    for url in ("http://127.0.0.1:8766/x", "https://app.parkerdewey.com/app.js", "http://169.254.169.254/"):
        assert asyncio.run(check(SimpleNamespace(url=url))) is True


@pytest.mark.skipif(system_chromium() is None, reason="no system Chromium to render the page")
def test_a_rendered_page_cannot_make_chromium_reach_another_loopback_port(tmp_path):
    """Parker Dewey's page (replay mode), with an image, a fetch() and an iframe pointing at another port."""
    page_url, name = next(iter(json.loads((SAMPLES / "parkerdewey" / "manifest.json").read_text()).items()))
    with Site({"/x": (200, {"Content-Type": "text/plain"}, b"internal")}) as other:
        planted = (f'<img src="{other.url}/x?img"><iframe src="{other.url}/x?frame"></iframe>'
                   f'<script>fetch("{other.url}/x?fetch")</script></body>').encode()
        page = (SAMPLES / "parkerdewey" / name).read_bytes().replace(b"</body>", planted, 1)
        assert planted in page
        with Site({replay_path(page_url): (200, {"Content-Type": "text/html; charset=utf-8"}, page)}) as replay:
            runs, _ = crawl(tmp_path / "c.db", ["parkerdewey"], replay=replay.url)
    assert runs["parkerdewey"]["items"] > 0  # the page itself was rendered and read
    assert other.hits == []


@pytest.mark.parametrize("platform", ["breezy", "recruitee", "teamtailor", "personio", "pinpoint", "bamboohr"])
def test_a_board_token_cannot_change_the_host(platform):
    with pytest.raises(ValueError, match="does not look like"):
        boards.add_board(platform, "169.254.169.254/latest/meta-data/x")
    for token in ("evil.example#", "x@10.0.0.1", "a.b", "10.0.0.1:80"):
        assert boards.token_problem(platform, token)


def test_boards_add_refuses_the_metadata_address_and_writes_nothing():
    data_file = boards.DATA / "breezy_boards.csv"
    before = data_file.read_bytes()
    result = microgigs("boards", "add", "breezy", "169.254.169.254/latest/meta-data/x")
    assert result.returncode == 2 and "does not look like a breezy board token" in result.stderr
    assert data_file.read_bytes() == before


def test_a_hostile_token_in_a_crawl_makes_no_request(tmp_path):
    with Site() as replay:
        runs, stats = crawl(tmp_path / "c.db", ["breezy"], replay=replay.url,
                            kwargs={"breezy": {"boards": "169.254.169.254/latest/meta-data/x"}})
    assert replay.hits == []
    assert runs["breezy"]["status"] == "failed" and "board refused" in runs["breezy"]["failures"][0]
    assert stats["breezy"]["boards/refused_token"] == 1


# --- Bombs, robots.txt, gzipped sitemaps ---

def gzip_of_zeros(megabytes: int, head: bytes = b"") -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    chunks = [compressor.compress(head)]
    block = b"\0" * (1 << 20)
    chunks += [compressor.compress(block) for _ in range(megabytes)]
    return b"".join(chunks) + compressor.flush()


def test_a_gzip_bomb_is_cut_at_the_size_cap(tmp_path):
    """200 MB of zeros in ~200 KB, sent with Content-Encoding: gzip; the project's own cap (64 MB) holds."""
    bomb = gzip_of_zeros(200)
    assert len(bomb) < 300_000
    routes = {REMOTEOK_API: (200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, bomb)}
    with Site(routes) as replay:
        runs, stats = crawl(tmp_path / "c.db", ["remoteok"], replay=replay.url)
    run = runs["remoteok"]
    assert run["status"] == "failed" and "DOWNLOAD_MAXSIZE" in run["failures"][0], run
    assert "decompression" in run["failures"][0]


def test_a_gzipped_sitemap_bomb_is_cut_at_the_size_cap(tmp_path):
    """A sitemap.xml.gz served as a file (no Content-Encoding): decompressed by the spider, capped too."""
    bomb = gzip_of_zeros(80, head=b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    routes = {replay_path(f"{SITEMAP_HOST}/sitemap.xml"): (200, {"Content-Type": "application/x-gzip"}, bomb)}
    with Site(routes) as replay:
        runs, stats = crawl(tmp_path / "c.db", ["sitemapjobs"], replay=replay.url)
    assert stats["sitemapjobs"]["sitemap/decompression_capped"] == 1
    assert "decompresses to more than" in runs["sitemapjobs"]["failures"][0]


def test_a_gzipped_sitemap_is_read(tmp_path):
    """The site's job sitemap served gzipped as a file: every job page in it is crawled."""
    routes = {}
    for url, name in SITEMAP_MANIFEST.items():
        body = (SAMPLES / "sitemapjobs" / name).read_bytes()
        if url.endswith("sitemap-jobs.xml"):
            routes[replay_path(url)] = (200, {"Content-Type": "application/x-gzip"}, gzip.compress(body))
        else:
            routes[replay_path(url)] = (200, {"Content-Type": "text/html" if name.endswith(".html") else "application/xml"}, body)
    with Site(routes) as replay:
        runs, stats = crawl(tmp_path / "c.db", ["sitemapjobs"], replay=replay.url)
    jobs = sum(1 for url in SITEMAP_MANIFEST if "/jobs/" in url)
    assert stats["sitemapjobs"]["sitemap/job_pages"] == jobs
    run = runs["sitemapjobs"]
    assert run["status"] == "ok" and run["items"] + run["out_of_scope"] == jobs and run["items"] > 0, run


@pytest.mark.parametrize("robots_status, allowed", [(500, False), (503, False), (429, False), (404, True)])
def test_robots_txt_that_answers_5xx_means_disallow_all(tmp_path, robots_status, allowed):
    routes = {REMOTEOK_ROBOTS: (robots_status, {"Content-Type": "text/html"},
                                b"<html>error page; User-agent: * Allow: /</html>"),
              REMOTEOK_API: (200, {"Content-Type": "application/json"}, REMOTEOK_BODY)}
    with Site(routes) as replay:
        runs, stats = crawl(tmp_path / "c.db", ["remoteok"], replay=replay.url)
    assert (REMOTEOK_API in replay.hits) is allowed
    if allowed:  # RFC 9309: a 4xx means no rules
        assert runs["remoteok"]["status"] == "ok"
    else:
        assert runs["remoteok"]["status"] == "failed"
        assert f"robots.txt: it answered HTTP {robots_status}" in runs["remoteok"]["failures"][0]
        assert stats["remoteok"]["robotstxt/disallow_all/server_error"] == 1


def test_a_cassette_cannot_make_parse_allocate_what_it_states(tmp_path):
    cassette = tmp_path / "bomb.yml"
    cassette.write_text("http_interactions:\n"
                        "- request: {uri: 'https://remoteok.com/api'}\n"
                        "  response: {body: {string: 100000000000}}\n"
                        "- request: {uri: 'https://remoteok.com/api?2'}\n"
                        "  response: {body: {string: '[]'}}\n")
    started = time.monotonic()
    responses = cassette_responses(cassette, tmp_path)
    assert time.monotonic() - started < 5
    assert [url for _, url in responses] == ["https://remoteok.com/api?2"]  # the stated size was skipped


# --- Fail fast, stop cleanly ---

OFFLINE = CRAWL.replace("from scrapers.runner", """
from twisted.internet import defer
from twisted.internet.error import DNSLookupError
from scrapers.middlewares import PublicOnlyResolver

class OfflineResolver(PublicOnlyResolver):
    '''A machine without network: every look-up fails at once (nothing is sent).'''
    def getHostByName(self, name, timeout=()):
        return defer.fail(DNSLookupError(f"address {name!r} not found (offline)"))

from scrapers.runner""", 1)


@pytest.mark.parametrize("obey_robots", [True, False])
def test_an_offline_crawl_fails_at_once_without_backoff(tmp_path, obey_robots):
    started = time.monotonic()
    runs, stats = crawl(tmp_path / "c.db", ["remoteok", "reddit"], script=OFFLINE, RETRY_TIMES=2,
                        ROBOTSTXT_OBEY=obey_robots, TWISTED_DNS_RESOLVER="__main__.OfflineResolver")
    assert time.monotonic() - started < 60
    for source in ("remoteok", "reddit"):
        run, counted = runs[source], stats[source]
        assert run["status"] == "failed" and "not found (offline)" in run["failures"][0], run
        assert "backoff/count" not in counted and "retry/count" not in counted, counted
        assert counted.get("dns/failed_hosts") == 1  # one look-up per host; its other requests fail at once
        if obey_robots:
            assert counted["robotstxt/disallow_all/unreachable"] == 1
    assert len(runs["reddit"]["failures"]) == 4  # each subreddit named, none waited for


def test_a_refused_connection_fails_at_once_without_retry_or_backoff(tmp_path):
    closed_port = free_port()  # nothing listens there: every connection is refused
    started = time.monotonic()
    runs, stats = crawl(tmp_path / "c.db", ["remoteok", "reddit"], replay=f"http://127.0.0.1:{closed_port}",
                        RETRY_TIMES=2)
    assert time.monotonic() - started < 60
    for source in ("remoteok", "reddit"):
        assert runs[source]["status"] == "failed" and "refused" in runs[source]["failures"][0].lower()
        assert "backoff/count" not in stats[source] and "retry/count" not in stats[source], stats[source]


def slow_replay_of(*sources: str, slow: tuple[str, ...] = ()) -> Site:
    """The sources' sample captures on a Site; the pages of the `slow` sources answer only after the test."""
    pages, slow_paths = {}, []
    for source in sources:
        for url, name in json.loads((SAMPLES / source / "manifest.json").read_text()).items():
            pages[replay_path(url)] = (200, {"Content-Type": "application/json"}, (SAMPLES / source / name).read_bytes())
            if source in slow:
                slow_paths.append(replay_path(url))
    return Site(pages, slow=tuple(slow_paths))


def test_each_source_line_is_printed_as_it_ends(tmp_path):
    with slow_replay_of("remoteok", "reddit", slow=("reddit",)) as replay:
        crawl_process = subprocess.Popen(
            [sys.executable, "-m", "scrapers.cli", "crawl", "remoteok", "reddit", "--db", str(tmp_path / "c.db"),
             "--replay", replay.url], cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            first_line = crawl_process.stdout.readline()  # blocks until remoteok's line, or the process ends
            still_running = crawl_process.poll() is None
        finally:
            crawl_process.send_signal(signal.SIGINT)
            crawl_process.communicate(timeout=20)
    assert first_line.startswith("remoteok: ok, 27 listings") and still_running


def test_a_source_that_will_not_finish_is_stopped_at_its_time_limit(tmp_path):
    with Site({REMOTEOK_API: (200, {"Content-Type": "application/json"}, REMOTEOK_BODY)},
              slow=(REMOTEOK_API,)) as replay:
        started = time.monotonic()
        runs, stats = crawl(tmp_path / "c.db", ["remoteok"], replay=replay.url, MICROGIGS_SOURCE_TIME_LIMIT=2,
                            DOWNLOAD_TIMEOUT=4)
    assert time.monotonic() - started < 40
    run = runs["remoteok"]
    assert run["status"] == "failed" and run["failures"][0].startswith("stopped at its time limit of 2 s"), run
    assert stats["remoteok"]["finish_reason"] == "time_limit"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_stops_the_crawl_within_10_s_and_marks_runs_interrupted(tmp_path, signum):
    """Every page of both sources answers only after a minute: the crawl is stopped while it waits."""
    db_path = tmp_path / "c.db"
    with slow_replay_of("remoteok", "reddit", slow=("remoteok", "reddit")) as replay:
        crawl_process = subprocess.Popen(
            [sys.executable, "-m", "scrapers.cli", "crawl", "remoteok", "reddit", "--db", str(db_path),
             "--replay", replay.url], cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while not any("robots" not in hit for hit in replay.hits) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        sent = time.monotonic()
        crawl_process.send_signal(signum)
        try:
            out, err = crawl_process.communicate(timeout=20)
        finally:
            crawl_process.kill()
        elapsed = time.monotonic() - sent
    assert elapsed <= 10, elapsed
    assert crawl_process.returncode == 130, err[-2000:]
    assert "remoteok: interrupted" in err and "reddit: interrupted" in err
    db = sqlite3.connect(db_path)
    rows = db.execute("SELECT source, status, finished_at, complete FROM crawls").fetchall()
    assert sorted(source for source, *_ in rows) == ["reddit", "remoteok"]
    assert all(status == "interrupted" and finished and not complete for _, status, finished, complete in rows), rows
