"""internshala: the sample capture (no real page was recorded; the card markup follows public parsers, see the
spider's docstring), field by field, hostile cards, paging and an error page."""
from scrapy import Request

from scrapers.spiders.internshala import InternshalaSpider
from tests.conftest import SAMPLES, make_spider, normalize_items, parse_items, response_for, stable_ids
from tests.spider_checks import check_error_page_is_a_clear_error, check_sample_capture, rows_of

PAGE = InternshalaSpider.sample_url
SAMPLE = SAMPLES / "internshala" / "internshala_sample.html"


def sample():
    return {row["source_id"]: row for row in check_sample_capture(InternshalaSpider, minimum=15)}


def test_a_lump_sum_task_from_home_field_by_field():
    row = sample()["4187188"]
    assert row["id"] == "internshala:4187188" and row["title"] == "Content Writing" and row["company"] == "Nilgiri Notes"
    assert row["url"] == ("https://internshala.com/internship/detail/"
                          "work-from-home-content-writing-internship-at-nilgiri-notes4187188")
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (3000, 3000, "INR", "project")
    assert row["remote"] == "remote" and row["country"] == "IN" and row["employment_type"] == "INTERN"
    assert row["hours_max"] == 12 and row["duration_days"] == 14  # "about 12 hours in total", "2 Weeks"
    assert row["is_micro"] == 1 and "hours_max<=40" in row["micro_reasons"]
    assert row["tags"] == ["Content Writing", "English Proficiency (Written)", "SEO"]


def test_a_monthly_stipend_in_two_cities():
    row = sample()["4187131"]
    assert row["title"] == "Business Development (Sales)" and row["location_raw"] == "Mumbai, Thane"
    assert (row["pay_min"], row["pay_max"], row["pay_unit"], row["pay_currency"]) == (8000, 12000, "month", "INR")
    assert row["duration_days"] == 90 and row["remote"] is None and row["is_micro"] == 0  # "3 Months" in office
    assert row["posted_at"] == "2026-11-23T12:00:00Z"  # "2 days ago" at the fixed fetch time


def test_part_time_label_duration_and_unpaid():
    rows = sample()
    assert "Part time" in rows["4187127"]["description_text"] and "Duration: 1 Month" in rows["4187127"]["description_text"]
    assert rows["4187127"]["is_micro"] == 1  # 10 hours a week for 4 weeks
    unpaid = rows["4187050"]
    assert unpaid["pay_raw"] == "Unpaid" and unpaid["is_paid"] == 0 and unpaid["is_micro"] == 0 and "unpaid" in unpaid["flags"]
    assert sum(r["remote"] == "remote" for r in rows.values()) == 9  # every "Work from home" card


def test_ids_are_stable():
    stable_ids(InternshalaSpider, SAMPLE, url=PAGE)


def test_a_hostile_card_is_rejected_with_its_reason_and_the_others_parse():
    from normalize.listing import required_problem

    body = SAMPLE.read_bytes().replace(
        b'<div id="internship_list_container_1">',
        b'<div id="internship_list_container_1"><div class="individual_internship" internshipid="">'
        b'<span class="stipend">&#8377; 9,99,99,999 /month<script>alert(1)</script></span></div>', 1)
    items = parse_items(InternshalaSpider, SAMPLE, url=PAGE, body=body)
    assert len(items) == 19 and not any(i.get("extract_error") for i in items)
    assert str(required_problem(items[0])).startswith("missing_source_id")  # the validator's reject reason
    rows = normalize_items(InternshalaSpider, items[1:])
    assert len(rows) == 18 and rows[0]["source_id"] == "4187201"


def test_paging_follows_the_next_link_and_stops_at_hash():
    spider = make_spider(InternshalaSpider)
    assert not [r for r in spider.parse(response_for(SAMPLE, PAGE)) if isinstance(r, Request)]  # href="#": last page
    body = SAMPLE.read_bytes().replace(b'<a id="navigation-forward" class="disabled" href="#">',
                                       b'<a id="navigation-forward" href="/internships/page-2/">')
    following = [r for r in spider.parse(response_for(SAMPLE, PAGE, body)) if isinstance(r, Request)]
    assert [r.url for r in following] == ["https://internshala.com/internships/page-2/"]


def test_a_page_without_cards_is_a_clear_error():
    check_error_page_is_a_clear_error(InternshalaSpider, suffix=".html")


def test_hybrid_marker_after_the_cities_and_inside_the_link():
    row = sample()["4187104"]  # "<a>Hyderabad</a>, <a>Secunderabad</a> (Hybrid)": the marker is no link
    assert row["remote"] == "hybrid" and row["location_raw"] == "Hyderabad, Secunderabad" and row["country"] == "IN"
    body = SAMPLE.read_bytes().replace(b'internship-in-bangalore/">Bangalore</a>', b'internship-in-bangalore/">Bangalore (Hybrid)</a>')
    rows, _ = rows_of(InternshalaSpider, SAMPLE, url=PAGE, body=body)
    bangalore = next(r for r in rows if r["source_id"] == "4187142")
    assert bangalore["remote"] == "hybrid" and bangalore["location_raw"] == "Bangalore"
    assert sum(r["remote"] == "hybrid" for r in rows) == 2 and sum(r["remote"] == "remote" for r in rows) == 9
    body = SAMPLE.read_bytes().replace(b'">Data Science</a></h3>', b'">Data Science (Hybrid)</a></h3>')
    rows, _ = rows_of(InternshalaSpider, SAMPLE, url=PAGE, body=body)
    assert next(r for r in rows if r["source_id"] == "4187119")["remote"] == "hybrid"  # said in the title only
