"""hackernews: the real Algolia recordings (search hits and an item tree) and the sample threads."""
import json
from pathlib import Path

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


def test_a_comment_search_parses_at_any_address():
    """The body says it is a comment search (`comment_text`, `parent_id`), whatever URL it is given."""
    path = realworld_files("hn_algolia", "rjc_hn_whoishiring_july2026.json")[0]
    at_search = [r["id"] for r in rows_of(HackerNewsSpider, path, url=SEARCH)[0]]
    at_default = rows_of(HackerNewsSpider, path)[0]  # the spider's start URL: the thread search
    assert [r["id"] for r in at_default] == at_search and len(at_search) == 6
    wave = next(r for r in at_default if r["source_id"] == "48843116")
    assert (wave["company"], wave["title"], wave["remote"]) == ("Wave", "On-Premises SRE", "remote")
    assert (wave["pay_min"], wave["pay_max"]) == (None, 185500)  # "Salary up to $185,500"
    # a bare "$" in an EMEA post: USD, flagged as the schema's one assumption
    assert wave["pay_currency"] == "USD" and "currency_assumed" in wave["flags"]


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
    ("Remote (US) | Webflow developer | $3,500 fixed", None, "Webflow developer"),
    ("London Analytics | Data Engineer | London, UK", "London Analytics", "Data Engineer"),
])
def test_the_header_convention(line, company, title):
    fields = header_fields(line)
    assert (fields["company"], fields["title"]) == (company, title)


HIRING_URL = "https://hn.algolia.com/api/v1/items/50291442"
FREELANCER_URL = "https://hn.algolia.com/api/v1/items/50291443"


def test_the_newest_hiring_and_freelancer_threads_are_opened():
    spider = make_spider(HackerNewsSpider)
    path = SAMPLES / "hackernews" / "hn_whoishiring_stories_sample.json"
    requests = [r for r in spider.parse(response_for(path, spider.sample_url)) if isinstance(r, Request)]
    assert [r.url for r in requests] == [HIRING_URL, FREELANCER_URL]  # November's, not October's or "wants to be hired"


def test_hiring_thread_one_listing_per_top_level_comment():
    path = SAMPLES / "hackernews" / "hn_hiring_items_sample.json"
    top_level = json.loads(path.read_text())["children"]
    rows, broken = rows_of(HackerNewsSpider, path, url=HIRING_URL)
    assert not broken and len(rows) == len(top_level) - 1 == 16  # one comment was deleted (no author, no text)
    assert all("children" not in r["raw"] for r in rows)  # replies are not part of a listing
    row = next(r for r in rows if r["source_id"] == "50291685")
    assert (row["company"], row["title"], row["board"]) == ("Fieldnote", "Technical Writer", "50291442")
    assert row["url"] == "https://news.ycombinator.com/item?id=50291685" and row["posted_at"] == "2026-11-02T19:57:00Z"
    assert (row["pay_min"], row["pay_unit"], row["hours_per_week"]) == (60, "hour", 17.5)  # "$60/hr", "15–20 h/week"
    assert row["employment_type"] == "PART_TIME" and row["remote"] == "remote" and row["tags"] == ["Who is hiring"]
    assert row["company_url"] is None and "&#x2F;" not in row["description_text"]
    full_time = next(r for r in rows if r["source_id"] == "50291537")
    assert (full_time["company"], full_time["title"], full_time["country"]) == ("Quanta Freight", "Staff Data Engineer", "US")
    assert full_time["employment_type"] == "FULL_TIME" and full_time["is_micro"] == 0


def test_freelancer_thread_keeps_only_seeking_freelancer():
    path = SAMPLES / "hackernews" / "hn_freelancer_items_sample.json"
    rows, broken = rows_of(HackerNewsSpider, path, url=FREELANCER_URL)
    top_level = json.loads(path.read_text())["children"]
    assert not broken and len(rows) == sum((c["text"] or "").startswith("SEEKING FREELANCER") for c in top_level) == 8
    assert all(r["tags"] == ["Seeking freelancer"] and "SEEKING" not in r["title"].upper() for r in rows)
    script = next(r for r in rows if r["source_id"] == "50291910")
    assert (script["company"], script["title"]) == ("Arbor Research Group", "Python scraping script")
    assert (script["pay_min"], script["pay_unit"], script["hours_max"], script["is_micro"]) == (600, "project", 10, 1)
    anonymous = next(r for r in rows if r["source_id"] == "50291620")  # "SEEKING FREELANCER | Remote (US time zones) | ..."
    assert anonymous["company"] is None and anonymous["title"] == "Webflow developer"
    assert anonymous["location_raw"] == "Remote (US time zones)" and anonymous["pay_currency"] == "USD"


