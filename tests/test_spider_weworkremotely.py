"""weworkremotely: the real RSS feeds and the sample capture."""
import pytest

from scrapers.spiders.weworkremotely import WeWorkRemotelySpider
from tests.conftest import parse_items, realworld_files
from tests.spider_checks import check_error_page_is_a_clear_error, check_real_recording, check_sample_capture, rows_of


@pytest.mark.parametrize("name", ["bcl_wwr_sample.rss", "jobagent_wwr_sales_marketing_category.rss"])
def test_every_real_feed_parses(name):
    path = next(p for p in realworld_files("weworkremotely") if p.name == name)
    check_real_recording(WeWorkRemotelySpider, path, path.read_text().count("<item>"))


def test_real_item_field_by_field():
    path = next(p for p in realworld_files("weworkremotely") if p.name == "bcl_wwr_sample.rss")
    rows, _ = rows_of(WeWorkRemotelySpider, path)
    row = next(r for r in rows if r["company"] == "MP College Consulting")
    assert row["source_id"].startswith("mp-college-consulting")
    assert row["title"].startswith("College Counselor Specializing in BS/MD")
    assert row["url"].startswith("https://weworkremotely.com/remote-jobs/mp-college-consulting")
    assert row["posted_at"] == "2026-07-17T19:19:15Z" and row["expires_at"] == "2026-08-16T19:19:15Z"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (35, 50, "USD", "hour")
    assert row["employment_type"] == "CONTRACTOR" and row["remote"] == "remote"
    assert "&lt;" not in row["description_text"] and "Headquarters" in row["description_text"]


def test_sample_capture():
    check_sample_capture(WeWorkRemotelySpider)


def test_an_error_page_is_a_clear_error():
    check_error_page_is_a_clear_error(WeWorkRemotelySpider, suffix=".rss")


def test_an_item_without_title_is_kept_for_validation():
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>https://weworkremotely.com/'
            b'remote-jobs/x</guid><link>https://weworkremotely.com/remote-jobs/x</link></item></channel></rss>')
    items = parse_items(WeWorkRemotelySpider, "x.rss", body=feed)
    assert len(items) == 1 and items[0]["title"] is None  # validate rejects it as missing_title, with its raw item
