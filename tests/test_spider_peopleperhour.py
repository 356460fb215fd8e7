"""peopleperhour: the sample capture (no real page was recorded; see the spider's docstring)."""
from scrapers.spiders.peopleperhour import PeoplePerHourSpider
from tests.spider_checks import check_error_page_is_a_clear_error, check_sample_capture


def test_sample_capture_field_by_field():
    rows = check_sample_capture(PeoplePerHourSpider)
    hourly = next(r for r in rows if r["source_id"] == "4400101")
    assert hourly["url"].startswith("https://www.peopleperhour.com/freelance-jobs/audio/podcast-audio-cleanup")
    assert (hourly["pay_min"], hourly["pay_currency"], hourly["pay_unit"]) == (20, "USD", "hour")
    assert hourly["posted_at"] == "2026-11-24T14:20:00Z" and hourly["tags"] == ["Audio"]
    assert all(r["is_micro"] for r in rows)  # a project marketplace


def test_a_page_without_cards_is_a_clear_error():
    check_error_page_is_a_clear_error(PeoplePerHourSpider, suffix=".html")
