"""Shared test helpers: real recordings from ../shared/realworld, sample captures, spider runs.

Spider tests call the spider's callback on a response built from a file, City Scrapers style
(no reactor, no network), then normalize the items with the same function the pipeline uses.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

PROJECT = Path(__file__).resolve().parents[1]
REALWORLD = Path(os.environ.get("MICROGIGS_REALWORLD", PROJECT.parent / "shared" / "realworld"))
SAMPLES = PROJECT / "scrapers" / "samples"
FIXED_NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=timezone.utc)


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
