"""guru: the sample capture (no real page was recorded; see the spider's docstring)."""
import pytest

from scrapers.platforms.base import UnparsableResponse
from scrapers.spiders.guru import GuruSpider
from tests.spider_checks import check_error_page_is_a_clear_error, check_sample_capture, rows_of

LIST = "https://www.guru.com/d/jobs/"


def test_sample_capture_field_by_field():
    rows = {r["source_id"]: r for r in check_sample_capture(GuruSpider, minimum=15)}
    fixed = rows["2100500"]
    assert fixed["url"] == "https://www.guru.com/jobs/write-4-seo-blog-posts-about-budgeting-apps/2100500"  # no &SearchUrl
    assert fixed["title"] == "Write 4 SEO blog posts about budgeting apps"
    assert fixed["pay_raw"] == "Fixed Price | $250-$500"
    assert (fixed["pay_min"], fixed["pay_max"], fixed["pay_unit"]) == (250, 500, "project")
    assert fixed["posted_at"] == "2026-11-25T10:00:00Z"  # "Posted 2 hrs ago", from the fetch time
    assert fixed["tags"] == ["Writing"] and fixed["is_micro"] == 1
    hourly = rows["2100501"]  # Hourly | $15-$25/hr | 10-30 hrs/week | 1-3 months | United States
    assert (hourly["pay_min"], hourly["pay_max"], hourly["pay_unit"]) == (15, 25, "hour")
    assert "Workload: 10-30 hrs/week" in hourly["description_text"] and hourly["hours_per_week"] == 20
    assert (hourly["location_raw"], hourly["country"]) == ("United States", "US")  # preferred location
    assert fixed["country"] is None  # the client's own country (freelancerAvatar) is not the work place


def test_hostile_card_and_an_id_from_data_gid():
    body = b"""<div class="record jobRecord" data-gid="77"><h2 class="jobRecord__title"><a href="/jobs/x?ref=1">
      Fix &amp; <em>test</em> import</a></h2><div class="jobRecord__meta">Posted on Nov 20, 2026</div></div>
      <div class="record jobRecord" data-gid="78"><h2 class="jobRecord__title"><a href="/jobs/ok/78">OK</a></h2>
      <div class="jobRecord__budget"><strong>Hourly</strong><strong>$20/hr</strong></div></div>"""
    rows, broken = rows_of(GuruSpider, "x.html", url=LIST, body=body)
    assert not broken and [r["source_id"] for r in rows] == ["77", "78"]
    assert rows[0]["url"] == "https://www.guru.com/jobs/x" and rows[0]["posted_at"] == "2026-11-20T00:00:00Z"
    assert rows[0]["pay_min"] is None and rows[1]["pay_unit"] == "hour"


def test_a_block_page_is_a_clear_error():
    check_error_page_is_a_clear_error(GuruSpider, suffix=".html")
    with pytest.raises(UnparsableResponse, match="no listing cards"):  # Incapsula's small block page
        rows_of(GuruSpider, "x.html", url=LIST, body=b'<html><body><iframe src="/_Incapsula_Resource?x=1"></iframe></body></html>')


def test_client_name_deadline_and_paging_by_page_links():
    from scrapy import Request

    from scrapers.spiders.guru import GuruSpider as Spider
    from tests.conftest import SAMPLES, make_spider, response_for
    from tests.spider_checks import rows_of

    sample = SAMPLES / "guru" / "guru_jobs_sample.html"
    rows, _ = rows_of(Spider, sample)
    first = next(r for r in rows if r["source_id"] == "2100500")
    assert first["company"] == "Harbor Pine Studio" and first["expires_at"] == "2026-12-10T00:00:00Z"
    assert next(r for r in rows if r["source_id"] == "2100501")["company"] is None  # no name shown
    spider = make_spider(Spider)
    [following] = [r for r in spider.parse(response_for(sample, spider.sample_url)) if isinstance(r, Request)]
    assert following.url == "https://www.guru.com/d/jobs/pg/2/" and following.meta["page"] == 2
