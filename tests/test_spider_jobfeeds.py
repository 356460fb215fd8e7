"""jobfeeds: employers' own RSS job feeds: the real AppOne feed and the sample feeds."""
from scrapers.platforms.boards import load_boards
from scrapers.spiders.jobfeeds import JobFeedsSpider
from tests.conftest import realworld_files
from tests.spider_checks import check_error_page_is_a_clear_error, check_real_recording, check_sample_capture

FEED = "http://client.hrservicesinc.com/downloads/rss/portals/9876.xml"


def test_real_appone_feed_parses_every_item_field_by_field():
    path = realworld_files("job_rss", "*.rss")[0]
    rows = check_real_recording(JobFeedsSpider, path, path.read_text(encoding="latin-1").count("<item>"), url=FEED)
    row = rows[0]
    assert row["title"] == "Chief of Staff"  # "(CA, Watsonville)" moved to the location
    assert row["location_raw"] == "CA, Watsonville" and row["country"] == "US"
    assert row["company"] == "Second Harvest Food Bank Santa Cruz County" and row["board"] == FEED
    assert row["url"].startswith("https://www.appone.com/MainInfoReq.asp?R_ID=7193053")
    assert row["posted_at"] == "2026-07-16T00:00:00Z"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (178263, 205527, "USD", "year")


def test_real_feed_is_listed_with_its_source():
    assert FEED in load_boards("jobfeeds")


def test_sample_capture():
    check_sample_capture(JobFeedsSpider)


def test_an_error_page_is_a_clear_error():
    check_error_page_is_a_clear_error(JobFeedsSpider, url=FEED, suffix=".rss")
