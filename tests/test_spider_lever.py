"""lever: the real board responses and the sample boards."""
import json

import pytest

from scrapers.platforms.boards import load_boards
from scrapers.spiders.lever import LeverSpider
from tests.conftest import make_spider, realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)

FILES = ["careerkit_lever.json", "ergon_lever_spotify.json", "gha_lever_zoox.json", "jia_lever.json",
         "jobops_lever_palantir.json"]


@pytest.mark.parametrize("name", FILES)
def test_every_real_board_parses(name):
    path = next(p for p in realworld_files("lever") if p.name == name)
    rows = check_real_recording(LeverSpider, path, len(json.loads(path.read_text())))
    assert len({r["board"] for r in rows}) == 1  # the board comes from the postings' own URLs


def test_real_posting_field_by_field():
    path = next(p for p in realworld_files("lever") if p.name == "ergon_lever_spotify.json")
    rows, _ = rows_of(LeverSpider, path)
    row = next(r for r in rows if r["source_id"] == "88499546-e9f7-4403-87a5-240050bd7c5b")
    assert row["title"] == "Accounts Payable Analyst" and row["company"] == "Spotify" and row["board"] == "spotify"
    assert row["url"] == "https://jobs.lever.co/spotify/88499546-e9f7-4403-87a5-240050bd7c5b"
    assert row["posted_at"] == "2026-05-11T20:00:11Z"  # createdAt in epoch milliseconds
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (66189, 94556, "USD", "year")
    assert row["remote"] == "hybrid" and row["country"] == "US" and row["employment_type"] == "FULL_TIME"


def test_contract_postings_are_contractor():
    path = next(p for p in realworld_files("lever") if p.name == "careerkit_lever.json")
    rows, _ = rows_of(LeverSpider, path)
    assert {r["employment_type"] for r in rows} == {"CONTRACTOR"} and {r["board"] for r in rows} == {"idealistconsulting"}


def test_eu_boards_use_the_eu_api():
    spider = make_spider(LeverSpider)
    assert spider.board_request_url("eu/olx") == "https://api.eu.lever.co/v0/postings/olx?mode=json"
    assert spider.board_request_url("spotify") == "https://api.lever.co/v0/postings/spotify?mode=json"
    assert "eu/olx" in load_boards("lever")


def test_sample_capture():
    check_sample_capture(LeverSpider)


def test_broken_record_and_error_page():
    body = ["no", {"id": "u-1", "text": "Task", "hostedUrl": "https://jobs.lever.co/acme/u-1", "createdAt": 1795532760000}]
    check_broken_record_is_quarantined(LeverSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(LeverSpider)
