"""torre: the real opportunity search pages 0 and 1, the sample capture, cursor paging and hostile records."""
import json

from scrapers.items import ListingItem
from scrapers.spiders.torre import MAX_PAGES, SEARCH, TYPES, TorreSpider
from tests.conftest import (assert_listing_invariants, make_spider, parse_items, realworld_files, response_for,
                            stable_ids)
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)


def pages():
    return realworld_files("other_boards", "jobagent_torre_search_page*.json")


def test_real_search_pages_field_by_field():
    page0, page1 = pages()
    rows = check_real_recording(TorreSpider, page0, 3, follow_errbacks=True)
    first = rows[0]
    assert first["id"] == "torre:lWgDRl8w" and first["title"] == "Senior Solutions Engineer (SE) – Sweden (Remote)"
    assert first["url"] == "https://torre.ai/post/lWgDRl8w-grafana-labs-senior-solutions-engineer-se-sweden-remote"
    assert first["apply_url"] == "https://job-boards.greenhouse.io/grafanalabs/jobs/5789080004"
    assert first["company"] == "Grafana Labs"
    assert first["description_text"].startswith("You'll bridge technical innovation")  # the tagline
    assert (first["posted_at"], first["expires_at"]) == ("2026-08-18T01:46:05Z", "2026-08-28T01:45:59Z")
    assert (first["pay_min"], first["pay_max"], first["pay_currency"], first["pay_unit"]) == (1119000, 1400000, "SEK", "year")
    assert first["employment_type"] == "FULL_TIME" and first["remote"] == "remote" and first["country"] == "SE"
    assert first["tags"] == ["Grafana", "Monitoring", "Open source"]
    # "to-be-agreed" carries 0.0 amounts: no pay, not a zero pay
    deepgram = rows[2]
    assert deepgram["company"] == "Deepgram" and deepgram["pay_min"] is None and deepgram["is_paid"] != 0
    assert "pay_missing" in deepgram["flags"]
    second = check_real_recording(TorreSpider, page1, 3, follow_errbacks=True)
    anywhere = second[2]  # remote_anywhere, no external application, locations []
    assert anywhere["id"] == "torre:NwqzBVkd" and anywhere["apply_url"] is None and anywhere["country"] is None
    assert anywhere["location_raw"] is None and (anywhere["pay_min"], anywhere["pay_currency"]) == (80000, "EUR")
    assert second[1]["country"] == "IL" and second[1]["pay_currency"] == "ILS"
    assert_listing_invariants(rows + second, "torre")
    stable_ids(TorreSpider, page0)


def test_cursor_paging_follows_pagination_next_by_post():
    page0 = pages()[0]
    data = json.loads(page0.read_text())
    spider = make_spider(TorreSpider)
    follow = [r for r in spider.parse(response_for(page0, SEARCH)) if not isinstance(r, ListingItem)]
    assert len(follow) == 1 and follow[0].method == "POST" and follow[0].meta["page"] == 2
    assert follow[0].url.startswith(SEARCH + "&after=") and data["pagination"]["next"][:20] in follow[0].url
    assert json.loads(follow[0].body) == {"or": [{"type": {"code": code}} for code in TYPES]}
    last = dict(data, pagination={"previous": "x", "next": None})
    assert not [r for r in spider.parse(response_for("x.json", SEARCH, json.dumps(last).encode()))
                if not isinstance(r, ListingItem)]
    request = spider.search_request("abc=", MAX_PAGES)
    capped = response_for(page0, request.url)
    capped.request.meta["page"] = MAX_PAGES
    assert not [r for r in spider.parse(capped) if not isinstance(r, ListingItem)]


def test_first_request_is_a_post_search_for_short_work():
    spider = make_spider(TorreSpider)
    (request,) = list(spider.initial_requests())
    assert request.method == "POST" and request.url == SEARCH
    assert {f["type"]["code"] for f in json.loads(request.body)["or"]} == {"freelance-gigs", "part-time-employment",
                                                                           "flexible-jobs", "internships"}


def test_sample_capture():
    rows = check_sample_capture(TorreSpider)
    assert not any("(filled)" in r["title"] for r in rows)  # status "closed": not an open opportunity
    assert any(r["engagement"] == "gig" for r in rows) and any(r["employment_type"] == "INTERN" for r in rows)


def test_hostile_records():
    good = {"id": "aB3dE5fG", "objective": "Gig", "slug": "org-gig"}
    hostile = [
        "x",
        {"objective": "No id"},
        {"id": "hH1", "objective": "Wrong types", "organizations": "Acme", "compensation": [1], "skills": "SQL",
         "place": "remote", "locations": "Peru", "type": 3, "created": ["x"], "status": None},
        {"id": "hH2", "objective": "Odd pay", "compensation": {"data": {"code": "fixed", "minAmount": "100",
                                                                         "maxAmount": None, "periodicity": None}}},
        {"id": "hH3", "objective": "Hidden pay", "compensation": {"visible": False, "data": {"code": "range",
                                                                  "minAmount": 10, "maxAmount": 20, "currency": "USD"}}},
    ]
    body = json.dumps({"results": [good, *hostile], "pagination": {"next": 5}}).encode()
    items = parse_items(TorreSpider, "x.json", SEARCH, body)
    assert sum(1 for i in items if i.get("extract_error")) == 2  # not an object, no id
    rows, _ = rows_of(TorreSpider, "x.json", url=SEARCH, body=body)
    assert [r["source_id"] for r in rows] == ["aB3dE5fG", "hH1", "hH2", "hH3"]
    assert rows[0]["url"] == "https://torre.ai/post/aB3dE5fG-org-gig" and rows[1]["url"] == "https://torre.ai/post/hH1"
    assert rows[3]["pay_min"] is None and rows[2]["pay_min"] is None
    assert_listing_invariants(rows, "torre")


def test_broken_record_and_error_page():
    body = {"results": ["x", {"id": "1", "objective": "Task"}]}
    check_broken_record_is_quarantined(TorreSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(TorreSpider)
