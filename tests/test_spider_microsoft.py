"""microsoft: Microsoft's careers search (Eightfold), searched for short and non-permanent roles."""
import json
from pathlib import Path

from scrapers.spiders.microsoft import MicrosoftSpider
from tests.conftest import make_spider
from tests.spider_checks import check_error_page_is_a_clear_error, check_sample_capture, rows_of

DATA = Path(__file__).parent / "data" / "eightfold"


def test_searches_each_in_scope_query_on_the_one_site():
    spider = make_spider(MicrosoftSpider)
    urls = [r.url for r in spider.initial_requests()]
    assert len(urls) == len(MicrosoftSpider.queries)
    assert all(u.startswith("https://apply.careers.microsoft.com/api/pcsx/search?domain=microsoft.com&query=") for u in urls)
    assert any("query=intern&" in u for u in urls)


def test_sample_capture():
    rows = check_sample_capture(MicrosoftSpider)
    assert {r["company"] for r in rows} == {"Microsoft"}


def test_error_page():
    check_error_page_is_a_clear_error(MicrosoftSpider)


def test_search_positions_field_by_field():
    rows = {r["source_id"]: r for r in check_sample_capture(MicrosoftSpider)}
    first = rows["1970000000"]
    assert first["url"] == "https://apply.careers.microsoft.com/careers/job/1970000000"
    assert first["title"] == "Micro-internship: market research on campus food delivery"
    assert first["posted_at"] == "2026-11-24T13:00:00Z" and first["remote"] == "remote"
    assert first["tags"] == ["Marketing"] and first["is_micro"] == 1


def test_several_places_are_kept_apart():
    rows = {r["source_id"]: r for r in check_sample_capture(MicrosoftSpider)}
    several = [r for r in rows.values() if r["location_raw"] and ";" in r["location_raw"]]
    assert several and all(r["location_raw"] == "Redmond, WA, US; Seattle, WA, US" for r in several)
    assert all(r["country"] == "US" for r in several)


def test_pages_follow_the_count():
    url = "https://apply.careers.microsoft.com/api/pcsx/search?domain=microsoft.com&query=intern&start=0"
    positions = [{"id": n, "name": f"Intern {n}", "positionUrl": f"/careers/job/{n}"} for n in range(10)]
    body = json.dumps({"status": 200, "data": {"count": 25, "positions": positions}}).encode()
    spider = make_spider(MicrosoftSpider)
    from tests.conftest import response_for

    results = list(spider.parse(response_for("page.json", url, body)))
    following = [r for r in results if not isinstance(r, dict) and hasattr(r, "url")]
    assert [r.url for r in following] == [url.replace("start=0", "start=10")]


def test_the_older_apply_v2_shape_still_parses():
    rows, broken = rows_of(MicrosoftSpider, DATA / "microsoft_apply_v2_sample.json",
                           url="https://apply.careers.microsoft.com/api/apply/v2/jobs?domain=microsoft.com&start=0&num=10&query=intern")
    assert not broken and len(rows) >= 3 and all(r["url"].startswith("https://apply.careers.microsoft.com/careers/job/") for r in rows)
