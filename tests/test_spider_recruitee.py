"""recruitee: the real offers response and the sample capture."""
import json

from scrapers.spiders.recruitee import RecruiteeSpider
from tests.conftest import realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture)


def test_real_offers_field_by_field():
    path = realworld_files("recruitee")[0]
    rows = check_real_recording(RecruiteeSpider, path, len(json.loads(path.read_text())["offers"]))
    row = next(r for r in rows if r["source_id"] == "2631774")
    assert row["title"] == "Account Executive France" and row["company"] == "Channable"
    assert row["url"] == "https://jobs.channable.com/o/account-executive-france-2028"
    assert row["posted_at"] == "2026-06-08T13:03:54Z"  # "2026-06-08 13:03:54 UTC"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (5253, 6152, "EUR", "month")
    assert row["remote"] == "hybrid" and row["country"] == "NL"


def test_sample_capture():
    check_sample_capture(RecruiteeSpider)


def test_broken_record_and_error_page():
    body = {"offers": [False, {"id": 1, "title": "Task", "careers_url": "https://acme.recruitee.com/o/task",
                               "published_at": "2026-11-20 10:00:00 UTC"}]}
    check_broken_record_is_quarantined(RecruiteeSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(RecruiteeSpider)
