"""freelancer: the sample capture in the documented API shape (no real response was recorded)."""
import json

from scrapy import Request

from scrapers.spiders.freelancer import FreelancerSpider
from scrapers.platforms.freelancer import page_url
from tests.conftest import make_spider, parse_items, response_for
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_sample_capture)


def test_sample_capture_field_by_field():
    rows = {r["source_id"]: r for r in check_sample_capture(FreelancerSpider, minimum=15)}
    hourly = rows["39800102"]
    assert hourly["url"] == "https://www.freelancer.com/projects/audio/podcast-audio-cleanup-for-6-episodes-39800102"
    assert hourly["title"] == "Podcast audio cleanup for 6 episodes"
    assert (hourly["pay_min"], hourly["pay_currency"], hourly["pay_unit"]) == (40, "USD", "hour")  # type hourly
    assert hourly["hours_per_week"] == 10  # hourly_project_info.commitment, 10 hours per week
    assert hourly["posted_at"] == "2026-11-24T13:44:00Z"  # time_submitted, epoch seconds
    assert hourly["expires_at"] == "2026-12-01T13:44:00Z"  # time_submitted + bidperiod 7 days
    assert (hourly["remote"], hourly["country"], hourly["employment_type"]) == ("remote", None, "CONTRACTOR")
    assert hourly["tags"] == ["Audio", "Freelance"] and hourly["is_micro"] == 1
    fixed = rows["39800101"]
    assert (fixed["pay_min"], fixed["pay_max"], fixed["pay_currency"], fixed["pay_unit"]) == (800, 1200, "USD", "project")
    local = rows["39800113"]  # local: the project's location is the work place
    assert (local["remote"], local["location_raw"], local["country"]) == ("onsite", "Austin, United States", "US")
    full_time = rows["39800120"]  # upgrades.fulltime
    assert (full_time["employment_type"], full_time["is_micro"], full_time["hours_per_week"]) == ("FULL_TIME", 0, 40)


def test_hostile_values_do_not_break_a_project():
    record = {"id": "77", "title": "Fix &amp; test <b>CSV</b> import", "seo_url": "  ", "type": None,
              "time_submitted": "yesterday", "bidperiod": True, "budget": {"minimum": "abc", "maximum": None},
              "currency": "USD", "hourly_project_info": {"commitment": "10h"}, "jobs": [None, {"name": "Excel"}, "x"],
              "upgrades": [], "location": "Berlin", "local": "yes"}
    body = json.dumps({"status": "success", "result": {"projects": [record]}}).encode()
    [item] = parse_items(FreelancerSpider, "x.json", body=body)
    assert item["url"] is None and "expires_raw" not in item and item["tags"] == ["Excel"]
    assert item["pay_unit_raw"] is None and item["remote_raw"] == "remote"


def test_offset_paging_stops_at_total_count_and_at_the_cap():
    spider = make_spider(FreelancerSpider)
    body = json.dumps({"status": "success", "result": {"projects": [{"id": 1}] * 100, "total_count": 150}}).encode()
    following = [r for r in spider.parse(response_for("x.json", page_url(0), body)) if isinstance(r, Request)]
    assert [r.url for r in following] == [page_url(100)]
    last = [r for r in spider.parse(response_for("x.json", page_url(900), body.replace(b"150", b"5000")))
            if isinstance(r, Request)]
    assert last == []  # the newest 1,000 projects only


def test_broken_record_and_error_page():
    body = {"result": {"projects": ["x", {"id": 5, "title": "Task", "seo_url": "x/task-5", "time_submitted": 1795532760}]}}
    check_broken_record_is_quarantined(FreelancerSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(FreelancerSpider)
