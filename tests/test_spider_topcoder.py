"""topcoder: the sample capture in the format of a genuine v6 response (see the spider's docstring), field by
field: prizes read as pay only from the placement set in US dollars, a task's one prize, a fun challenge's
points as no pay, dates, the challenge page, paging by page size, a broken record and an error page."""
import json

from scrapy import Request

from scrapers.spiders.topcoder import TopcoderSpider
from tests.conftest import SAMPLES, make_spider, response_for
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_sample_capture, rows_of)

SAMPLE = SAMPLES / "topcoder" / "topcoder_challenges_sample.json"


def rows():
    return {r["title"]: r for r in check_sample_capture(TopcoderSpider, minimum=15)}


def test_a_design_competition_field_by_field():
    row = rows()["Mobile banking app - accessibility review of 12 screens"]
    assert row["url"] == "https://www.topcoder.com/opportunities/challenge/5a3c0000-0000-4000-8000-000000000000"
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (150, 800, "USD", "project")
    assert "only winning entries are paid" in row["description_text"] and "$800, $400, $150" in row["description_text"]
    assert row["posted_at"] == "2026-11-20T14:00:00Z"  # registrationStartDate "2026-11-20T14:00:00.000Z"
    assert row["expires_at"] == "2026-11-27T14:00:00Z" and row["due_at"] == "2026-11-27T14:01:00Z"
    assert row["tags"] == ["Design", "Challenge", "UI Design", "Figma"] and row["remote"] == "remote"
    assert row["is_micro"] == 1 and row["company"] is None  # the client is not named by the API


def test_a_task_pays_its_one_prize_and_copilot_money_is_not_pay():
    task = rows()["React dashboard: fix 6 layout bugs"]
    assert (task["pay_min"], task["pay_max"]) == (300, 300) and "paid to the member it is assigned to" in task["description_text"]
    assert task["hours_max"] == 10  # "Estimated effort: 8-10 hours"
    design = rows()["Landing page redesign for a student housing non-profit"]
    assert (design["pay_min"], design["pay_max"]) == (500, 1000)  # the COPILOT 150 is no entrant's pay


def test_points_are_no_money():
    fun = rows()["Practice: build a to-do app in React"]
    assert fun["pay_min"] is None and "no prize money" in fun["description_text"]


def test_paging_by_page_size_and_no_page_after_a_short_one():
    spider = make_spider(TopcoderSpider)
    assert not [r for r in spider.parse(response_for(SAMPLE, spider.sample_url)) if isinstance(r, Request)]  # 16 < 50
    full = json.loads(SAMPLE.read_text()) * 4
    full = [dict(r, id=f"{r['id'][:-3]}{i:03d}") for i, r in enumerate(full[:50])]
    [following] = [r for r in spider.parse(response_for(SAMPLE, spider.sample_url, json.dumps(full).encode()))
                   if isinstance(r, Request)]
    assert following.url == "https://api.topcoder.com/v6/challenges?status=ACTIVE&perPage=50&page=2"
    last = "https://api.topcoder.com/v6/challenges?status=ACTIVE&perPage=50&page=4"
    assert not [r for r in spider.parse(response_for(SAMPLE, last, json.dumps(full).encode())) if isinstance(r, Request)]


def test_broken_record_and_error_page():
    body = [None, {"id": "5a3c0000-0000-4000-8000-0000000000ff", "name": "Task", "registrationStartDate": "2026-11-20T00:00:00.000Z",
                   "prizeSets": [{"type": "PLACEMENT", "prizes": [{"type": "USD", "value": "lots"}]}]}]
    check_broken_record_is_quarantined(TopcoderSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(TopcoderSpider)
    found, _ = rows_of(TopcoderSpider, SAMPLE, body=json.dumps(body[1:]).encode())
    assert found[0]["pay_min"] is None and found[0]["url"].endswith("/challenges/5a3c0000-0000-4000-8000-0000000000ff")
