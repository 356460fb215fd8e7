"""Faults from a misbehaving local server on 127.0.0.1: each is counted and reported, the other source
goes on, and no stored listing is lost or wrongly closed.

Remote OK's API misbehaves in one way per test while Remotive's answers normally; both start from a
catalog that already holds both sources' listings.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler

import pytest

from db.schema import open_db
from tests.conftest import LoopbackServer, PROJECT, SAMPLES

REMOTEOK = "/https/remoteok.com/api"
REMOTIVE = "/https/remotive.com/api/remote-jobs"
GOOD_BOARD = "/https/boards-api.greenhouse.io/v1/boards/northwindanalytics/jobs"
BAD_BOARD = "/https/boards-api.greenhouse.io/v1/boards/lumenlearninglab/jobs"
BODIES = {
    REMOTEOK: (SAMPLES / "remoteok" / "remoteok_sample.json").read_bytes(),
    REMOTIVE: (SAMPLES / "remotive" / "remotive_sample.json").read_bytes(),
    GOOD_BOARD: (SAMPLES / "greenhouse" / "greenhouse_northwindanalytics_sample.json").read_bytes(),
    BAD_BOARD: (SAMPLES / "greenhouse" / "greenhouse_lumenlearninglab_sample.json").read_bytes(),
}


class FaultServer(LoopbackServer):
    """Serves the sample captures; `faults[path]` makes that path misbehave."""

    def __init__(self, faults: dict[str, str] | None = None):
        self.faults = faults or {}
        self.hits: dict[str, int] = {}
        self.times: dict[str, list[float]] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def send_body(self, status: int, body: bytes, content_type="application/json", **headers):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):  # noqa: N802
                path = self.path.split("?")[0]
                server.hits[path] = server.hits.get(path, 0) + 1
                server.times.setdefault(path, []).append(time.monotonic())
                fault = server.faults.get(path)
                body = BODIES.get(path)
                if body is None:
                    return self.send_body(404, b"not here", "text/plain")
                if fault == "500":
                    return self.send_body(500, b"<h1>Internal Server Error</h1>", "text/html")
                if fault == "429" and server.hits[path] == 1:
                    return self.send_body(429, b"slow down", "text/plain", Retry_After="2")
                if fault == "timeout":
                    time.sleep(4)
                    return self.send_body(200, body)
                if fault == "truncated":
                    return self.send_body(200, body[: len(body) // 2])
                if fault == "html":
                    return self.send_body(200, b"<!doctype html><title>Maintenance</title><p>Back soon</p>",
                                          "text/html; charset=utf-8")
                if fault == "charset":  # UTF-8 bytes declared as Latin-1
                    return self.send_body(200, body, "application/json; charset=iso-8859-1")
                if fault == "redirect_loop":
                    self.send_response(302)
                    self.send_header("Location", self.path + ("&" if "?" in self.path else "?") + "again=1")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if fault == "endless":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()  # no length: the body never ends
                    try:
                        self.wfile.write(b'[{"legal": "')
                        chunk = b"x" * 65536
                        while True:
                            self.wfile.write(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        return None
                return self.send_body(200, body)

        self.listen(Handler)


CRAWL = """
import json, sys
from scrapers.runner import project_settings, run_spiders, spider_classes
classes = spider_classes()
settings = project_settings(MICROGIGS_DB=sys.argv[1], MICROGIGS_REPLAY_URL=sys.argv[2], DOWNLOAD_DELAY=0,
    AUTOTHROTTLE_ENABLED=False, RETRY_TIMES=1, DOWNLOAD_TIMEOUT=float(sys.argv[3]), DOWNLOAD_MAXSIZE=2_000_000,
    DOWNLOAD_WARNSIZE=0, REDIRECT_MAX_TIMES=5, LOG_LEVEL="CRITICAL", ROBOTSTXT_OBEY=False)
names = sys.argv[4].split(",")
runs = run_spiders([classes[name] for name in names], settings,
                   {"greenhouse": {"boards": "northwindanalytics,lumenlearninglab"}})
