"""The bad-input corpus (tests/data/bad/, built by build_corpus.py) crawled through the whole item pipeline:
every malformed record ends either stored cleaned or in `rejects` with its reason, and the counts match.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from db.schema import open_db
from normalize.listing import source_id_text
from scrapers.middlewares import replay_path
from scrapers.replay import ReplayServer, load_routes
from tests.test_cli import microgigs

BAD = Path(__file__).resolve().parent / "data" / "bad"
ID_FIELD = {"remotive": "id", "remoteok": "id", "greenhouse": "id"}
PAGES = {
    "remotive": ("https://remotive.com/api/remote-jobs",
                 lambda records: {"0-legal-notice": "Remotive API", "job-count": len(records), "jobs": records}),
    "remoteok": ("https://remoteok.com/api", lambda records: [{"legal": "API Terms of Service"}, *records]),
    "greenhouse": ("https://boards-api.greenhouse.io/v1/boards/northwindanalytics/jobs?content=true",
                   lambda records: {"jobs": records, "meta": {"total": len(records)}}),
}
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def load_cases(source: str) -> list[dict]:
    cases = json.loads((BAD / f"{source}_bad.json").read_text())
    for case in cases:
        recipe = case.get("expand")
        if recipe:
            case["record"][recipe["field"]] = recipe["before"] + recipe["unit"] * recipe["times"] + recipe["after"]
    return cases


def test_corpus_is_large_and_varied():
    cases = [c for source in PAGES for c in load_cases(source)]
    assert len(cases) >= 100
    reasons = Counter(c["expect"] for c in cases)
    assert reasons["stored"] >= 50 and sum(n for e, n in reasons.items() if e.startswith("reject:")) >= 40
    assert len({e for e in reasons if e.startswith("reject:")}) >= 6


@pytest.mark.parametrize("source", sorted(PAGES))
def test_each_bad_record_is_stored_cleaned_or_rejected_with_its_reason(source, tmp_path):
    cases = load_cases(source)
    url, page = PAGES[source]
    body = tmp_path / "page.json"
    body.write_text(json.dumps(page([c["record"] for c in cases])))
    routes = {**load_routes(sources=[source]), replay_path(url): body}
    db_path = str(tmp_path / "bad.db")
    with ReplayServer(routes) as replay:
        result = microgigs("crawl", source, "--db", db_path, "--replay", replay, env={"MICROGIGS_KEEP_ALL": "1"})
    assert result.returncode == 0, result.stderr[-2000:]

    db = open_db(db_path)
    rows = {r["id"]: r for r in db.query("select * from listings where id like ?", [f"{source}:9%"])}
    expected_ids = {f"{source}:{source_id_text(c['record'][ID_FIELD[source]])}"
                    for c in cases if c["expect"] == "stored"}
    assert set(rows) == expected_ids
    rejected = Counter(r["reason"] for r in db.query("select reason from rejects where source = ?", [source]))
    assert rejected == Counter(c["expect"].split(":", 1)[1] for c in cases if c["expect"].startswith("reject:"))
    duplicates = sum(c["expect"] == "duplicate" for c in cases)
    assert len(rows) + sum(rejected.values()) + duplicates == len(cases)  # every record accounted for

    for case in cases:
        if case["expect"] != "stored":
            continue
        row = rows[f"{source}:{source_id_text(case['record'][ID_FIELD[source]])}"]
        for check in case["checks"]:
            assert_check(check, row, case["case"])
        for column in ("title", "company", "description_text"):
            assert not CONTROL.search(row[column] or ""), (case["case"], column)
        assert "<script" not in (row["description_html"] or "").lower(), case["case"]
    # a rejected record keeps its raw payload, as JSON
    for reject in db.query("select raw from rejects where source = ?", [source]):
        json.loads(reject["raw"])


def assert_check(check: str, row: dict, case: str) -> None:
    title, html, text = row["title"], row["description_html"] or "", row["description_text"] or ""
    if check.startswith("title="):
        assert title == check.split("=", 1)[1], case
    elif check.startswith("company="):
        assert row["company"] == check.split("=", 1)[1], case
    elif check == "no_nul":
        assert "\x00" not in title and title == "Logo design", case
    elif check == "no_script":
        assert "<" not in title and ">" not in title, (case, title)  # a title is plain text, shown escaped
    elif check == "clean_title":
        assert "&" not in title.replace("& ", "") and "<" not in title, (case, title)
    elif check == "no_surrogate":
        title.encode("utf-8")  # would raise on a lone surrogate
    elif check == "no_control":
        assert not CONTROL.search(title), (case, title)
    elif check == "safe_html":
        lowered = html.lower()
        for bad in ("<script", "onclick", "onerror", "javascript:", "<style", "steal()"):
            assert bad not in lowered, (case, bad, html)
    elif check == "text_unescaped":
        assert "Fish & chips" in text and "&amp;" not in text and "&lt;" not in text, (case, text)
    elif check == "capped_text":
        assert 0 < len(text) <= 200_000 and len(html) <= 400_000, case
    elif check == "posted_null":
        assert row["posted_at"] is None, (case, row["posted_at"])
    elif check == "pay_not_negative":
        assert row["pay_min"] is None or row["pay_min"] > 0, (case, row["pay_min"])
    else:
        raise AssertionError(f"unknown check {check}")


def test_invalid_utf8_bytes_in_a_page_are_replaced_not_fatal(tmp_path):
    """Bytes that are no UTF-8 at all (not escapes: raw 0xff, a cut 2-byte sequence, a lone continuation
    byte) inside three records' strings: the page is still read, every record is stored, the bad bytes
    become U+FFFD and the rest of each string is kept."""
    cases = load_cases("remoteok")
    good = next(c["record"] for c in cases if c["case"] == "well formed")
    records = [{**good, "id": f"98000{n}", "slug": f"{good['slug']}-{n}", "url": f"{good['url']}-{n}",
                "position": f"Logo design BAD{n} task"} for n in range(4)]
    text = json.dumps([{"legal": "API Terms of Service"}, *records])
    raw = text.encode().replace(b"BAD0", b"\xff").replace(b"BAD1", b"\xc3\x28").replace(b"BAD2", b"\x80")
    raw = raw.replace(b"BAD3", "é".encode())  # one good non-ASCII character beside them
    body = tmp_path / "page.json"
    body.write_bytes(raw)
    routes = {**load_routes(sources=["remoteok"]), replay_path(PAGES["remoteok"][0]): body}
    db_path = str(tmp_path / "utf8.db")
    with ReplayServer(routes) as replay:
        result = microgigs("crawl", "remoteok", "--db", db_path, "--replay", replay, env={"MICROGIGS_KEEP_ALL": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    titles = {r["id"]: r["title"] for r in open_db(db_path).query("select id, title from listings")}
    assert len(titles) == 4
    for n in range(3):
        title = titles[f"remoteok:98000{n}"]
        assert title.startswith("Logo design") and title.endswith("task") and "BAD" not in title, title
        title.encode("utf-8")  # stored as valid UTF-8
    assert titles["remoteok:980003"] == "Logo design é task"


def test_invalid_utf8_without_a_declared_charset_keeps_the_good_letters():
    from scrapy.http import Request, TextResponse

    from scrapers.spiders.remoteok import RemoteOkSpider
    from tests.conftest import make_spider

    body = (b'[{"legal": "x"}, {"id": "1", "position": "Caf\xc3\xa9 menu \xff design", "company": "M\xc3\xbcller",'
            b' "url": "https://remoteOK.com/remote-jobs/1", "description": "<p>\xc3\xa9t\xc3\xa9 \x80</p>"}]')
    response = TextResponse(url="https://remoteok.com/api", body=body, request=Request("https://remoteok.com/api"),
                            headers={"Content-Type": "application/json"})  # no charset
    spider = make_spider(RemoteOkSpider)
    (item,) = list(spider.parse(response))
    assert item["title"] == "Café menu \ufffd design" and item["company"] == "Müller"
    assert item["description_html"] == "<p>été \ufffd</p>"
    assert spider.crawler.stats.get_value("encoding/invalid_utf8_replaced") == 1
    latin1 = '[{"legal": "x"}, {"id": "2", "position": "Café menu", "url": "https://remoteOK.com/remote-jobs/2"}]'
    response = TextResponse(url="https://remoteok.com/api", body=latin1.encode("latin-1"),
                            request=Request("https://remoteok.com/api"),
                            headers={"Content-Type": "application/json; charset=iso-8859-1"})
    assert [i["title"] for i in spider.parse(response)] == ["Café menu"]  # a declared single-byte charset is obeyed


RSS_URL = "https://weworkremotely.com/remote-jobs.rss"


def feed_of(cases: list[dict]) -> str:
    """A We Work Remotely feed holding each case's item (elements as the feed carries them)."""
    items = []
    for case in cases:
        parts = [f"<{name}>{text}</{name}>" if name != "extra" else text
                 for name, text in case["item"].items() if text is not None]
        items.append("<item>" + "".join(parts) + "</item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>We Work Remotely</title>'
            f"<link>{RSS_URL}</link>" + "\n".join(items) + "</channel></rss>\n")


