"""reddit: the real r/forhire Listing and the project's two-page sample capture."""
import json
import re

import pytest
from scrapy.http import Request

from scrapers.platforms.base import UnparsableResponse
from scrapers.platforms.reddit import is_hiring_post
from scrapers.spiders.reddit import RedditSpider
from tests.conftest import (SAMPLES, assert_listing_invariants, make_spider, normalize_items, parse_items,
                            realworld_files, response_for, stable_ids)


def real_file():
    return next(p for p in realworld_files("reddit") if p.name == "aibuilderx_r_forhire_new.json")


def rows_of(path, **kwargs):
    return normalize_items(RedditSpider, parse_items(RedditSpider, path, **kwargs))


def test_real_listing_keeps_only_hiring_posts():
    path = real_file()
    posts = [c["data"] for c in json.loads(path.read_text())["data"]["children"]]
    hiring = {p["id"] for p in posts if p["link_flair_text"] == "Hiring"}
    rows = rows_of(path)
    assert {r["source_id"] for r in rows} == hiring and len(hiring) == 4
    assert_listing_invariants(rows, "reddit")
    stable_ids(RedditSpider, path)


def test_real_post_field_by_field():
    row = next(r for r in rows_of(real_file()) if r["source_id"] == "1so3ch8")
    assert row["id"] == "reddit:1so3ch8" and row["board"] == "forhire"
    assert row["title"] == "Reddit VA – 1 post/day (10–20 mins work)"  # tag and pay out of the title
    assert row["pay_raw"] and "$15/hour" in row["pay_raw"]
    assert row["url"].startswith("https://www.reddit.com/r/forhire/comments/1so3ch8/")
    assert row["posted_at"] == "2026-04-17T14:55:10Z"
    assert (row["pay_min"], row["pay_unit"]) == (15.0, "hour")
    assert row["hours_max"] is None  # 10-20 minutes a day is not a total effort


def test_entities_in_real_titles_are_decoded():
    for row in rows_of(real_file()):
        assert "&amp;" not in row["title"] and "&amp;" not in (row["description_text"] or "")


@pytest.mark.parametrize("title,flair,expected", [
    ("[HIRING] Logo for a bakery – $300", None, True),
    ("[Hiring]Pay $350 every month", None, True),
    ("[TASK] Transcribe 10 minutes of audio", None, True),
    ("( Hiring ) data entry", None, True),
    ("[For Hire] Full Stack Developer", None, False),
    ("[FOR HIRE] Video Editor – TikTok ($15/hr)", None, False),
    ("Anything", "Hiring", True),
    ("[Hiring] mislabeled", "For Hire", False),
    ("Looking for work", None, False),
])
def test_hiring_filter(title, flair, expected):
    assert is_hiring_post({"title": title, "link_flair_text": flair}) is expected


def test_sample_pages_parse_and_page_one_asks_for_page_two():
    manifest = json.loads((SAMPLES / "reddit" / "manifest.json").read_text())
    rows = []
    for url, name in manifest.items():
        rows += rows_of(SAMPLES / "reddit" / name, url=url)
    assert len(rows) == 67  # 43 from the two r/forhire pages, 9 + 7 + 8 from the other three subreddits
    assert_listing_invariants(rows, "reddit")
    assert any(r["is_paid"] == 0 and "unpaid" in r["flags"] for r in rows)  # "for exposure" is flagged
    first_url, first_name = next(iter(manifest.items()))
    spider = make_spider(RedditSpider)
    response = response_for(SAMPLES / "reddit" / first_name, first_url)
    response.request.meta.update({"subreddit": "forhire", "page": 1})
    follow = [r for r in spider.parse(response) if isinstance(r, Request)]
    assert len(follow) == 1 and "after=t3_" in follow[0].url and follow[0].url in manifest


def test_a_non_listing_body_is_a_clear_error():
    with pytest.raises(UnparsableResponse, match="not a Reddit Listing"):
        parse_items(RedditSpider, "x.json", body=b'{"message": "Too Many Requests", "error": 429}')


@pytest.mark.parametrize("subreddit, expected", [("slavelabour", 9), ("freelance_forhire", 7), ("jobbit", 8)])
def test_each_subreddit_keeps_only_hiring_and_task_posts(subreddit, expected):
    from tests.spider_checks import rows_of as page_rows

    url = f"https://www.reddit.com/r/{subreddit}/new.json?limit=100&raw_json=1"
    rows, _ = page_rows(RedditSpider, SAMPLES / "reddit" / f"r_{subreddit}_new_page1_sample.json", url=url)
    posts = json.loads((SAMPLES / "reddit" / f"r_{subreddit}_new_page1_sample.json").read_text())["data"]["children"]
    offers = [p for p in posts if re.match(r"\[(OFFER|For Hire)\]", p["data"]["title"])]
    assert offers and len(rows) == len(posts) - len(offers) == expected  # "[OFFER]"/"[For Hire]" never become listings
    assert {r["board"] for r in rows} == {subreddit}
    assert all(not r["title"].startswith("[") and "$" not in r["title"] for r in rows)
    assert all(r["pay_min"] is not None for r in rows)


def test_every_subreddit_is_crawled():
    from tests.conftest import make_spider

    urls = [r.url for r in make_spider(RedditSpider).initial_requests()]
    assert [u.split("/r/")[1].split("/")[0] for u in urls] == ["forhire", "slavelabour", "freelance_forhire", "jobbit"]


