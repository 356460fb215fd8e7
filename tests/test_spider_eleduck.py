"""eleduck: the recorded community job posts, the sample capture, paging and hostile records."""
import json

from scrapers.items import ListingItem
from scrapers.spiders.eleduck import LIST, MAX_PAGES, EleduckSpider
from tests.conftest import assert_listing_invariants, make_spider, parse_items, realworld_files, response_for, stable_ids
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)


def real_file():
    return realworld_files("other_boards", "rjc_eleduck.json")[0]


def test_real_posts_field_by_field():
    path = real_file()
    posts = json.loads(path.read_text())["posts"]
    rows = check_real_recording(EleduckSpider, path, len(posts) - 1, follow_errbacks=True)  # CLOSED1 is closed
    assert "eleduck:CLOSED1" not in {r["id"] for r in rows}
    first = rows[0]
    assert first["id"] == "eleduck:3EfDaN" and first["title"] == "美业跨境贸易"
    assert first["url"] == "https://eleduck.com/posts/3EfDaN"
    assert first["posted_at"] == "2026-07-11T06:15:23Z"  # 14:15:23.380+08:00
    assert first["description_text"].startswith("远程招商助理（居家线上兼职/全职均可）")
    assert first["tags"] == ["跨境/出海", "海外", "全职远程", "运营", "企业直招"]
    assert first["location_raw"] == "海外" and first["remote"] == "remote"  # job_type 全职远程: full-time remote
    assert first["employment_type"] == "FULL_TIME" and first["language"] == "zh"
    gig = next(r for r in rows if r["id"] == "eleduck:QZfpd2")  # a pinned (paid) post: still a job post
    assert gig["title"].startswith("【付费置顶】招募各行业专家") and gig["employment_type"] == "CONTRACTOR"  # 外包零活
    assert gig["location_raw"] == "杭州" and gig["remote"] == "remote"  # 线上兼职: online part-time
    assert gig["description_text"].startswith("今天的 AI 会聊天")  # content "": the summary instead
    english = next(r for r in rows if r["id"] == "eleduck:L5faYj")
    assert english["title"] == "海外远程 荷兰公司 ODM Software Manager (fully remote)"
    assert "Your Role Description" in english["description_text"]
    stable_ids(EleduckSpider, path)


def test_paging_stops_at_an_empty_page_or_the_cap():
    spider = make_spider(EleduckSpider)
    body = real_file().read_bytes()
    follow = [r for r in spider.parse(response_for("x.json", LIST.format(page=1), body)) if not isinstance(r, ListingItem)]
    assert [r.url for r in follow] == [LIST.format(page=2)]
    assert not [r for r in spider.parse(response_for("x.json", LIST.format(page=MAX_PAGES), body))
                if not isinstance(r, ListingItem)]
    assert not list(spider.parse(response_for("x.json", LIST.format(page=2), b'{"posts": []}')))


def test_sample_capture():
    rows = check_sample_capture(EleduckSpider)
    assert not any("已找到人" in r["title"] for r in rows)  # closed: filled
    assert sum(r["is_micro"] for r in rows) >= 8


def test_hostile_records():
    good = {"id": "Ok1aBc", "full_title": "外包零活｜Task", "content": "<p>One-off task</p>"}
    hostile = [
        "x",
        {"title": "No id"},
        {"id": "Hx2bCd", "title": "Wrong types", "full_title": 5, "tags": "开发", "content": ["x"], "summary": 3,
         "published_at": {"a": 1}, "closed": "yes"},
        {"id": "Hx3cDe", "title": "Tags of every shape", "tags": [None, {"name": 7}, {"name": "外包零活", "tag_group": "x"},
                                                                  {"name": "线上兼职", "tag_group": {"code": "job_type"}}]},
        {"id": "Hx4dEf", "title": "Hidden", "hide": True},
    ]
    body = json.dumps({"posts": [good, *hostile]}).encode()
    items = parse_items(EleduckSpider, "x.json", LIST.format(page=1), body)
    assert sum(1 for i in items if i.get("extract_error")) == 2  # not an object, no id
    rows, _ = rows_of(EleduckSpider, "x.json", url=LIST.format(page=1), body=body)
    assert [r["source_id"] for r in rows] == ["Ok1aBc", "Hx2bCd", "Hx3cDe"]
    assert rows[1]["title"] == "Wrong types" and rows[2]["remote"] == "remote"
    assert rows[2]["tags"] == ["外包零活", "线上兼职"]
    assert_listing_invariants(rows, "eleduck")


def test_broken_record_and_error_page():
    body = {"posts": ["x", {"id": "1", "title": "Task"}]}
    check_broken_record_is_quarantined(EleduckSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(EleduckSpider)
