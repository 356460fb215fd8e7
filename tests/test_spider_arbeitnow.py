"""arbeitnow: the real recorded pages (paging by links.next) and the sample capture."""
import json

import pytest
from scrapy import Request

from scrapers.spiders.arbeitnow import ArbeitnowSpider
from tests.conftest import make_spider, realworld_files, response_for
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)


@pytest.mark.parametrize("name", ["ergon_arbeitnow_page1.json", "ergon_arbeitnow_page2.json"])
def test_every_real_page_parses(name):
    path = next(p for p in realworld_files("arbeitnow") if p.name == name)
    check_real_recording(ArbeitnowSpider, path, len(json.loads(path.read_text())["data"]))


def test_real_listing_field_by_field():
    path = next(p for p in realworld_files("arbeitnow") if p.name == "ergon_arbeitnow_page1.json")
    rows, _ = rows_of(ArbeitnowSpider, path)
    row = next(r for r in rows if r["source_id"].startswith("marketing-operations-manager"))
    assert row["title"] == "Marketing Operations Manager (m/w/d) | 100 % Remote"
    assert row["company"] == "Schulz Digital GmbH"
    assert row["url"].startswith("https://www.arbeitnow.com/jobs/companies/schulz-digital-gmbh/")
    assert row["posted_at"] == "2026-06-16T06:00:30Z"  # epoch seconds
    assert row["remote"] == "remote" and row["employment_type"] == "FULL_TIME" and row["is_micro"] == 0
    assert row["language"] == "de"


def test_entity_escaped_description_is_decoded():
    path = next(p for p in realworld_files("arbeitnow") if p.name == "ergon_arbeitnow_page2.json")
    rows, _ = rows_of(ArbeitnowSpider, path)
    assert all("&lt;" not in (r["description_text"] or "") for r in rows)
    assert any(r["pay_min"] == 90000 and r["pay_currency"] == "EUR" for r in rows)  # "mindestens 90000EUR"


def test_paging_follows_links_next_until_null():
    path = next(p for p in realworld_files("arbeitnow") if p.name == "ergon_arbeitnow_page1.json")
    spider = make_spider(ArbeitnowSpider)
    requests = [r for r in spider.parse(response_for(path, spider.sample_url)) if isinstance(r, Request)]
    assert [r.url for r in requests] == [json.loads(path.read_text())["links"]["next"]]
    last = next(p for p in realworld_files("arbeitnow") if p.name == "ergon_arbeitnow_page2.json")
    assert not [r for r in spider.parse(response_for(last, spider.sample_url)) if isinstance(r, Request)]


def test_sample_capture():
    check_sample_capture(ArbeitnowSpider)


def test_broken_record_and_error_page():
    body = {"data": ["oops", {"slug": "x-1", "title": "Task", "url": "https://www.arbeitnow.com/jobs/x-1",
                              "created_at": 1795532760}], "links": {"next": None}}
    check_broken_record_is_quarantined(ArbeitnowSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(ArbeitnowSpider)


def test_parse_command_reads_a_first_page_without_fetching_the_next_and_exits_0():
    from tests.test_cli import microgigs

    path = next(p for p in realworld_files("arbeitnow") if p.name == "ergon_arbeitnow_page1.json")
    done = microgigs("parse", "arbeitnow", str(path), timeout=120)
    assert done.returncode == 0, done.stderr  # the unfetched next page is no failure of the source
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == len(json.loads(path.read_text())["data"]) and "cannot parse" not in done.stderr
    assert rows[0]["company"] == "Schulz Digital GmbH" and rows[0]["posted_at"] == "2026-06-16T06:00:30Z"
