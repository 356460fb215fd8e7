"""Shared test helpers: real recordings from ../shared/realworld, sample captures, spider runs.

Spider tests call the spider's callback on a response built from a file, City Scrapers style
(no reactor, no network), then normalize the items with the same function the pipeline uses.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
from datetime import datetime, timezone
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

PROJECT = Path(__file__).resolve().parents[1]
REALWORLD = Path(os.environ.get("MICROGIGS_REALWORLD", PROJECT.parent / "shared" / "realworld"))
SAMPLES = PROJECT / "scrapers" / "samples"
FIXED_NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=timezone.utc)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory) -> Path:
    """The demo catalog, built once per test process by `microgigs demo --no-serve` (several seconds);
    tests read or change copies of it (demo_copy), never this file."""
    path = tmp_path_factory.mktemp("demo-build") / "demo.db"
    built = subprocess.run([sys.executable, "-m", "scrapers.cli", "demo", "--no-serve", "--db", str(path)],
                           cwd=PROJECT, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr[-2000:]
    return path


def demo_copy(built: Path, folder: Path) -> Path:
    """A private copy of the built demo catalog (the demo folds its WAL into the file, so one file is all)."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(built, folder / "demo.db"))


def realworld_files(folder: str, *patterns: str) -> list[Path]:
    """Real recordings in ../shared/realworld/<folder>, or a skip when that folder is absent."""
    base = REALWORLD / folder
    if not base.is_dir():
        pytest.skip(f"real recordings not available: {base} is absent (clone ../shared beside the project)")
    files = sorted(p for pattern in (patterns or ("*",)) for p in base.glob(pattern) if p.is_file())
    assert files, f"no files matching {patterns} in {base}"
    return files


def make_spider(spider_cls, **kwargs):
    crawler = get_crawler(spider_cls)
    spider = spider_cls.from_crawler(crawler, **kwargs)
    return spider


def response_for(path: Path | str, url: str, body: bytes | None = None):
    path = Path(path)
    body = path.read_bytes() if body is None else body
    suffix = path.suffix.lower()
    cls = {".html": HtmlResponse, ".htm": HtmlResponse, ".xml": XmlResponse, ".rss": XmlResponse}.get(suffix, TextResponse)
    return cls(url=url, body=body, encoding="utf-8", request=Request(url))


def parse_items(spider_cls, path: Path | str, url: str | None = None, body: bytes | None = None, **kwargs):
    """Raw ListingItems (as dicts) the spider yields for one saved response; follow-up requests dropped."""
    from scrapers.items import ListingItem

    spider = make_spider(spider_cls, **kwargs)
    url = url or spider.sample_url
    response = response_for(path, url, body)
    out = []
    for result in spider.parse(response) or ():
        if isinstance(result, ListingItem):
            out.append(dict(result))
    return out


def normalize_items(spider_cls, items, now: datetime = FIXED_NOW):
    """The normalize pipeline's job, as a pure call: raw item dicts -> schema rows."""
    from normalize.listing import normalize_listing
    from scrapers.pipelines.normalize import source_context

    context = source_context(spider_cls)
    rows = []
    for item in items:
        item = dict(item)
        item.setdefault("source", spider_cls.name)
        rows.append(normalize_listing(item, source=context, now=now))
    return rows


@pytest.fixture
def tmp_db(tmp_path):
    return str(tmp_path / "microgigs.db")


ISO_UTC = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"


def assert_listing_invariants(rows: list[dict], source: str) -> None:
    """What every stored listing of every source must satisfy (SCHEMA.md)."""
    import json
    import re

    from db.schema import LISTING_COLUMNS

    assert rows, "no listings"
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "ids are not unique"
    for row in rows:
        assert list(row) == list(LISTING_COLUMNS)
        assert row["source"] == source and row["id"] == f"{source}:{row['source_id']}"
        assert isinstance(row["source_id"], str) and row["source_id"].strip() == row["source_id"]
        assert re.match(r"^https?://[^/\s]+", row["url"]), row["url"]
        if row["apply_url"]:
            assert re.match(r"^https?://", row["apply_url"])
        for column in ("posted_at", "expires_at", "due_at", "first_seen_at", "last_seen_at", "closed_at"):
            assert row[column] is None or re.match(ISO_UTC, row[column]), (column, row[column])
        text = row["description_text"] or ""
        assert not re.search(r"<\s*/?\s*[a-zA-Z][^>]*>", text), f"HTML left in description_text of {row['id']}"
        assert "&lt;" not in text and "&amp;" not in text and "&amp;" not in row["title"]
        html = row["description_html"] or ""
        assert "<script" not in html.lower() and "javascript:" not in html.lower()
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html, re.I), "event handler left in description_html"
        assert row["raw"] is not None and json.dumps(row["raw"])
        assert row["is_micro"] in (0, 1) and isinstance(row["micro_reasons"], list)
        assert (row["is_micro"] == 1) == bool(row["micro_reasons"])
        assert row["pay_currency"] is None or re.match(r"^[A-Z]{3}$", row["pay_currency"])
        assert row["pay_unit"] in (None, "project", "hour", "day", "week", "month", "year", "piece")
        assert (row["pay_piece"] is not None) == (row["pay_unit"] == "piece")
        assert row["country"] is None or re.match(r"^[A-Z]{2}$", row["country"])
        assert row["remote"] in (None, "remote", "hybrid", "onsite")
        if row["pay_min"] is not None and row["pay_max"] is not None:  # one may be missing: "up to $500"
            assert row["pay_min"] <= row["pay_max"]


def stable_ids(spider_cls, path, url=None) -> None:
    """Parsing the same response twice gives the same ids (stable across crawls)."""
    first = [normalize_items(spider_cls, [i])[0]["id"] for i in parse_items(spider_cls, path, url) if not i.get("extract_error")]
    second = [normalize_items(spider_cls, [i])[0]["id"] for i in parse_items(spider_cls, path, url) if not i.get("extract_error")]
    assert first == second


class LoopbackServer:
    """A threaded HTTP server on a free 127.0.0.1 port, for `with`: its handler comes from the subclass."""

    def listen(self, handler) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


# In CI (.ci/run sets MICROGIGS_CI) a skip is a failure: a missing Chromium, redis-server or ../shared must not
# pass unseen as a green run.
STRICT_SKIPS = bool(os.environ.get("MICROGIGS_CI"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if STRICT_SKIPS and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must run every test: {reason}"
