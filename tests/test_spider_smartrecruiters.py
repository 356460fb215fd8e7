"""smartrecruiters: the real list pages (with each posting's detail request), a real detail, the sample."""
import json

import pytest
from scrapy import Request

from scrapers.spiders.smartrecruiters import SmartRecruitersSpider
from tests.conftest import make_spider, realworld_files, response_for
from tests.spider_checks import check_error_page_is_a_clear_error, check_real_recording, check_sample_capture, rows_of

LISTS = {"jobops_smartrecruiters_servicenow_list.json": "ServiceNow", "ergon_smartrecruiters_visa.json": "Visa"}


def list_url(company):
    return f"https://api.smartrecruiters.com/v1/companies/{company}/postings?offset=0&limit=100"


@pytest.mark.parametrize("name,company", sorted(LISTS.items()))
def test_real_list_pages_ask_for_each_detail_and_fall_back_to_the_list(name, company):
    path = next(p for p in realworld_files("smartrecruiters") if p.name == name)
    data = json.loads(path.read_text())
    spider = make_spider(SmartRecruitersSpider)
    requests = [r for r in spider.parse(response_for(path, list_url(company))) if isinstance(r, Request)]
    details = [r for r in requests if r.callback == spider.parse_detail]
    assert [r.url for r in details] == [p["ref"] for p in data["content"]]
    # Offline (as `microgigs parse`), each detail's errback keeps the listing from the list page.
    rows = check_real_recording(SmartRecruitersSpider, path, len(data["content"]), url=list_url(company),
                                follow_errbacks=True)
    assert {r["company"] for r in rows} == {company}
    assert data["totalFound"] == len(data["content"]) or any(r.callback == spider.parse for r in requests)


def test_the_board_is_the_company_a_posting_names():
    """Parsed at another company's address (as `microgigs parse` without --url), Visa's postings stay Visa's."""
    path = realworld_files("smartrecruiters", "ergon_smartrecruiters_visa.json")[0]
    rows, _ = rows_of(SmartRecruitersSpider, path, url=list_url("ServiceNow"), follow_errbacks=True)
    assert {(r["board"], r["company"]) for r in rows} == {("Visa", "Visa")}
    first = next(r for r in rows if r["source_id"] == "744000122509268")
    assert first["title"] == "Sr. SW Engineer" and first["url"] == "https://jobs.smartrecruiters.com/Visa/744000122509268"
    assert first["location_raw"] == "Austin, TX, United States" and first["country"] == "US"
    assert first["posted_at"] == "2026-04-23T16:54:54Z" and first["remote"] == "hybrid"


def test_real_detail_field_by_field():
    path = realworld_files("smartrecruiters", "jobops_smartrecruiters_detail.json")[0]
    row = check_real_recording(SmartRecruitersSpider, path, 1, url=list_url("ServiceNow"))[0]
    assert row["id"] == "smartrecruiters:744000138497339" and row["title"] == "Sr Product Security Engineer"
    assert row["url"].startswith("https://jobs.smartrecruiters.com/ServiceNow/744000138497339")
    assert row["posted_at"] == "2026-07-19T10:16:34Z" and row["country"] == "IL" and row["remote"] == "hybrid"
    assert row["employment_type"] == "FULL_TIME" and "Fred Luddy" in row["description_text"]


def test_sample_capture():
    check_sample_capture(SmartRecruitersSpider)


def test_error_page():
    check_error_page_is_a_clear_error(SmartRecruitersSpider, url=list_url("Visa"))


def test_a_broken_posting_is_quarantined():
    body = json.dumps({"offset": 0, "totalFound": 2, "content": [
        "bad", {"id": "7", "name": "Task", "releasedDate": "2026-11-20T10:00:00.000Z", "company": {"identifier": "X"}}]})
    rows, broken = rows_of(SmartRecruitersSpider, "x.json", url=list_url("X"), body=body.encode())
    assert len(broken) == 1 and len(rows) == 1 and rows[0]["url"] == "https://jobs.smartrecruiters.com/X/7"
