"""ashby: the real board responses and the sample boards."""
import json

import pytest

from scrapers.spiders.ashby import AshbySpider
from tests.conftest import realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)


@pytest.mark.parametrize("name", ["careerkit_ashby.json", "ergon_ashby_ramp.json", "gha_ashby_handshake.json",
                                  "jia_ashby_fde.json", "jobops_ashby_ramp.json"])
def test_every_real_board_parses(name):
    path = next(p for p in realworld_files("ashby") if p.name == name)
    check_real_recording(AshbySpider, path, len(json.loads(path.read_text())["jobs"]))


def test_real_posting_field_by_field():
    path = next(p for p in realworld_files("ashby") if p.name == "ergon_ashby_ramp.json")
    rows, _ = rows_of(AshbySpider, path)
    row = next(r for r in rows if r["source_id"] == "34413f8d-26bf-4bbc-8ade-eb309a0e2245")
    assert row["title"] == "Security Engineer, Cloud"  # the leading space is gone
    assert row["company"] == "Ramp" and row["board"] == "ramp"
    assert row["url"] == "https://jobs.ashbyhq.com/ramp/34413f8d-26bf-4bbc-8ade-eb309a0e2245"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (211400, 290600, "USD", "year")
    assert row["posted_at"] == "2026-04-07T17:12:35Z" and row["remote"] == "hybrid" and row["country"] == "US"


def test_monthly_internship_pay():
    path = next(p for p in realworld_files("ashby") if p.name == "ergon_ashby_ramp.json")
    rows, _ = rows_of(AshbySpider, path)
    intern = next(r for r in rows if r["employment_type"] == "INTERN")
    assert (intern["pay_min"], intern["pay_unit"]) == (11700, "month")  # interval "1 MONTH"


def test_sample_capture():
    check_sample_capture(AshbySpider)


def test_broken_record_and_error_page():
    body = {"jobs": [3, {"id": "a", "title": "Task", "jobUrl": "https://jobs.ashbyhq.com/acme/a",
                         "publishedAt": "2026-11-20T10:00:00.000+00:00"}]}
    check_broken_record_is_quarantined(AshbySpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(AshbySpider)
