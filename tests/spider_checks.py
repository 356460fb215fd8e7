"""Checks every spider's test module shares: its sample capture, a broken record, an error page.

Each test module keeps what is particular to its source: the real recordings, field by field.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapers.items import ListingItem
from scrapers.platforms.base import UnparsableResponse
from tests.conftest import SAMPLES, assert_listing_invariants, make_spider, normalize_items, response_for


def rows_of(spider_cls, path, url=None, body=None, follow_errbacks: bool = False):
    """Normalized rows of one saved response. With `follow_errbacks`, requests the callback yields are
    answered by their errback (as in `microgigs parse`, which fetches nothing more)."""
    spider = make_spider(spider_cls)
    response = response_for(path, url or spider.sample_url, body)
    items = []
    for result in spider.parse(response) or ():
        if isinstance(result, ListingItem):
            items.append(dict(result))
        elif follow_errbacks and getattr(result, "errback", None) is not None:
            from twisted.python.failure import Failure

            from scrapers.middlewares import NotFetchedOffline

            failure = Failure(NotFetchedOffline(f"offline: not fetching {result.url}"))
            failure.request = result
            items += [dict(i) for i in result.errback(failure) or () if isinstance(i, ListingItem)]
    good = [i for i in items if not i.get("extract_error")]
    return normalize_items(spider_cls, good), [i for i in items if i.get("extract_error")]


def sample_rows(spider_cls) -> list[dict]:
    """Every listing of the source's sample capture, each file parsed at its manifest URL."""
    folder = SAMPLES / spider_cls.name
    rows = []
    for url, name in json.loads((folder / "manifest.json").read_text()).items():
        found, broken = rows_of(spider_cls, folder / name, url=url, follow_errbacks=True)
        assert not broken, broken[:1]
        rows += found
    unique: dict[str, dict] = {}
    for row in rows:  # a detail page repeats its list entry's id: keep the fuller one, as a crawl would
        kept = unique.get(row["id"])
        if kept is None or sum(v is not None for v in row.values()) > sum(v is not None for v in kept.values()):
            unique[row["id"]] = row
    return list(unique.values())


def check_sample_capture(spider_cls, minimum: int = 10) -> list[dict]:
    rows = sample_rows(spider_cls)
    assert len(rows) >= minimum
    assert_listing_invariants(rows, spider_cls.name)
    assert any(r["is_micro"] for r in rows), "the demo capture should show short paid work"
    return rows


def check_broken_record_is_quarantined(spider_cls, body: bytes, url: str | None = None) -> None:
    """`body` holds one record that is no object and one well-formed record."""
    rows, broken = rows_of(spider_cls, Path("x.json"), url=url, body=body)
    assert len(broken) == 1 and len(rows) == 1


def check_error_page_is_a_clear_error(spider_cls, url: str | None = None, suffix: str = ".json") -> None:
    with pytest.raises(UnparsableResponse):
        rows_of(spider_cls, Path("x" + suffix), url=url, body=b"<html><body><h1>502 Bad Gateway</h1></body></html>")


def check_real_recording(spider_cls, path, expected: int, url: str | None = None, follow_errbacks: bool = False,
                         unique: bool = True) -> list[dict]:
    """Every record of a real recording becomes a listing that satisfies the schema, ids stable across runs."""
    rows, broken = rows_of(spider_cls, path, url=url, follow_errbacks=follow_errbacks)
    assert not broken, broken[:1]
    assert len(rows) == expected, (len(rows), expected)
    again, _ = rows_of(spider_cls, path, url=url, follow_errbacks=follow_errbacks)
    assert [r["id"] for r in again] == [r["id"] for r in rows]  # stable across crawls
    if not unique:  # a recording that repeats a posting (the store keeps one)
        rows = list({row["id"]: row for row in rows}.values())
    assert_listing_invariants(rows, spider_cls.name)
    return rows
