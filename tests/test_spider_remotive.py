"""remotive: the real recorded API responses and the project's sample capture."""
import json

import pytest

from scrapers.platforms.base import UnparsableResponse
from scrapers.spiders.remotive import RemotiveSpider
from tests.conftest import (SAMPLES, assert_listing_invariants, normalize_items, parse_items, realworld_files,
                            stable_ids)


def rows_of(path, **kwargs):
    return normalize_items(RemotiveSpider, parse_items(RemotiveSpider, path, **kwargs))


@pytest.mark.parametrize("name", ["bcl_remotive_sample.json", "ergon_remotive_sample.json", "jia_remotive.json"])
def test_every_real_recording_parses_with_invariants(name):
    path = next(p for p in realworld_files("remotive") if p.name == name)
    records = json.loads(path.read_text())["jobs"]
    rows = rows_of(path)
    assert len(rows) == len(records)
    assert_listing_invariants(rows, "remotive")
    assert [r["raw"]["id"] for r in rows] == [j["id"] for j in records]  # raw kept as received
    stable_ids(RemotiveSpider, path)


def test_real_listing_field_by_field():
    path = next(p for p in realworld_files("remotive") if p.name == "ergon_remotive_sample.json")
    row = next(r for r in rows_of(path) if r["source_id"] == "2090881")
    assert row["id"] == "remotive:2090881"
    assert row["title"] == "Business Transformation Lead"
    assert row["posted_at"] == "2026-06-12T21:30:58Z"  # naive publication_date read as UTC
    assert row["pay_raw"] == "$175k - $225k"
    assert (row["pay_min"], row["pay_max"]) == (175000.0, 225000.0)
    assert row["pay_unit"] == "year" and "pay_unit_missing" not in row["flags"]  # a year's amount, full-time role
    assert row["remote"] == "remote"
    assert row["employment_type"] == "FULL_TIME" and row["is_micro"] == 0


def test_tracking_pixel_and_html_are_dropped_from_descriptions():
    path = next(p for p in realworld_files("remotive") if p.name == "bcl_remotive_sample.json")
    for row in rows_of(path):
        assert "blank.gif" not in (row["description_html"] or "")
        assert row["description_text"]


def test_hourly_salary_text_gives_hourly_pay():
    path = next(p for p in realworld_files("remotive") if p.name == "bcl_remotive_sample.json")
    hourly = [r for r in rows_of(path) if r["pay_unit"] == "hour"]
    assert hourly and all(r["pay_min"] <= r["pay_max"] < 1000 for r in hourly)


def test_sample_capture_parses_in_full():
    manifest = json.loads((SAMPLES / "remotive" / "manifest.json").read_text())
    (url, name), = manifest.items()
    rows = rows_of(SAMPLES / "remotive" / name, url=url)
    assert len(rows) == 42
    assert_listing_invariants(rows, "remotive")
    assert sum(r["is_micro"] for r in rows) >= 15 and sum(1 - r["is_micro"] for r in rows) >= 10


def test_a_broken_record_is_quarantined_not_fatal(tmp_path):
    body = {"jobs": ["not an object", {"id": 1, "url": "https://remotive.com/remote-jobs/x-1", "title": "Task",
                                        "publication_date": "2026-11-20T10:00:00"}]}
    items = parse_items(RemotiveSpider, "x.json", body=json.dumps(body).encode())
    assert [bool(i.get("extract_error")) for i in items] == [True, False]


def test_an_html_error_page_is_a_clear_error():
    with pytest.raises(UnparsableResponse, match="not valid JSON"):
        parse_items(RemotiveSpider, "x.json", body=b"<html><body>Too many requests</body></html>")


def test_source_declares_its_terms_and_limits():
    info = RemotiveSpider.source_info()
    assert info["min_interval_hours"] == 6 and "4 requests a day" in info["rate_limit"]
    assert "link back" in info["terms"].lower() and "Remotive" in info["attribution"]
    assert RemotiveSpider.custom_settings["DOWNLOAD_DELAY"] >= 30