def crawl_feed(cases: list[dict], tmp_path: Path) -> tuple[dict, Counter]:
    body = tmp_path / "feed.rss"
    body.write_text(feed_of(cases), encoding="utf-8")
    routes = {**load_routes(sources=["weworkremotely"]), replay_path(RSS_URL): body}
    db_path = str(tmp_path / "rss.db")
    with ReplayServer(routes) as replay:
        result = microgigs("crawl", "weworkremotely", "--db", db_path, "--replay", replay,
                           env={"MICROGIGS_KEEP_ALL": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    db = open_db(db_path)
    rows = {r["id"]: r for r in db.query("select * from listings")}
    return rows, Counter(r["reason"] for r in db.query("select reason from rejects"))


def test_each_bad_feed_item_is_stored_cleaned_or_rejected_with_its_reason(tmp_path):
    """The corpus's RSS part (We Work Remotely items): CDATA markup, entities, double escaping, scripts,
    missing links, impossible dates, nested XML, unknown namespaces, a repeated guid."""
    cases = json.loads((BAD / "weworkremotely_bad.json").read_text())
    rows, rejected = crawl_feed(cases, tmp_path)
    expected = {f"weworkremotely:{c['source_id']}" for c in cases if c["expect"] == "stored"}
    assert set(rows) == expected
    assert rejected == Counter(c["expect"].split(":", 1)[1] for c in cases if c["expect"].startswith("reject:"))
    duplicates = sum(c["expect"] == "duplicate" for c in cases)
    assert len(rows) + sum(rejected.values()) + duplicates == len(cases)  # every item accounted for
    for case in cases:
        if case["expect"] == "stored":
            row = rows[f"weworkremotely:{case['source_id']}"]
            for check in case["checks"]:
                assert_check(check, row, case["case"])
            assert "<script" not in (row["description_html"] or "").lower(), case["case"]