print(json.dumps([run.__dict__ for run in runs]))
"""


def crawl(db_path: str, server: FaultServer, timeout: float = 20.0, sources: str = "remoteok,remotive") -> dict[str, dict]:
    """The sources crawled once in a subprocess; `timeout` is Scrapy's DOWNLOAD_TIMEOUT."""
    done = subprocess.run([sys.executable, "-c", CRAWL, db_path, server.url, str(timeout), sources],
                          capture_output=True, text=True, timeout=120, cwd=PROJECT)
    assert done.returncode == 0, done.stderr[-3000:]
    return {run["name"]: run for run in json.loads(done.stdout.splitlines()[-1])}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A catalog after one good crawl of both sources."""
    path = str(tmp_path_factory.mktemp("faults") / "seed.db")
    with FaultServer() as server:
        runs = crawl(path, server)
    assert all(run["status"] == "ok" for run in runs.values()), runs
    return path


def snapshot(db_path: str) -> dict:
    db = open_db(db_path)
    return {r["id"]: (r["title"], r["description_text"], r["closed_at"])
            for r in db.query("select id, title, description_text, closed_at from listings")}


# fault -> words the failure line must contain, and the crawl stat that counts it
FAILURES = {
    "500": "500",
    "timeout": "TimeoutError",
    "truncated": "not valid JSON",
    "html": "not valid JSON",
    "redirect_loop": "redirect",
    "endless": "size cap",
}
COUNTED = {
    "500": "source_errors/HttpError",
    "timeout": "source_errors/DownloadTimeoutError",
    "truncated": "source_errors/UnparsableResponse",
    "html": "source_errors/UnparsableResponse",
    "redirect_loop": "source_errors/IgnoreRequest",
    "endless": "source_errors/DownloadCancelledError",
}


@pytest.mark.parametrize("fault", sorted(FAILURES))
def test_fault_is_reported_others_go_on_nothing_lost(seeded, tmp_path, fault):
    db_path = str(tmp_path / "c.db")
    shutil.copy(seeded, db_path)
    before = snapshot(db_path)
    with FaultServer({REMOTEOK: fault}) as server:
        for _ in range(2):  # twice: two complete good crawls would close what they miss
            runs = crawl(db_path, server, timeout=1.5 if fault == "timeout" else 20.0)
            assert runs["remoteok"]["status"] == "failed", runs["remoteok"]
            assert FAILURES[fault].lower() in " ".join(runs["remoteok"]["failures"]).lower(), runs["remoteok"]
            assert runs["remotive"]["status"] == "ok" and runs["remotive"]["items"] >= 20
    assert snapshot(db_path) == before  # nothing lost, nothing closed
    failed = list(open_db(db_path).query("select * from crawls where source = 'remoteok' and status = 'failed'"))
    assert len(failed) == 2 and all(c["error_text"] and c["complete"] == 0 for c in failed)
    assert all(json.loads(c["stats"]).get(COUNTED[fault]) == 1 for c in failed)  # counted in the crawl's stats
    if fault == "500":
        assert server.hits[REMOTEOK] == 4  # one retry per crawl
        assert json.loads(failed[-1]["stats"]).get("backoff/count", 0) >= 1


def test_429_with_retry_after_waits_then_succeeds(seeded, tmp_path):
    db_path = str(tmp_path / "c.db")
    shutil.copy(seeded, db_path)
    with FaultServer({REMOTEOK: "429"}) as server:
        runs = crawl(db_path, server)
    assert runs["remoteok"]["status"] == "ok" and runs["remoteok"]["items"] >= 20
    first, second = server.times[REMOTEOK][:2]
    assert second - first >= 1.9  # Retry-After: 2 honoured
    stats = json.loads(next(open_db(db_path).query(
        "select stats from crawls where source = 'remoteok' order by started_at desc limit 1"))["stats"])
    assert stats["retry_after/waits"] == 1 and stats["retry/count"] == 1


def test_wrong_charset_still_reads_utf8_json(seeded, tmp_path):
    db_path = str(tmp_path / "c.db")
    shutil.copy(seeded, db_path)
    before = snapshot(db_path)
    with FaultServer({REMOTEOK: "charset"}) as server:
        runs = crawl(db_path, server)
    assert runs["remoteok"]["status"] == "ok"
    after = snapshot(db_path)
    assert after == before  # same titles: no mojibake written over good text
    assert any("€" in text for _, text, _ in after.values() if text)  # read as UTF-8, not as Latin-1
    stats = json.loads(next(open_db(db_path).query(
        "select stats from crawls where source = 'remoteok' order by started_at desc limit 1"))["stats"])
    assert stats["encoding/declared_not_utf8"] == 1  # counted, though nothing was lost


def board_snapshot(db_path: str, board: str) -> dict:
    db = open_db(db_path)
    return {r["id"]: (r["title"], r["closed_at"], r["last_seen_at"])
            for r in db.query("select * from listings where source = 'greenhouse' and board = ?", [board])}


@pytest.mark.parametrize("fault", ["500", "truncated", "html"])
def test_a_fault_on_one_page_leaves_the_other_pages_of_the_source_stored(tmp_path, fault):
    """Greenhouse with two boards: one board's page misbehaves; the other board's listings are stored and
    seen, the crawl is suspect (not complete), so the failing board's listings stay open."""
    db_path = str(tmp_path / "gh.db")
    with FaultServer() as server:
        seed = crawl(db_path, server, sources="greenhouse")["greenhouse"]
    assert seed["status"] == "ok", seed
    good_before = board_snapshot(db_path, "northwindanalytics")
    bad_before = board_snapshot(db_path, "lumenlearninglab")
    assert good_before and bad_before
    with FaultServer({BAD_BOARD: fault}) as server:
        for _ in range(2):  # two crawls that missed the board's listings, were they complete, would close them
            run = crawl(db_path, server, sources="greenhouse")["greenhouse"]
            assert run["status"] == "suspect", run
            assert len(run["failures"]) == 1 and "lumenlearninglab" in run["failures"][0], run["failures"]
            assert run["stored"] == len(good_before) and run["closed"] == 0
    good_after = board_snapshot(db_path, "northwindanalytics")
    assert set(good_after) == set(good_before)
    assert all(seen > good_before[i][2] and closed is None for i, (_, closed, seen) in good_after.items())
    assert board_snapshot(db_path, "lumenlearninglab") == bad_before  # kept, open, untouched
    crawls = list(open_db(db_path).query("select * from crawls where source = 'greenhouse' order by started_at"))
    assert [c["status"] for c in crawls] == ["ok", "suspect", "suspect"]
    assert all(c["complete"] == 0 and "lumenlearninglab" in c["error_text"] for c in crawls[1:])
