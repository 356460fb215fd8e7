"""freelancer: the sample capture in the documented API shape (no real response was recorded)."""
import json

from scrapy import Request

from scrapers.spiders.freelancer import FreelancerSpider, page_url
from tests.conftest import make_spider, response_for
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_sample_capture)


def test_sample_capture_field_by_field():
    rows = check_sample_capture(FreelancerSpider)
    row = next(r for r in rows if r["source_id"] == "39800102")
    assert row["url"] == "https://www.freelancer.com/projects/audio/podcast-audio-cleanup-for-6-episodes-39800102"
    assert (row["pay_min"], row["pay_currency"], row["pay_unit"]) == (40, "USD", "hour")  # type hourly
    assert row["hours_per_week"] == 10  # hourly_project_info.commitment
    assert row["expires_at"] == "2026-12-01T13:44:00Z"  # time_submitted + bidperiod 7 days
    fixed = next(r for r in rows if r["source_id"] == "39800101")
    assert (fixed["pay_min"], fixed["pay_max"], fixed["pay_unit"]) == (800, 1200, "project")  # type fixed


def test_offset_paging_stops_at_total_count():
    spider = make_spider(FreelancerSpider)
    body = json.dumps({"status": "success", "result": {"projects": [{"id": 1}] * 100, "total_count": 150}}).encode()
    following = [r for r in spider.parse(response_for("x.json", page_url(0), body)) if isinstance(r, Request)]
    assert [r.url for r in following] == [page_url(100)]


def test_broken_record_and_error_page():
    body = {"result": {"projects": ["x", {"id": 5, "title": "Task", "seo_url": "x/task-5", "time_submitted": 1795532760}]}}
    check_broken_record_is_quarantined(FreelancerSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(FreelancerSpider)
