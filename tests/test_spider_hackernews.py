"""hackernews: the real Algolia recordings (search hits and an item tree) and the sample threads."""
import json

import pytest
from scrapy import Request

from scrapers.platforms.hackernews import header_fields
from scrapers.spiders.hackernews import HackerNewsSpider
from tests.conftest import SAMPLES, make_spider, realworld_files, response_for
from tests.spider_checks import check_error_page_is_a_clear_error, check_real_recording, check_sample_capture, rows_of

SEARCH = "https://hn.algolia.com/api/v1/search_by_date?tags=comment%2Cstory_48747976&hitsPerPage=1000&page=0"
ITEM = "https://hn.algolia.com/api/v1/items/49522897"


def test_real_search_response_keeps_top_level_comments_only():
    path = realworld_files("hn_algolia", "rjc_hn_whoishiring_july2026.json")[0]
    hits = json.loads(path.read_text())["hits"]
    top_level = [h for h in hits if h["parent_id"] == h["story_id"]]
    rows = check_real_recording(HackerNewsSpider, path, len(top_level), url=SEARCH)
    assert len(top_level) < len(hits)  # a reply in the recording is not a listing
    row = next(r for r in rows if r["source_id"] == "48868436")
    assert row["company"] == "ResortPass" and row["title"] == "Senior Software Engineer, Frontend"
    assert row["url"] == "https://news.ycombinator.com/item?id=48868436" and row["board"] == "48747976"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"]) == (160000, 180000, "USD")
    assert row["remote"] == "onsite" and row["country"] == "US" and row["posted_at"] == "2026-07-11T03:28:07Z"


def test_real_item_tree_field_by_field():
    path = realworld_files("hn_algolia", "hermes_hn_item_whoishiring_sep2026.json")[0]
    rows = check_real_recording(HackerNewsSpider, path, len(json.loads(path.read_text())["children"]), url=ITEM)
    row = rows[0]
    assert row["company"] == "Modash.io" and row["title"] == "Senior Product Engineer"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"]) == (75000, 110000, "EUR")  # "€75k–110k"
    assert row["remote"] == "remote" and row["employment_type"] == "FULL_TIME"
    assert "&#x2F;" not in row["description_text"] and "modash.io" in row["description_text"]


@pytest.mark.parametrize("line, company, title", [
    ("Acme | Senior Data Engineer | Remote (US) | $150k", "Acme", "Senior Data Engineer"),
    ("Acme Corp | NYC or REMOTE | Full-time | Backend Developer", "Acme Corp", "Backend Developer"),
    ("Foo | https://foo.example | Berlin | Contract | Translator", "Foo", "Translator"),
])
def test_the_header_convention(line, company, title):
    fields = header_fields(line)
    assert (fields["company"], fields["title"]) == (company, title)


def test_the_newest_hiring_and_freelancer_threads_are_opened():
    spider = make_spider(HackerNewsSpider)
    path = SAMPLES / "hackernews" / "hn_whoishiring_stories_sample.json"
    requests = [r for r in spider.parse(response_for(path, spider.sample_url)) if isinstance(r, Request)]
    assert [r.url.split("story_")[1].split("&")[0] for r in requests] == ["50100001", "50100002"]  # not "wants to be hired"


def test_freelancer_thread_keeps_only_seeking_freelancer():
    url = "https://hn.algolia.com/api/v1/search_by_date?tags=comment%2Cstory_50100002&hitsPerPage=1000&page=0"
    rows, _ = rows_of(HackerNewsSpider, SAMPLES / "hackernews" / "hn_freelancer_comments_sample.json", url=url)
    assert rows and all(r["tags"] == ["Seeking freelancer"] for r in rows)
    assert not any("SEEKING" in r["title"].upper() for r in rows)
    hits = json.loads((SAMPLES / "hackernews" / "hn_freelancer_comments_sample.json").read_text())["hits"]
    assert len(rows) == sum("SEEKING FREELANCER" in h["comment_text"] for h in hits)


def test_sample_capture():
    check_sample_capture(HackerNewsSpider)


def test_error_page():
    check_error_page_is_a_clear_error(HackerNewsSpider)
