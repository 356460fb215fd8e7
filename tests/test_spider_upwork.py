"""upwork: skipped without credentials (no request, a clear message); the documented GraphQL shape parses; a
crawl with a token against a recorded exchange in that format, served on 127.0.0.1 (docs/upwork.md)."""
import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from scrapy import Request

from scrapers.platforms.base import UnparsableResponse
from scrapers.replay import ReplayServer, load_routes
from scrapers.spiders.upwork import TOKEN_VARIABLE, UpworkSpider
from tests.conftest import make_spider, parse_items, response_for
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_sample_capture)
from tests.test_cli import microgigs, open_db
from tests.conftest import LoopbackServer

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


EXCHANGE = json.loads((Path(__file__).resolve().parents[1] / "scrapers" / "samples" / "upwork"
                       / "upwork_exchange_recorded_format.json").read_text())


class UpworkApiServer(LoopbackServer):
    """Answers as Upwork's GraphQL endpoint does in the recorded exchange, on 127.0.0.1 (reached through the
    crawl's --replay address): a wrong token gets the 401 exchange; each POST is kept for the test to read."""

    def __init__(self, token: str):
        self.posts: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def answer(self, response):
                body = json.dumps(response["body"]).encode()
                self.send_response(response["status"])
                for name, value in response["headers"].items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):  # noqa: N802 - robots.txt and anything else: not here
                self.send_error(404)

            def do_POST(self):  # noqa: N802
                sent = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"null")
                server.posts.append({"path": self.path, "authorization": self.headers.get("Authorization"), "body": sent})
                if self.path != "/https/api.upwork.com/graphql":
                    return self.send_error(404)
                if self.headers.get("Authorization") != f"Bearer {token}":
                    return self.answer(EXCHANGE["refused"]["response"])
                after = sent["variables"]["filter"]["pagination_eq"]["after"]
                recorded = next((i for i in EXCHANGE["interactions"]
                                 if i["request"]["body"]["variables"]["filter"]["pagination_eq"]["after"] == after), None)
                return self.answer(recorded["response"]) if recorded else self.send_error(400)

        self.listen(Handler)


def test_a_crawl_with_a_token_against_the_recorded_exchange(tmp_path):
    db = tmp_path / "u.db"
    with UpworkApiServer("s3cret-token") as server:
        result = microgigs("crawl", "upwork", "--db", str(db), "--replay", server.url, env={TOKEN_VARIABLE: "s3cret-token"})
    assert result.returncode == 0 and "upwork: ok" in result.stdout, result.stdout + result.stderr
    assert [p["authorization"] for p in server.posts] == ["Bearer s3cret-token"] * 2  # the token, in the header only
    assert [p["body"]["variables"]["filter"]["pagination_eq"] for p in server.posts] == [
        {"after": "0", "first": 50}, {"after": "10", "first": 50}]  # page 2 from page 1's endCursor
    assert all("marketplaceJobPostingsSearch" in p["body"]["query"] for p in server.posts)
    rows = list(open_db(str(db))["listings"].rows)
    assert len(rows) == 19 and all(r["url"].startswith("https://www.upwork.com/jobs/~02") for r in rows)
    assert "s3cret-token" not in db.read_bytes().decode("latin-1")  # never stored


def test_a_refused_token_fails_the_source_with_the_status(tmp_path):
    with UpworkApiServer("the-right-one") as server:
        result = microgigs("crawl", "upwork", "--db", str(tmp_path / "u.db"), "--replay", server.url,
                           env={TOKEN_VARIABLE: "an-old-one"})
    said = result.stdout + result.stderr
    assert "upwork: failed" in said and "HTTP 401" in said and "an-old-one" not in said, said
    assert len(server.posts) == 1 and result.returncode != 0  # no retry of a refused token
