"""workday: the real CXS list responses (POST, offset paging) and the sample capture."""
import json

import pytest
from scrapy import Request

from scrapers.platforms.workday import site_parts
from scrapers.spiders.workday import WorkdaySpider
from tests.conftest import make_spider, realworld_files, response_for
from tests.spider_checks import check_error_page_is_a_clear_error, check_real_recording, check_sample_capture

URL = "https://nvidia.wd5.myworkdayjobs.com/wday/cxs/nvidia/NVIDIAExternalCareerSite/jobs?offset=0"


@pytest.mark.parametrize("name", ["careerkit_workday.json", "ergon_workday_nvidia.json", "hunt_workday_cxs_jobs.json"])
def test_every_real_response_parses(name):
    path = next(p for p in realworld_files("workday") if p.name == name)
    rows = check_real_recording(WorkdaySpider, path, len(json.loads(path.read_text())["jobPostings"]), url=URL)
    assert all(r["url"].startswith("https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/") for r in rows)


def test_real_posting_field_by_field():
    path = next(p for p in realworld_files("workday") if p.name == "ergon_workday_nvidia.json")
    row = check_real_recording(WorkdaySpider, path, 2, url=URL)[0]
    assert row["id"] == "workday:nvidia.wd5/NVIDIAExternalCareerSite:JR2018805"
    assert row["title"] == "Developer Relations Manager, Healthcare Robotics"
    assert row["company"] == "NVIDIA"  # the list names no company: the board's line in workday_boards.csv does
    assert row["url"] == ("https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/"
                          "Developer-Relations-Manager--Physical-AI-Healthcare_JR2018805")
    assert row["location_raw"] == "US, CA, Santa Clara" and row["country"] == "US"
    assert row["posted_at"] == "2026-11-25T12:00:00Z"  # "Posted Today", from the fetch time


def test_vague_dates_and_location_counts_are_not_taken():
    path = next(p for p in realworld_files("workday") if p.name == "hunt_workday_cxs_jobs.json")
    rows = check_real_recording(WorkdaySpider, path, 2, url=URL)
    first = rows[0]
    assert first["posted_at"] is None  # "Posted 30+ Days Ago" is only a bound
    assert first["location_raw"] is None  # "2 Locations" names none


def test_post_paging_by_offset_up_to_the_total():
    spider = make_spider(WorkdaySpider)
    (request,) = [spider.page_request("nvidia.wd5/NVIDIAExternalCareerSite", 0)]
    assert request.method == "POST" and json.loads(request.body)["offset"] == 0
    body = json.dumps({"total": 45, "jobPostings": [{"title": "x", "externalPath": "/job/x"}] * 20}).encode()
    response = response_for("x.json", URL, body)
    response.request.meta.update(board="nvidia.wd5/NVIDIAExternalCareerSite", offset=20)
    following = [r for r in spider.parse(response) if isinstance(r, Request)]
    assert len(following) == 1 and json.loads(following[0].body)["offset"] == 40
    assert site_parts("bad token") is None


def test_sample_capture():
    check_sample_capture(WorkdaySpider)


def test_error_page():
    check_error_page_is_a_clear_error(WorkdaySpider, url=URL)


def test_remote_type_is_read():
    rows = check_sample_capture(WorkdaySpider)
    by_kind = {r["raw"].get("remoteType"): r["remote"] for r in rows}
    assert by_kind["Remote"] == "remote" and by_kind["Onsite"] == "onsite" and by_kind["Hybrid"] == "hybrid"


def test_relative_dates_count_from_when_the_response_was_served():
    """A saved response parsed later keeps its dates: "Posted 3 Days Ago" counts from its Date header."""
    from scrapers.middlewares import FetchTimeMiddleware
    from tests.conftest import normalize_items

    body = json.dumps({"total": 1, "jobPostings": [{"title": "Data entry (10 hours)", "externalPath": "/job/x_JR1",
                                                     "postedOn": "Posted 3 Days Ago", "bulletFields": ["JR1"]}]})
    response = response_for("page.json", URL, body.encode())
    response.headers["Date"] = "Mon, 09 Nov 2026 08:00:00 GMT"
    spider = make_spider(WorkdaySpider)
    items = [dict(i) for i in FetchTimeMiddleware().process_spider_output(response, spider.parse(response))
             if isinstance(i, dict) or hasattr(i, "fields")]
    assert items[0]["fetched_at"] == "2026-11-09T08:00:00Z"
    row, = normalize_items(WorkdaySpider, items)
    assert row["posted_at"][:10] == "2026-11-06"
