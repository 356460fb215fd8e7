"""eightfold: the real career-site response (paging by start) and the sample capture."""
import json

from scrapy import Request

from scrapers.spiders.eightfold import EightfoldSpider
from tests.conftest import make_spider, realworld_files, response_for
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture)

URL = "https://talent.fmjobs.com/api/apply/v2/jobs?domain=fcx.com&start=0&num=10"


def test_real_response_field_by_field():
    path = realworld_files("other_ats", "ergon_eightfold_jobs.json")[0]
    rows = check_real_recording(EightfoldSpider, path, len(json.loads(path.read_text())["positions"]), url=URL)
    row = rows[0]
    assert row["id"] == "eightfold:42478672" and row["title"] == "Manager Engineering - Electrical"
    assert row["company"] == "Freeport-McMoRan" and row["board"] == "talent.fmjobs.com:fcx.com"
    assert row["url"] == "https://talent.fmjobs.com/careers/job/42478672"
    assert row["posted_at"] == "2026-06-17T01:48:12Z" and row["remote"] == "onsite" and row["country"] == "US"


def test_paging_by_start_up_to_the_count():
    path = realworld_files("other_ats", "ergon_eightfold_jobs.json")[0]
    spider = make_spider(EightfoldSpider)
    following = [r for r in spider.parse(response_for(path, URL)) if isinstance(r, Request)]
    assert len(following) == 1 and "start=3" in following[0].url and "domain=fcx.com" in following[0].url


def test_sample_capture():
    check_sample_capture(EightfoldSpider)


def test_broken_record_and_error_page():
    body = {"count": 2, "positions": ["x", {"id": 1, "posting_name": "Task",
                                            "canonicalPositionUrl": "https://talent.fmjobs.com/careers/job/1"}]}
    check_broken_record_is_quarantined(EightfoldSpider, json.dumps(body).encode(), url=URL)
    check_error_page_is_a_clear_error(EightfoldSpider, url=URL)
