"""parkerdewey: its listing page is rendered by JavaScript: crawled for real in headless Chromium
(the system's), from a page served on 127.0.0.1 whose cards exist only after its script ran."""
import json
import subprocess
import sys

import pytest

from scrapers.platforms.playwright_page import system_chromium
from scrapers.replay import ReplayServer, load_routes
from scrapers.spiders.parkerdewey import ParkerDeweySpider
from tests.conftest import PROJECT, SAMPLES, make_spider
from tests.spider_checks import rows_of

needs_chromium = pytest.mark.skipif(system_chromium() is None,
                                    reason="no system Chromium (tests/run installs Debian's chromium)")

CRAWL = """
import json, sys
from scrapers.runner import project_settings, run_spiders, spider_classes
settings = project_settings(MICROGIGS_DB=sys.argv[1], MICROGIGS_REPLAY_URL=sys.argv[2], DOWNLOAD_DELAY=0,
                            AUTOTHROTTLE_ENABLED=False, RETRY_TIMES=0, LOG_LEVEL="ERROR")
runs = run_spiders([spider_classes()["parkerdewey"]], settings)
print(json.dumps([run.__dict__ for run in runs]))
"""


def test_without_a_browser_the_page_has_no_cards_and_that_is_a_clear_error():
    # Fetched without JavaScript, the page holds only its inline data: no listing can be read.
    from scrapers.platforms.base import UnparsableResponse

    with pytest.raises(UnparsableResponse, match="no listing cards"):
        rows_of(ParkerDeweySpider, SAMPLES / "parkerdewey" / "parkerdewey_projects_sample.html")


@needs_chromium
def test_rendered_in_headless_chromium_from_a_local_server(tmp_path):
    from db.schema import open_db

    server = ReplayServer(load_routes(sources=["parkerdewey"]))
    with server as url:
        done = subprocess.run([sys.executable, "-c", CRAWL, str(tmp_path / "p.db"), url], capture_output=True,
                              text=True, timeout=240, cwd=PROJECT)
    assert done.returncode == 0, done.stderr[-3000:]
    (run,) = json.loads(done.stdout.splitlines()[-1])
    assert run["status"] == "ok" and run["items"] == 12, run
    rows = {r["source_id"]: r for r in open_db(str(tmp_path / "p.db")).query("select * from listings")}
    first = rows["PD-8800"]
    assert first["url"].startswith("https://www.parkerdewey.com/micro-internships/8800-")
    assert first["pay_unit"] == "project" and first["pay_currency"] == "USD" and first["is_micro"] == 1
    assert first["due_at"] and first["due_at"].startswith("2026-12")
    assert any(hit.startswith("/https/www.parkerdewey.com/micro-internships") for hit in server.hits)


def test_without_chromium_the_crawl_is_skipped_not_failed(monkeypatch):
    monkeypatch.setattr("scrapers.platforms.playwright_page.system_chromium", lambda: None)
    spider = make_spider(ParkerDeweySpider)
    assert list(spider.initial_requests()) == [] and spider.crawl_status == "skipped"
    assert "chromium" in spider.failures[0].lower()
