"""peopleperhour: the sample capture in the page's embedded-state format (see the spider's docstring)."""
import json

import pytest
from scrapy import Request

from scrapers.platforms.base import UnparsableResponse
from scrapers.spiders.peopleperhour import PeoplePerHourSpider
from tests.conftest import make_spider, parse_items, response_for
from tests.spider_checks import check_error_page_is_a_clear_error, check_sample_capture, rows_of

LIST = "https://www.peopleperhour.com/freelance-jobs"


def page(state: dict) -> bytes:
    script = ("window.PPHReact={};\nwindow.PPHReact.initialState = " + json.dumps(state) +
              ";\nwindow.PPHReact.data={render:function(){return \"a;b\"}};\nwindow.PPHReact.serverTime='1795000000000';")
    return f"<html><body><div id='reactContainer'></div><script>{script}</script></body></html>".encode()


def project(pid: str, **attributes) -> dict:
    base = {"proj_id": int(pid), "title": f"Job {pid}", "posted_dt": "2026-11-20 09:04:22", "budget": 300,
            "currency": "GBP", "project_type": "fixed_price", "item_state": "open", "location_type": "remote",
            "url": f"https://www.peopleperhour.com/freelance-jobs/design/web-design/job-{pid}"}
    return {"id": pid, "type": "projects", "attributes": {**base, **attributes}}


def test_sample_capture_field_by_field():
    rows = {r["source_id"]: r for r in check_sample_capture(PeoplePerHourSpider, minimum=15)}
    hourly = rows["4400101"]
    assert hourly["url"] == ("https://www.peopleperhour.com/freelance-jobs/video-photo-audio/audio-editing/"
                             "podcast-audio-cleanup-for-6-episodes-4400101")
    assert hourly["title"] == "Podcast audio cleanup for 6 episodes"
    assert (hourly["pay_min"], hourly["pay_currency"], hourly["pay_unit"]) == (40, "USD", "hour")  # project_type hourly
    assert hourly["posted_at"] == "2026-11-24T14:20:00Z"  # posted_dt, UTC wall clock
    assert hourly["tags"] == ["Video, Photo & Audio", "Audio Editing"]
    assert (hourly["remote"], hourly["employment_type"], hourly["is_micro"]) == ("remote", "CONTRACTOR", 1)
    fixed = rows["4400103"]
    assert (fixed["pay_min"], fixed["pay_max"], fixed["pay_unit"]) == (400, 400, "project")  # fixed_price
    assert "1,200 words" in fixed["description_text"]  # proj_desc


def test_state_refs_featured_completed_and_a_missing_project():
    state = {"freelanceJobs": {"main": {"data": [{"id": "1"}, {"id": "2"}, {"id": "9"}], "meta": {"current-page": 1}},
                               "featured": {"data": [{"id": "3"}, {"id": "1"}]}, "completed": {"data": [{"id": "4"}]}},
             "entities": {"projects": {"1": project("1", project_type="hourly", budget="40", title="Logo &amp; <i>brand</i> kit"),
                                       "2": project("2", item_state="closed", title="<b>Closed</b> &amp; gone"),
                                       "3": project("3", location_type="remote_country"),
                                       "4": project("4")}}}
    rows, broken = rows_of(PeoplePerHourSpider, "x.html", url=LIST, body=page(state))
    assert [r["source_id"] for r in rows] == ["1", "3"]  # closed 2 skipped, completed 4 not listed, 1 once
    assert (rows[0]["title"], rows[0]["pay_min"], rows[0]["pay_unit"]) == ("Logo & brand kit", 40, "hour")
    assert rows[1]["remote"] == "remote"  # remote_country
    assert len(broken) == 1  # ref 9 has no project: quarantined, not lost


def test_paging_follows_total_pages_up_to_the_cap():
    spider = make_spider(PeoplePerHourSpider)
    state = {"freelanceJobs": {"main": {"data": [], "meta": {"current-page": 1, "total-pages": 40}}},
             "entities": {"projects": {}}}
    following = [r for r in spider.parse(response_for("x.html", LIST, page(state))) if isinstance(r, Request)]
    assert [r.url for r in following] == [LIST + "?page=2"]
    state["freelanceJobs"]["main"]["meta"]["current-page"] = 3
    assert not [r for r in spider.parse(response_for("x.html", LIST, page(state))) if isinstance(r, Request)]


def test_pages_without_the_state_are_clear_errors():
    check_error_page_is_a_clear_error(PeoplePerHourSpider, suffix=".html")
    with pytest.raises(UnparsableResponse, match="not JSON"):
        parse_items(PeoplePerHourSpider, "x.html", url=LIST,
                    body=b"<script>window.PPHReact.initialState={broken;</script>")
    with pytest.raises(UnparsableResponse):  # JSON, but not the listing state
        parse_items(PeoplePerHourSpider, "x.html", url=LIST, body=page({"entities": {}}))


def test_paging_without_a_page_count_goes_on_while_a_page_lists_projects():
    spider = make_spider(PeoplePerHourSpider)  # the real capture's meta: {"current-page": 1, "applied_filters": ...}
    state = {"freelanceJobs": {"main": {"data": [{"id": "1", "type": "projects"}], "meta": {"current-page": 1}}},
             "entities": {"projects": {"1": {"id": "1", "type": "projects", "attributes": {
                 "title": "Canva Design", "url": "https://www.peopleperhour.com/freelance-jobs/design/canva-design-1",
                 "posted_dt": "2026-09-17 07:34:58", "budget": 6, "currency": "GBP", "project_type": "fixed_price",
                 "item_state": "open", "location_type": "remote"}}}}}
    following = [r for r in spider.parse(response_for("x.html", LIST, page(state))) if isinstance(r, Request)]
    assert [r.url for r in following] == [LIST + "?page=2"]
    state["freelanceJobs"]["main"]["data"] = []
    assert not [r for r in spider.parse(response_for("x.html", LIST, page(state))) if isinstance(r, Request)]