def test_a_slavelabour_task_field_by_field():
    from tests.spider_checks import rows_of as page_rows

    url = "https://www.reddit.com/r/slavelabour/new.json?limit=100&raw_json=1"
    rows, _ = page_rows(RedditSpider, SAMPLES / "reddit" / "r_slavelabour_new_page1_sample.json", url=url)
    row = next(r for r in rows if r["source_id"] == "1tbq02y")
    assert (row["id"], row["board"], row["title"]) == ("reddit:1tbq02y", "slavelabour", "Enter 200 receipts into a Google Sheet")
    assert row["url"] == "https://www.reddit.com/r/slavelabour/comments/1tbq02y/enter_200_receipts_into_a_google_sheet_25/"
    assert (row["pay_min"], row["hours_max"], row["is_micro"]) == (25, 4, 1) and row["tags"] == ["Task"]
    assert row["posted_at"] == "2026-11-23T13:40:00Z" and "<p>Date, vendor, total" in row["description_html"]


def test_sample_pages_are_in_the_raw_json_form_the_spider_asks_for():
    # raw_json=1: no legacy escaping of <, > and & in titles and selftext_html
    for name in json.loads((SAMPLES / "reddit" / "manifest.json").read_text()).values():
        for child in json.loads((SAMPLES / "reddit" / name).read_text())["data"]["children"]:
            post = child["data"]
            assert "&lt;" not in (post["selftext_html"] or "") and "&amp;" not in post["title"], (name, post["id"])
    assert all("raw_json=1" in url for url in json.loads((SAMPLES / "reddit" / "manifest.json").read_text()))


def test_a_real_titles_place_part_becomes_the_location():
    row = next(r for r in rows_of(real_file()) if r["source_id"] == "1so4261")
    # "[Hiring] Databricks Engineer (PySpark, ETL Modernization) – Wilmington, DE (Onsite) – $60/hr W2"
    assert (row["location_raw"], row["remote"], row["country"]) == ("Wilmington, DE (Onsite)", "onsite", "US")
    assert (row["pay_min"], row["pay_unit"], row["pay_currency"]) == (60, "hour", "USD")
    assert "currency_assumed" not in row["flags"]  # a US place resolves the "$"
    support = next(r for r in rows_of(real_file()) if r["source_id"] == "1so83xr")
    # "Part-time remote support role (US/EU, flexible time)": remote, two regions, no place part
    assert (support["location_raw"], support["remote"], support["country"]) == (None, "remote", None)


def test_sample_titles_place_parts():
    from tests.spider_checks import rows_of as page_rows

    rows = []
    for url, name in json.loads((SAMPLES / "reddit" / "manifest.json").read_text()).items():
        rows += page_rows(RedditSpider, SAMPLES / "reddit" / name, url=url)[0]
    where = {r["raw"]["title"]: (r["location_raw"], r["remote"], r["country"]) for r in rows}
    assert where["[Hiring] Warehouse Associate | Dallas, TX | $18/hr"] == ("Dallas, TX", "onsite", "US")  # done at the warehouse
    assert where["[Hiring] Paid Marketing Intern (10 weeks, 20 h/week) | New York, NY | $20/hr"] == ("New York, NY", None, "US")
    assert where["[Hiring] Full Stack Engineer | Remote (US) | $120k-$140k"] == ("Remote (US)", "remote", "US")
    assert where["[Hiring] DevOps Engineer (contract, 3 months) | Remote EU | €70/h"] == ("Remote EU", "remote", None)
    assert where["[Hiring] Junior Frontend Developer, full-time, remote (US) - $65k/yr"] == ("remote (US)", "remote", "US")
    # a place that is the task's subject, and a time zone, are no work place
    assert where["[TASK] Find 50 dog groomers in Austin with email addresses - $20"] == (None, None, None)
    assert where["[Hiring] Part-time customer support agent (20 h/week, US hours) - $16/hr"][0::2] == (None, None)
    dallas = next(r for r in rows if r["location_raw"] == "Dallas, TX")
    assert dallas["title"] == "Warehouse Associate"  # the place moved to location_raw and country


def test_a_location_line_in_the_body_when_the_title_has_no_place():
    from tests.conftest import make_spider

    spider = make_spider(RedditSpider)
    post = {"id": "x2", "title": "[Hiring] Databricks Engineer – $60/hr", "permalink": "/r/forhire/x2/", "link_flair_text": "Hiring",
            # the real post 1so4261's body (its title names the place too)
            "selftext": "We’re looking for an experienced **Databricks Engineer** to support an **ETL modernization project**."
                        "\n\n**Location:** Wilmington, DE (5 days onsite)  \n**Type:** Contract (W2)  \n**Rate:** $60/hr"}
    assert spider.item_from_post(post)["location_raw"] == "Wilmington, DE (5 days onsite)"
    for body in ("Location: we'll discuss on a call", "Relocation: not needed", "Send your location and rate", None):
        assert spider.item_from_post({**post, "selftext": body}).get("location_raw") is None


def test_a_flair_that_says_remote_or_onsite():
    from tests.conftest import make_spider

    spider = make_spider(RedditSpider)
    post = {"id": "x1", "title": "Logo for a bakery", "link_flair_text": "Hiring - Onsite", "permalink": "/r/forhire/x1/"}
    item = spider.item_from_post(post)
    assert item["remote_raw"] == "Hiring - Onsite" and item.get("location_raw") is None
    assert spider.item_from_post({**post, "link_flair_text": "Hiring"}).get("remote_raw") is None
