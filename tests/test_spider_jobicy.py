"""jobicy: the 2026 recordings, the 2024 response shape (a go-vcr cassette), and the sample capture."""
import json
from pathlib import Path

import pytest

from scrapers.replay import cassette_responses
from scrapers.spiders.jobicy import JobicySpider
from tests.conftest import realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)


@pytest.mark.parametrize("name", ["ergon_jobicy_sample.json", "jia_jobicy_engineering.json", "rjc_jobicy.json"])
def test_every_2026_recording_parses(name):
    path = next(p for p in realworld_files("jobicy") if p.name == name)
    check_real_recording(JobicySpider, path, len(json.loads(path.read_text())["jobs"]))


def test_2026_salary_fields_field_by_field():
    path = next(p for p in realworld_files("jobicy") if p.name == "ergon_jobicy_sample.json")
    rows, _ = rows_of(JobicySpider, path)
    row = next(r for r in rows if r["source_id"] == "146869")
    assert row["title"] == "Clinical Sales Specialist, Electrophysiology – LAA (St. Louis, MO)"
    assert row["company"] == "Abbott" and row["url"].startswith("https://jobicy.com/jobs/146869-")
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (78000, 156000, "USD", "year")
    assert row["posted_at"] == "2026-06-16T04:19:59Z" and row["country"] == "US" and row["remote"] == "remote"


def test_2024_shape_from_the_cassette(tmp_path):
    cassette = realworld_files("jobicy", "*.yaml")[0]
    (body, url), = cassette_responses(cassette, tmp_path)
    records = json.loads(Path(body).read_text())["jobs"]
    rows = check_real_recording(JobicySpider, Path(body), len(records), url=url)
    salaried = [r for r in rows if r["pay_min"] is not None]
    assert salaried and all(r["pay_unit"] == "year" for r in salaried)  # annualSalaryMin/Max
    assert rows[0]["posted_at"] == "2024-12-01T04:10:21Z"  # "2024-12-01 04:10:21", no zone: UTC
    assert all("&amp;" not in t for r in rows for t in r["tags"])  # "Copywriting &amp; Content" decoded


def test_sample_capture():
    check_sample_capture(JobicySpider)


def test_broken_record_and_error_page():
    body = {"jobs": [None, {"id": 1, "url": "https://jobicy.com/jobs/1-task", "jobTitle": "Task",
                            "pubDate": "2026-11-20T10:00:00+00:00"}]}
    check_broken_record_is_quarantined(JobicySpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(JobicySpider)
