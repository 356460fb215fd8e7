"""themuse: the real recorded page and the sample capture."""
import json

from scrapy import Request

from scrapers.spiders.themuse import TheMuseSpider
from tests.conftest import make_spider, realworld_files, response_for
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)


def test_real_page_parses_field_by_field():
    path = realworld_files("themuse")[0]
    check_real_recording(TheMuseSpider, path, len(json.loads(path.read_text())["results"]))
    rows, _ = rows_of(TheMuseSpider, path)
    row = next(r for r in rows if r["source_id"] == "21643383")
    assert row["title"] == "Sr Category Manager, Japan Merchandising, Retail" and row["company"] == "Uber"
    assert row["url"].startswith("https://www.themuse.com/jobs/uber/sr-category-manager-japan-merchandisin")
    assert row["posted_at"] == "2026-06-11T00:12:35Z" and row["country"] == "JP"
    assert row["location_raw"] == "Tokyo, Japan" and "Senior Level" in row["tags"]


def test_paging_stops_at_page_count():
    spider = make_spider(TheMuseSpider)
    path = realworld_files("themuse")[0]
    following = [r for r in spider.parse(response_for(path, spider.sample_url)) if isinstance(r, Request)]
    assert [r.url for r in following] == ["https://www.themuse.com/api/public/jobs?page=2"]
    last = json.dumps({"page": 3, "page_count": 3, "results": [{"id": 1}]}).encode()
    assert not [r for r in spider.parse(response_for("x.json", "https://www.themuse.com/api/public/jobs?page=3", last))
                if isinstance(r, Request)]


def test_sample_capture():
    rows = check_sample_capture(TheMuseSpider)
    assert any(r["employment_type"] == "INTERN" for r in rows)  # the "Internship" level


def test_broken_record_and_error_page():
    body = {"page": 1, "page_count": 1, "results": ["x", {"id": 5, "name": "Task", "publication_date": "2026-11-20T00:00:00Z",
                                                          "refs": {"landing_page": "https://www.themuse.com/jobs/x/task"}}]}
    check_broken_record_is_quarantined(TheMuseSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(TheMuseSpider)


def test_a_trainee_title_at_mid_or_senior_level_is_no_internship():
    path = realworld_files("themuse")[0]
    rows, _ = rows_of(TheMuseSpider, path)
    assert all(r["employment_type"] != "INTERN" for r in rows)  # "Mid Level", "Senior Level" on the real page
    data = json.loads(path.read_text())
    mid = next(r for r in data["results"] if [x["name"] for x in r["levels"]] == ["Mid Level"])
    levels = {"Mid Level": "mid", "Senior Level": "senior", "management": "management", "Internship": "internship"}
    data["results"] = [dict(mid, id=100 + i, name="Management Trainee", levels=[{"name": name, "short_name": short}])
                       for i, (name, short) in enumerate(levels.items())]
    rows, _ = rows_of(TheMuseSpider, path, body=json.dumps(data).encode())
    assert [r["employment_type"] for r in rows] == [None, None, None, "INTERN"]  # only the "Internship" level is one
