"""workable: the real widget feeds and the sample capture."""
import json

from scrapers.spiders.workable import WorkableSpider
from tests.conftest import realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture)


def url(account):
    return f"https://apply.workable.com/api/v1/widget/accounts/{account}?details=true"


def test_real_feed_field_by_field():
    path = realworld_files("workable", "ergon_workable_zego.json")[0]
    rows = check_real_recording(WorkableSpider, path, len(json.loads(path.read_text())["jobs"]), url=url("zego"))
    row = rows[0]
    assert row["id"] == "workable:0897A038EC" and row["title"] == "Claims Fraud Triage Handler"
    assert row["company"] == "Zego"  # the account's name in the feed
    assert row["url"] == "https://apply.workable.com/j/0897A038EC" and row["posted_at"] == "2026-06-02T00:00:00Z"
    assert row["country"] == "GB" and row["location_raw"] == "Halifax, England, United Kingdom"
    assert row["remote"] is None  # telecommuting false says nothing about on-site


def test_a_feed_repeating_a_job_per_country_keeps_one_listing():
    path = realworld_files("workable", "careerkit_workable_zaelab.json")[0]
    rows = check_real_recording(WorkableSpider, path, 2, url=url("zaelab"), unique=False)
    assert len(rows) == 1 and rows[0]["remote"] == "remote" and rows[0]["company"] == "Zaelab"


def test_sample_capture():
    check_sample_capture(WorkableSpider)


def test_broken_record_and_error_page():
    body = {"name": "Acme", "jobs": ["x", {"shortcode": "AB12", "title": "Task", "url": "https://apply.workable.com/j/AB12",
                                           "published_on": "2026-11-20"}]}
    check_broken_record_is_quarantined(WorkableSpider, json.dumps(body).encode(), url=url("acme"))
    check_error_page_is_a_clear_error(WorkableSpider, url=url("acme"))
