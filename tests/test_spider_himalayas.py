"""himalayas: the real API recordings, the real HTML job cards, and the sample capture."""
import json

import pytest
from scrapy import Request

from scrapers.spiders.himalayas import HimalayasSpider
from tests.conftest import make_spider, realworld_files, response_for
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)


@pytest.mark.parametrize("name", ["ergon_himalayas_sample.json", "jobagent_himalayas_mercor.json"])
def test_every_real_api_response_parses(name):
    path = next(p for p in realworld_files("himalayas") if p.name == name)
    check_real_recording(HimalayasSpider, path, len(json.loads(path.read_text())["jobs"]))


def test_real_hourly_contract_field_by_field():
    path = next(p for p in realworld_files("himalayas") if p.name == "jobagent_himalayas_mercor.json")
    rows, _ = rows_of(HimalayasSpider, path)
    row = rows[0]
    assert row["source_id"] == "mercor/jobs/physics-expert-fully-remote-upto-135-hr-9819995926"
    assert row["title"] == "Physics Expert - Fully Remote | Upto $135/hr" and row["company"] == "mercor"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (80, 135, "USD", "hour")
    assert row["hourly_usd_min"] == 80 and row["employment_type"] == "CONTRACTOR"
    assert row["remote"] == "remote" and row["country"] == "GB"  # locationRestrictions: United Kingdom
    assert row["posted_at"] == "2026-08-11T05:04:31Z" and row["expires_at"] == "2026-10-10T05:04:30Z"


def test_a_salary_period_without_amounts_gives_no_unit():
    path = next(p for p in realworld_files("himalayas") if p.name == "ergon_himalayas_sample.json")
    rows, _ = rows_of(HimalayasSpider, path)
    java = next(r for r in rows if r["title"] == "Remote Java Architect")
    assert java["pay_min"] is None and java["pay_unit"] is None


def test_real_html_job_cards_parse():
    path = realworld_files("freelance_html", "atalaya_himalayas_cards.html")[0]
    rows = check_real_recording(HimalayasSpider, path, 3, url="https://himalayas.app/jobs")
    first = rows[0]
    assert first["title"] == "Data Analyst" and first["company"] == "Criptoro"
    assert first["url"] == "https://himalayas.app/companies/criptoro/jobs/data-analyst"
    assert (first["pay_min"], first["pay_max"], first["pay_currency"]) == (7000, 8000, "USD")
    assert first["pay_unit"] is None  # "7k-8k USD" states no period
    assert first["posted_at"] == "2026-11-24T12:00:00Z"  # "1 day ago" from the fetch time
    assert rows[2]["company"] == "General Dynamics Information Technology" and rows[2]["pay_min"] is None


def test_offset_paging_stops_at_the_total():
    spider = make_spider(HimalayasSpider)
    body = json.dumps({"totalCount": 45, "offset": 20, "limit": 20, "jobs": [{}] * 20}).encode()
    following = [r for r in spider.parse(response_for("x.json", "https://himalayas.app/jobs/api?limit=20&offset=20", body))
                 if isinstance(r, Request)]
    assert [r.url for r in following] == ["https://himalayas.app/jobs/api?limit=20&offset=40"]
    body = json.dumps({"totalCount": 45, "jobs": [{}] * 5}).encode()
    assert not [r for r in spider.parse(response_for("x.json", "https://himalayas.app/jobs/api?limit=20&offset=40", body))
                if isinstance(r, Request)]


def test_sample_capture():
    check_sample_capture(HimalayasSpider)


def test_broken_record_and_error_page():
    body = {"jobs": [7, {"guid": "https://himalayas.app/companies/x/jobs/task-1", "title": "Task",
                         "applicationLink": "https://himalayas.app/companies/x/jobs/task-1", "pubDate": 1795532760}]}
    check_broken_record_is_quarantined(HimalayasSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(HimalayasSpider)
