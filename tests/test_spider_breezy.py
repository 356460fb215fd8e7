"""breezy: the real positions list and the sample capture."""
import json

from scrapers.spiders.breezy import BreezySpider
from tests.conftest import realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture)


def test_real_positions_field_by_field():
    path = realworld_files("other_ats", "ergon_breezy_jobs.json")[0]
    rows = check_real_recording(BreezySpider, path, len(json.loads(path.read_text())))
    row = rows[0]
    assert row["id"] == "breezy:e63605aeb81c" and row["title"] == "CDL A Home Daily Truck Driving Position"
    assert row["company"] == "10-4 Truck Recruiting" and row["country"] == "US" and row["location_raw"] == "Tacoma, WA"
    assert row["posted_at"] == "2026-06-04T23:24:11Z" and row["employment_type"] == "FULL_TIME"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"]) == (1400, 1800, "USD")  # "$1.40k - $1.80k"
    assert row["pay_unit"] is None and "pay_unit_missing" in row["flags"]  # no period stated


def test_sample_capture():
    check_sample_capture(BreezySpider)


def test_broken_record_and_error_page():
    body = [None, {"id": "ab", "name": "Task", "url": "https://acme.breezy.hr/p/ab-task", "published_date": "2026-11-20T10:00:00Z"}]
    check_broken_record_is_quarantined(BreezySpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(BreezySpider)
