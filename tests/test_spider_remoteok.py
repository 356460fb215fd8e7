"""remoteok: the real recorded API responses and the project's sample capture."""
import json

import pytest

from scrapers.spiders.remoteok import RemoteOkSpider
from tests.conftest import (SAMPLES, assert_listing_invariants, normalize_items, parse_items, realworld_files,
                            stable_ids)


def rows_of(path, **kwargs):
    return normalize_items(RemoteOkSpider, parse_items(RemoteOkSpider, path, **kwargs))


@pytest.mark.parametrize("name", ["aibuilderx_remoteok_sample.json", "ergon_remoteok_sample.json",
                                  "jia_remoteok.json", "rjc_remoteok.json"])
def test_every_real_recording_parses_with_invariants(name):
    path = next(p for p in realworld_files("remoteok") if p.name == name)
    records = [r for r in json.loads(path.read_text()) if "position" in r]
    rows = rows_of(path)
    assert len(rows) == len(records)  # the legal element is skipped, every job kept
    assert_listing_invariants(rows, "remoteok")
    stable_ids(RemoteOkSpider, path)


def test_real_listing_field_by_field():
    path = next(p for p in realworld_files("remoteok") if p.name == "rjc_remoteok.json")
    row = next(r for r in rows_of(path) if r["source_id"] == "1134698")
    assert row["title"] == "Australian English Voice Actor Adelaide"
    assert row["company"] == "OpsArmy Careers"
    assert row["posted_at"] == "2026-07-10T02:20:45Z"
    assert row["url"].endswith("-1134698") and row["remote"] == "remote"
    assert row["country"] == "AU"
    assert row["pay_min"] is None and "pay_missing" in row["flags"]  # salary 0 means unknown
    assert row["occupation"] == "creative_multimedia"


def test_structured_salary_is_yearly_usd():
    path = next(p for p in realworld_files("remoteok") if p.name == "ergon_remoteok_sample.json")
    row = next(r for r in rows_of(path) if r["source_id"] == "1133263")
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (60000.0, 90000.0, "USD", "year")
    assert row["pay_min_usd"] == 60000.0 and row["fx_date"]


def test_mojibake_is_repaired_where_it_can_be():
    path = next(p for p in realworld_files("remoteok") if p.name == "aibuilderx_remoteok_sample.json")
    for row in rows_of(path):
        assert "â€" not in (row["description_text"] or "")


def test_anti_spam_note_with_the_requesters_tag_is_removed():
    for path in realworld_files("remoteok"):
        for row in rows_of(path):
            text = row["description_text"] or ""
            assert "Please mention the word" not in text and "RMzguNjgu" not in text
            assert row["raw"]["description"] == next(
                r["description"] for r in json.loads(path.read_text()) if r.get("id") == row["source_id"])


def test_sample_capture_parses_in_full():
    (url, name), = json.loads((SAMPLES / "remoteok" / "manifest.json").read_text()).items()
    rows = rows_of(SAMPLES / "remoteok" / name, url=url)
    assert len(rows) == 35
    assert_listing_invariants(rows, "remoteok")
    assert 10 <= sum(r["is_micro"] for r in rows) <= 30


def test_the_legal_element_is_recognised_by_shape_not_position():
    body = [{"id": "1", "position": "Logo gig", "url": "https://remoteok.com/remote-jobs/1", "date": "2026-11-01T00:00:00+00:00"},
            {"last_updated": 1, "legal": "terms"}]
    items = parse_items(RemoteOkSpider, "x.json", body=json.dumps(body).encode())
    assert [i["title"] for i in items] == ["Logo gig"]
