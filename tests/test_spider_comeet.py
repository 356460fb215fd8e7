"""comeet: the real Careers API positions list (Wiliot) and the sample capture."""
import json

from scrapers.spiders.comeet import ComeetSpider
from tests.conftest import assert_listing_invariants, make_spider, parse_items, realworld_files, stable_ids
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)

REAL_URL = ("https://www.comeet.co/careers-api/2.0/company/F6.003/positions"
            "?token=6F329B2DE6379829B229B2037983E8B3E8B&details=true")


def real_file():
    return realworld_files("other_ats", "jobagent_comeet_positions.json")[0]


def test_real_positions_field_by_field():
    path = real_file()
    records = json.loads(path.read_text())
    rows = check_real_recording(ComeetSpider, path, len(records), url=REAL_URL)
    first, second = rows
    assert first["id"] == "comeet:F6.003:18.767" and first["source_id"] == "F6.003:18.767"
    assert first["board"] == "F6.003"  # the company uid; the API token never reaches the catalog
    assert "6F329B2DE" not in json.dumps({k: v for k, v in first.items() if k != "raw"})
    assert first["title"] == "Forward Deployed Engineer" and first["company"] == "Wiliot"
    assert first["url"] == "https://www.comeet.com/jobs/wiliot/F6.003/forward-deployed-engineer/18.767"
    assert first["posted_at"] == "2026-08-12T02:36:49Z"  # time_updated, the list's only date
    assert first["remote"] == "onsite"  # workplace_type "On-site"
    assert first["country"] == "US" and first["location_raw"] == "New York"
    assert first["description_text"].startswith("Description")
    assert "Wiliot was founded by the team" in first["description_text"]
    assert "Requirements" not in first["description_text"]  # "<p><br></p><p>&nbsp;</p>": left out
    assert first["employment_type"] is None and first["tags"] == []  # employment_type, department: null
    # the same requisition in a second city keeps its own listing (its own hosted page)
    assert second["id"] == "comeet:F6.003:18.767-9B.20A" and second["location_raw"] == "Dallas"
    assert second["url"].endswith("/18.767-9B.20A") and second["country"] == "US"
    stable_ids(ComeetSpider, path, REAL_URL)


def test_a_saved_file_without_its_url_names_its_board_from_the_records():
    rows, broken = rows_of(ComeetSpider, real_file(), url="file:///saved/comeet.json")
    assert not broken and {r["board"] for r in rows} == {"F6.003"}


def test_board_token_splits_into_uid_and_token():
    spider = make_spider(ComeetSpider)
    assert spider.board_request_url("F6.003/6F329B2DE6379829B229B2037983E8B3E8B") == REAL_URL


def test_sample_capture():
    rows = check_sample_capture(ComeetSpider)
    assert not any("Internal transfer" in r["title"] for r in rows)  # is_internal: not on the public page
    assert any(r["employment_type"] == "PART_TIME" for r in rows) and all(r["board"] == "3B.00C" for r in rows)


def test_hostile_records():
    good = {"uid": "1.001", "name": "Task", "url_comeet_hosted_page": "https://www.comeet.com/jobs/x/F6.003/t/1.001"}
    hostile = [
        "x",  # not an object
        {"name": "No uid", "url_comeet_hosted_page": "https://www.comeet.com/jobs/x/F6.003/t/2"},
        {"uid": "3.003", "name": "No page"},
        {"uid": "4.004", "name": "Wrong types", "url_comeet_hosted_page": "https://www.comeet.com/jobs/x/F6.003/t/4.004",
         "location": "Tel Aviv", "details": "text", "workplace_type": 3, "department": ["a"], "time_updated": 17},
        {"uid": "5.005", "name": "Details of every shape", "url_active_page": "https://example.com/p/5",
         "details": [None, {"name": None, "value": "<p>Paid project</p>"}, {"value": 7}, "x"]},
    ]
    items = parse_items(ComeetSpider, "x.json", REAL_URL, json.dumps([good, *hostile]).encode())
    broken = [i for i in items if i.get("extract_error")]
    assert len(broken) == 3  # not an object, no uid, no page
    rows, _ = rows_of(ComeetSpider, "x.json", url=REAL_URL, body=json.dumps([good, *hostile]).encode())
    assert [r["source_id"] for r in rows] == ["F6.003:1.001", "F6.003:4.004", "F6.003:5.005"]
    assert rows[2]["description_text"] == "Paid project"
    assert_listing_invariants(rows, "comeet")


def test_broken_record_and_error_page():
    body = ["x", {"uid": "1", "name": "Task", "url_comeet_hosted_page": "https://www.comeet.com/jobs/x/F6.003/t/1"}]
    check_broken_record_is_quarantined(ComeetSpider, json.dumps(body).encode(), url=REAL_URL)
    check_error_page_is_a_clear_error(ComeetSpider, url=REAL_URL)
