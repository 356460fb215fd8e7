"""teamtailor: the real career-site feeds (JSON Feed with JobPosting) and the sample capture."""
import json

import pytest

from scrapers.spiders.teamtailor import TeamtailorSpider
from tests.conftest import realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture)


@pytest.mark.parametrize("name,token", [("ergon_teamtailor_jobs.json", "1komma5"), ("careerkit_teamtailor_jobs.json", "career")])
def test_every_real_feed_parses(name, token):
    path = realworld_files("other_ats", name)[0]
    rows = check_real_recording(TeamtailorSpider, path, len(json.loads(path.read_text())["items"]),
                                url=f"https://{token}.teamtailor.com/jobs.json")
    assert {r["board"] for r in rows} == {token}


@pytest.mark.parametrize("name,token", [("ergon_teamtailor_jobs.json", "1komma5"), ("careerkit_teamtailor_jobs.json", "career")])
def test_a_job_names_its_board_by_its_own_page(name, token):
    """At another company's address (as `microgigs parse` without --url), each job's own page,
    https://{token}.teamtailor.com/jobs/..., gives the board."""
    path = realworld_files("other_ats", name)[0]
    rows = check_real_recording(TeamtailorSpider, path, 2, url="https://elsewhere.teamtailor.com/jobs.json")
    assert {r["board"] for r in rows} == {token} and all(r["url"].startswith(f"https://{token}.") for r in rows)


def test_real_item_field_by_field():
    path = realworld_files("other_ats", "ergon_teamtailor_jobs.json")[0]
    row = check_real_recording(TeamtailorSpider, path, 2, url="https://1komma5.teamtailor.com/jobs.json")[0]
    assert row["id"] == "teamtailor:7793185" and row["company"] == "1KOMMA5° Sverige"
    assert row["title"] == "Utesäljare energilösningar till 1KOMMA5° i Stockholm"
    assert row["posted_at"] == "2026-05-26T06:33:05Z"  # +02:00 converted
    assert row["country"] == "SE" and "Stockholm" in row["location_raw"] and row["language"] == "sv"


def test_sample_capture():
    check_sample_capture(TeamtailorSpider)


def test_broken_record_and_error_page():
    body = {"title": "Acme", "items": [1, {"id": "u", "title": "Task", "url": "https://acme.teamtailor.com/jobs/1-task",
                                           "date_published": "2026-11-20T10:00:00+01:00"}]}
    check_broken_record_is_quarantined(TeamtailorSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(TeamtailorSpider)
