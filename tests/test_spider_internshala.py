"""internshala: the sample capture (no real page was recorded; see the spider's docstring)."""
from scrapers.spiders.internshala import InternshalaSpider
from tests.spider_checks import check_error_page_is_a_clear_error, check_sample_capture


def test_sample_capture_field_by_field():
    rows = check_sample_capture(InternshalaSpider, minimum=10)
    first = next(r for r in rows if r["source_id"] == "3210000")
    assert first["url"].startswith("https://internshala.com/internship/detail/")
    assert (first["pay_min"], first["pay_currency"], first["pay_unit"]) == (10000, "INR", "month")  # "₹ 10,000 /month"
    assert first["remote"] == "remote" and first["country"] == "IN" and first["employment_type"] == "INTERN"
    assert first["duration_days"] == 30  # "1 Months"
    unpaid = next(r for r in rows if r["pay_raw"] == "Unpaid")
    assert unpaid["is_paid"] == 0 and unpaid["is_micro"] == 0 and "unpaid" in unpaid["flags"]


def test_a_page_without_cards_is_a_clear_error():
    check_error_page_is_a_clear_error(InternshalaSpider, suffix=".html")
