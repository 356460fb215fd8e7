"""bamboohr: the real careers list and the sample capture."""
import json

from scrapers.spiders.bamboohr import BambooHrSpider
from tests.conftest import realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture)

URL = "https://acmeair.bamboohr.com/careers/list"


def test_real_list_field_by_field():
    path = realworld_files("other_ats", "ergon_bamboohr_jobs.json")[0]
    rows = check_real_recording(BambooHrSpider, path, len(json.loads(path.read_text())["result"]), url=URL)
    row = rows[0]
    assert row["id"] == "bamboohr:39" and row["title"] == "Aircraft Maintenance Engineer"
    assert row["url"] == "https://acmeair.bamboohr.com/careers/39" and row["board"] == "acmeair"
    assert row["employment_type"] == "FULL_TIME" and row["location_raw"] == "Edmonton International Airport, Alberta"
    assert rows[1]["employment_type"] == "PART_TIME" and rows[1]["remote"] == "remote"


def test_sample_capture():
    check_sample_capture(BambooHrSpider)


def test_broken_record_and_error_page():
    body = {"result": ["x", {"id": "5", "jobOpeningName": "Task"}]}
    check_broken_record_is_quarantined(BambooHrSpider, json.dumps(body).encode(), url=URL)
    check_error_page_is_a_clear_error(BambooHrSpider, url=URL)
