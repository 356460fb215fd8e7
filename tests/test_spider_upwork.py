"""upwork: skipped without credentials (no request, a clear message); the documented GraphQL shape parses."""
from scrapers.replay import ReplayServer, load_routes
from scrapers.spiders.upwork import TOKEN_VARIABLE, UpworkSpider
from tests.conftest import make_spider
from tests.spider_checks import check_sample_capture
from tests.test_cli import microgigs


def test_without_a_token_no_request_and_the_crawl_says_which_variable(tmp_path, monkeypatch):
    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    spider = make_spider(UpworkSpider)
    assert list(spider.initial_requests()) == []
    assert spider.crawl_status == "skipped" and TOKEN_VARIABLE in spider.failures[0]


def test_other_sources_run_normally_beside_a_skipped_upwork(tmp_path):
    env = {TOKEN_VARIABLE: ""}
    server = ReplayServer(load_routes(sources=["remoteok"]))
    with server as url:
        result = microgigs("crawl", "upwork", "remoteok", "--db", str(tmp_path / "u.db"), "--replay", url, env=env)
    assert "remoteok: ok" in result.stdout and result.returncode == 0
    assert "upwork: skipped" in result.stdout and TOKEN_VARIABLE in result.stdout
    assert not [hit for hit in server.hits if "upwork" in hit]


def test_sample_capture_field_by_field():
    rows = check_sample_capture(UpworkSpider)
    row = next(r for r in rows if r["source_id"] == "1860000000000000001")
    assert row["url"] == "https://www.upwork.com/jobs/~010001a1b2c3d4e5f6"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (60, 75, "USD", "hour")
