"""pinpoint: the real postings feed and the sample capture."""
import json

from scrapers.spiders.pinpoint import PinpointSpider
from tests.conftest import realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture)


def test_real_postings_field_by_field():
    path = realworld_files("other_ats", "ergon_pinpoint_jobs.json")[0]
    rows = check_real_recording(PinpointSpider, path, len(json.loads(path.read_text())["data"]))
    row = rows[0]
    assert row["id"] == "pinpoint:515428" and row["title"] == "Warehouse/Fleet Manager" and row["company"] == "AAWDC"
    assert row["url"] == "https://aawdc.pinpointhq.com/en/postings/fca592d6-2561-4b2a-88b0-15d2b375971a"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (80000, 100000, "USD", "year")
    assert row["expires_at"] == "2026-06-27T03:59:59Z"  # deadline_at -04:00
    assert row["remote"] == "onsite" and row["employment_type"] == "FULL_TIME"
    assert "Key Responsibilities" in row["description_text"]
    assert rows[1]["pay_unit"] == "hour" and rows[1]["hourly_usd_min"] == 17


def test_sample_capture():
    check_sample_capture(PinpointSpider)


def test_broken_record_and_error_page():
    body = {"data": ["x", {"id": "1", "title": "Task", "url": "https://aawdc.pinpointhq.com/en/postings/1"}]}
    check_broken_record_is_quarantined(PinpointSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(PinpointSpider)
