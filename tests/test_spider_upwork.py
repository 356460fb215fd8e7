"""upwork: skipped without credentials (no request, a clear message); the documented GraphQL shape parses."""
import json

import pytest
from scrapy import Request

from scrapers.platforms.base import UnparsableResponse
from scrapers.replay import ReplayServer, load_routes
from scrapers.spiders.upwork import TOKEN_VARIABLE, UpworkSpider
from tests.conftest import make_spider, parse_items, response_for
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_sample_capture)
from tests.test_cli import microgigs

ENDPOINT = "https://api.upwork.com/graphql"


def test_without_a_token_no_request_and_the_crawl_says_which_variable(monkeypatch):
    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    spider = make_spider(UpworkSpider)
    assert list(spider.initial_requests()) == []
    assert spider.crawl_status == "skipped" and len(spider.failures) == 1
    assert "skipped" in spider.failures[0] and TOKEN_VARIABLE in spider.failures[0]


def test_other_sources_run_normally_beside_a_skipped_upwork(tmp_path):
    env = {TOKEN_VARIABLE: ""}
    server = ReplayServer(load_routes(sources=["remoteok"]))
    with server as url:
        result = microgigs("crawl", "upwork", "remoteok", "--db", str(tmp_path / "u.db"), "--replay", url, env=env)
    assert "remoteok: ok" in result.stdout and result.returncode == 0
    assert "upwork: skipped" in result.stdout and TOKEN_VARIABLE in result.stdout
    assert not [hit for hit in server.hits if "upwork" in hit]


def test_with_a_token_one_post_with_the_query_in_variables(monkeypatch):
    monkeypatch.setenv(TOKEN_VARIABLE, "t0ken")
    [request] = list(make_spider(UpworkSpider).initial_requests())
    assert (request.method, request.url, request.headers["Authorization"]) == ("POST", ENDPOINT, b"Bearer t0ken")
    body = json.loads(request.body)
    assert "marketplaceJobPostingsSearch" in body["query"]
    assert body["variables"]["filter"]["pagination_eq"] == {"after": "0", "first": 50}


def test_sample_capture_field_by_field():
    rows = {r["source_id"]: r for r in check_sample_capture(UpworkSpider, minimum=15)}
    hourly = rows["1860000000000000001"]
    assert hourly["url"] == "https://www.upwork.com/jobs/~021860000000000000001"
    assert hourly["title"] == "UX review of a mobile banking prototype"
    assert hourly["posted_at"] == "2026-11-24T14:14:00Z"  # createdDateTime "2026-11-24T14:14:00+0000"
    assert (hourly["pay_min"], hourly["pay_max"], hourly["pay_currency"], hourly["pay_unit"]) == (60, 75, "USD", "hour")
    assert hourly["tags"] == ["Design"]  # skills[].prettyName, occupations.category.prefLabel
    assert "Duration: 1 to 3 months" in hourly["description_text"]  # durationLabel
    assert hourly["country"] is None  # client.location.country is the client's, not the work place
    fixed = rows["1860000000000000000"]  # amount.rawValue "900.0", no hourly budget
    assert (fixed["pay_min"], fixed["pay_max"], fixed["pay_unit"], fixed["entry_level"]) == (900, 900, "project", 1)
    open_budget = next(r for r in rows.values() if r["raw"]["node"]["amount"]["rawValue"] == "0.0"
                       and not r["raw"]["node"]["hourlyBudgetMin"])
    assert open_budget["pay_min"] is None and open_budget["pay_unit"] is None  # "0.0" is no budget
    assert all(r["remote"] == "remote" and r["employment_type"] == "CONTRACTOR" for r in rows.values())


def test_errors_answer_broken_edge_and_error_page():
    with pytest.raises(UnparsableResponse, match="Invalid token"):
        parse_items(UpworkSpider, "x.json", body=b'{"errors": [{"message": "Invalid token"}], "data": null}')
    edges = [{"node": "x"}, {"node": {"id": "5", "title": "Task", "ciphertext": "~025", "createdDateTime": "2026-11-20T10:00:00+0000"}}]
    body = json.dumps({"data": {"marketplaceJobPostingsSearch": {"edges": edges}}}).encode()
    check_broken_record_is_quarantined(UpworkSpider, body)
    check_error_page_is_a_clear_error(UpworkSpider)


def test_cursor_paging_only_with_a_token(monkeypatch):
    body = json.dumps({"data": {"marketplaceJobPostingsSearch": {"edges": [], "pageInfo": {
        "endCursor": "50", "hasNextPage": True}}}}).encode()
    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    assert [r for r in make_spider(UpworkSpider).parse(response_for("x.json", ENDPOINT, body)) if isinstance(r, Request)] == []
    monkeypatch.setenv(TOKEN_VARIABLE, "t0ken")
    [following] = [r for r in make_spider(UpworkSpider).parse(response_for("x.json", ENDPOINT, body)) if isinstance(r, Request)]
    assert json.loads(following.body)["variables"]["filter"]["pagination_eq"]["after"] == "50"