def test_item_tree_skips_deleted_and_dead_comments_and_keeps_a_broken_one_apart():
    tree = {"id": 50291443, "title": "Ask HN: Freelancer? Seeking freelancer? (November 2026)", "author": "whoishiring",
            "children": [
                {"id": 1, "author": None, "text": None, "created_at": "2026-11-02T16:10:00Z", "children": []},
                {"id": 2, "author": "x", "text": "SEEKING FREELANCER | Acme | Logo | $300", "dead": True, "children": []},
                {"id": 3, "author": "y", "text": 42, "created_at": "2026-11-02T16:12:00Z", "children": []},
                "not a comment",
                {"id": 4, "author": "z", "text": "SEEKING FREELANCER | Acme | Logo design | Remote | $300 fixed<p>Due in a week.",
                 "created_at": "2026-11-02T16:14:00Z", "children": [{"id": 5, "text": "Interested!", "children": []}]},
            ]}
    rows, broken = rows_of(HackerNewsSpider, Path("x.json"), url="https://hn.algolia.com/api/v1/items/50291443",
                           body=json.dumps(tree).encode())
    assert [r["source_id"] for r in rows] == ["4"] and len(broken) == 2  # the number and the string
    assert (rows[0]["company"], rows[0]["title"], rows[0]["board"]) == ("Acme", "Logo design", "50291443")


def test_a_saved_comment_search_page_follows_nb_pages():
    path = realworld_files("hn_algolia", "rjc_hn_whoishiring_july2026.json")[0]
    data = json.loads(path.read_text())
    data.update(page=0, nbPages=2)
    spider = make_spider(HackerNewsSpider)
    following = [r for r in spider.parse(response_for(Path("x.json"), SEARCH, json.dumps(data).encode()))
                 if isinstance(r, Request)]
    assert [r.url for r in following] == [SEARCH.replace("page=0", "page=1")]


def test_sample_capture():
    check_sample_capture(HackerNewsSpider, minimum=15)


def test_error_page():
    check_error_page_is_a_clear_error(HackerNewsSpider)


def test_the_place_part_of_real_headers():
    path = realworld_files("hn_algolia", "hermes_hn_item_whoishiring_sep2026.json")[0]
    rows = {r["source_id"]: r for r in rows_of(HackerNewsSpider, path, url=ITEM)[0]}
    # "Open Education Applications / Neon | Senior/Lead Platform & DevOps Engineer, ... | Utrecht, The Netherlands | HYBRID"
    neon = rows["49522929"]
    assert (neon["location_raw"], neon["remote"], neon["country"]) == ("Utrecht, The Netherlands, HYBRID", "hybrid", "NL")
    assert (rows["49522903"]["location_raw"], rows["49522903"]["country"]) == ("Remote (Europe)", None)  # a region
    assert (rows["49522930"]["remote"], rows["49522930"]["country"]) == ("remote", None)  # "REMOTE (worldwide)"
    search = realworld_files("hn_algolia", "rjc_hn_whoishiring_july2026.json")[0]
    zeitlabs = next(r for r in rows_of(HackerNewsSpider, search, url=SEARCH)[0] if r["source_id"] == "48842567")
    assert (zeitlabs["location_raw"], zeitlabs["remote"], zeitlabs["country"]) == ("Remote (UTC+3)", "remote", None)


@pytest.mark.parametrize("line, location", [
    ("Halcyon AI | ML Engineer, Evaluation | San Francisco | Hybrid | Full-time | $200k–$260k", "San Francisco, Hybrid"),
    ("Acme | Backend Engineer | Oftersheim, Germany | Full-time", "Oftersheim, Germany"),  # a town of its own part
    ("Acme | Data Engineer | Denver, CO or Remote (US) | $160k", "Denver, CO or Remote (US)"),
    ("Acme | Backend Engineer | Python, Go | Full-time", None),  # not "Python, GO"
    ("Acme | Help us build payments | Full-time", None),  # "us" is a word, not the US
])
def test_the_place_part_of_a_header(line, location):
    assert header_fields(line)["location_raw"] == location


def test_sample_thread_places():
    rows = {r["source_id"]: r for r in rows_of(HackerNewsSpider, SAMPLES / "hackernews" / "hn_hiring_items_sample.json",
                                                 url=HIRING_URL)[0]}
    halcyon = rows["50291759"]  # "Halcyon AI | ML Engineer, Evaluation | San Francisco | Hybrid | ..."
    assert (halcyon["location_raw"], halcyon["remote"], halcyon["country"]) == ("San Francisco, Hybrid", "hybrid", "US")
    kelpie = rows["50291944"]  # "London, UK | Hybrid"
    assert (kelpie["remote"], kelpie["country"]) == ("hybrid", "GB")
    assert (rows["50291648"]["remote"], rows["50291648"]["country"]) == ("remote", None)  # "Remote (US/Canada)": two


def test_a_header_without_pipes_still_gives_its_place():
    tree = {"id": 50291442, "title": "Ask HN: Who is hiring? (November 2026)", "author": "whoishiring",
            "children": [{"id": 7, "author": "a", "created_at": "2026-11-02T16:14:00Z", "children": [],
                          "text": "Acme Robotics – Backend Engineer – Berlin or Remote (EU)<p>We build arms."},
                         {"id": 8, "author": "b", "created_at": "2026-11-02T16:15:00Z", "children": [],
                          "text": "This Dot Labs<p>Frontend developers, 3 roles"}]}
    rows, _ = rows_of(HackerNewsSpider, Path("x.json"), url=HIRING_URL, body=json.dumps(tree).encode())
    acme, this_dot = rows
    assert (acme["location_raw"], acme["remote"], acme["country"]) == ("Berlin or Remote (EU)", "remote", None)
    assert (this_dot["company"], this_dot["location_raw"]) == ("This Dot Labs", None)
