"""parkerdewey: its opportunities view is rendered by JavaScript: crawled for real in headless Chromium (the
system's) from the sample page served on 127.0.0.1, whose cards exist only after its script ran (the sample is
written for microgigs; what it is based on is in the spider's docstring). A page asking to sign in ends the
crawl as skipped."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from scrapers.platforms.playwright_page import system_chromium
from scrapers.replay import ReplayServer, load_routes
from scrapers.spiders.parkerdewey import ParkerDeweySpider
from tests.conftest import PROJECT, SAMPLES, make_spider, response_for
from tests.spider_checks import rows_of

needs_chromium = pytest.mark.skipif(system_chromium() is None,
                                    reason="/usr/bin/chromium is absent: no system Chromium to render the page (tests/run installs Debian's chromium)")

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
    assert run["status"] == "ok" and run["items"] == 18, run
    rows = {r["source_id"]: r for r in open_db(str(tmp_path / "p.db")).query("select * from listings")}
    assert len(rows) == 18
    row = rows["48211"]
    assert row["url"] == "https://app.parkerdewey.com/projects/48211"
    assert (row["title"], row["company"]) == ("Competitive Analysis of Meal-Kit Subscription Services", "Northwind Analytics")
    assert (row["pay_min"], row["pay_unit"], row["pay_currency"]) == (400, "project", "USD")  # "$400", a US program
    assert (row["hours_min"], row["hours_max"]) == (15, 20) and row["country"] == "US" and row["remote"] is None
    assert row["due_at"] == "2026-12-13T00:00:00Z" and row["posted_at"] == "2026-11-24T15:00:00Z"
    assert row["engagement"] == "micro_internship" and row["is_micro"] == 1
    assert json.loads(row["tags"]) == ["Market Research", "PowerPoint"]
    assert all(r["is_micro"] == 1 and r["pay_unit"] == "project" for r in rows.values())
    assert any(hit.startswith("/https/app.parkerdewey.com/") for hit in server.hits)


def test_a_sign_in_page_ends_the_crawl_as_skipped_not_failed():
    body = (b'<html><body><div id="root"><form action="/auth/sign-in"><input name="email" type="email">'
            b'<input name="password" type="password"><button type="submit">Sign in</button></form></div></body></html>')
    spider = make_spider(ParkerDeweySpider)
    response = response_for(Path("x.html"), "https://app.parkerdewey.com/auth/sign-in", body)
    assert list(spider.parse(response)) == [] and spider.crawl_status == "skipped"
    assert "signed-in Career Launchers" in spider.failures[0]


def test_the_page_is_awaited_for_a_card_or_the_sign_in_form():
    (method,) = make_spider(ParkerDeweySpider).render_meta()["playwright_page_methods"]
    assert method.args == ("div.c-card[data-project-id], form input[type=password]",)


def test_playwright_only_in_this_spiders_settings_on_the_system_chromium():
    settings = ParkerDeweySpider.custom_settings
    assert settings["DOWNLOAD_HANDLERS"]["https"] == "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    assert settings["PLAYWRIGHT_LAUNCH_OPTIONS"]["headless"] is True
    assert settings["PLAYWRIGHT_LAUNCH_OPTIONS"]["executable_path"] == system_chromium()
    from scrapers import settings as project

    assert "scrapy_playwright" not in str(getattr(project, "DOWNLOAD_HANDLERS", ""))


def test_without_chromium_the_crawl_is_skipped_not_failed(monkeypatch):
    monkeypatch.setattr("scrapers.platforms.playwright_page.system_chromium", lambda: None)
    spider = make_spider(ParkerDeweySpider)
    assert list(spider.initial_requests()) == [] and spider.crawl_status == "skipped"
    assert "chromium" in spider.failures[0].lower()
