"""guru: the sample capture (no real page was recorded; see the spider's docstring)."""
from scrapers.spiders.guru import GuruSpider
from tests.spider_checks import check_error_page_is_a_clear_error, check_sample_capture


def test_sample_capture_field_by_field():
    rows = check_sample_capture(GuruSpider)
    fixed = next(r for r in rows if r["source_id"] == "2100500")
    assert fixed["url"] == "https://www.guru.com/jobs/write-4-seo-blog-posts-about-budgeting-apps/2100500"
    assert (fixed["pay_min"], fixed["pay_max"], fixed["pay_unit"]) == (250, 500, "project")  # "Fixed Price | $250-$500"
    hourly = next(r for r in rows if r["source_id"] == "2100501")
    assert (hourly["pay_min"], hourly["pay_max"], hourly["pay_unit"]) == (15, 25, "hour")


def test_a_page_without_cards_is_a_clear_error():
    check_error_page_is_a_clear_error(GuruSpider, suffix=".html")
