"""Lifecycle across crawls, through the real CLI against a local replay of Remote OK's API:
closing after two complete good crawls miss a listing, reopening, the health guard, renormalize, health."""
from __future__ import annotations

import json

import pytest

from db.schema import open_db
from scrapers.middlewares import replay_path
from scrapers.replay import ReplayServer
from tests.conftest import SAMPLES, demo_copy
from tests.test_cli import microgigs

API = "https://remoteok.com/api"
SAMPLE = json.loads((SAMPLES / "remoteok" / "remoteok_sample.json").read_text())
LEGAL, JOBS = SAMPLE[0], SAMPLE[1:]


@pytest.fixture
def site(tmp_path):
    """A replayed Remote OK whose listing set the test changes between crawls."""
    body = tmp_path / "api.json"

    class Site:
        db = str(tmp_path / "life.db")

        def serve(self, jobs):
            body.write_text(json.dumps([LEGAL, *jobs]))

        def serve_body(self, raw: bytes):
            body.write_bytes(raw)

        def crawl(self, *extra):
            return microgigs("crawl", "remoteok", "--db", self.db, "--replay", server_url, *extra)

        def listing(self, listing_id):
            return open_db(self.db)["listings"].get(listing_id)

        def last_crawl(self):
            return next(open_db(self.db).query("select * from crawls order by started_at desc limit 1"))

    with ReplayServer({replay_path(API): body}) as server_url:
        yield Site()


def test_missed_by_two_good_crawls_closes_and_seen_again_reopens(site):
    site.serve(JOBS)
    assert site.crawl().returncode == 0
    stored = [r["id"] for r in open_db(site.db).query("select id from listings order by id")]
    gone = stored[0]
    remaining = [j for j in JOBS if f"remoteok:{j['id']}" != gone]

    site.serve(remaining)
    assert site.crawl().returncode == 0
    assert site.listing(gone)["closed_at"] is None  # one miss is not enough (a flaky page)

    site.serve(remaining)
    result = site.crawl()
    assert result.returncode == 0 and "1 closed" in result.stdout
    closed = site.listing(gone)
    assert closed["closed_at"] is not None and closed["last_seen_at"] < site.last_crawl()["started_at"]
    assert site.last_crawl()["closed"] == 1
    assert open_db(site.db).execute("select count(*) from listings where closed_at is not null").fetchone()[0] == 1

    site.serve(JOBS)
    assert site.crawl().returncode == 0
    reopened = site.listing(gone)
    assert reopened["closed_at"] is None and reopened["first_seen_at"] == closed["first_seen_at"]
    assert site.last_crawl()["reopened"] == 1


def test_a_crawl_under_half_the_last_good_count_is_suspect_and_closes_nothing(site):
    site.serve(JOBS)
    assert site.crawl().returncode == 0
    site.serve(JOBS[:5])
    for _ in range(2):  # twice: two good crawls would have closed the rest
        result = site.crawl()
        assert result.returncode == 1 and "remoteok: suspect" in result.stderr
    run = site.last_crawl()
    assert run["status"] == "suspect" and "under half" in run["suspect_reason"] and run["complete"] == 0
    assert open_db(site.db).execute("select count(*) from listings where closed_at is not null").fetchone()[0] == 0


def test_failed_and_empty_crawls_close_nothing(site):
    site.serve(JOBS)
    assert site.crawl().returncode == 0
    count_open = "select count(*) from listings where closed_at is null"
    open_before = open_db(site.db).execute(count_open).fetchone()[0]
    for body in (b"<html><body>502 Bad Gateway</body></html>", json.dumps([LEGAL, *JOBS])[:-400].encode()):
        site.serve_body(body)  # an error page, then truncated JSON: failed runs
        for _ in range(2):
            result = site.crawl()
            assert result.returncode == 1 and "remoteok: failed" in result.stderr
    site.serve([])  # a well-formed empty answer: complete, but under half of the last good count
    for _ in range(2):
        assert "remoteok: suspect" in site.crawl().stderr
    assert open_db(site.db).execute(count_open).fetchone()[0] == open_before


def test_health_reports_real_figures_and_fails_after_repeated_failures(site, tmp_path):
    site.serve(JOBS)
    assert site.crawl().returncode == 0
    result = microgigs("health", "--db", site.db, "--json")
    assert result.returncode == 0, result.stderr
    (row,) = json.loads(result.stdout)
    assert row["source"] == "remoteok" and row["last_status"] == "ok" and row["items"] >= 20
    assert row["failed_in_a_row"] == 0 and 0 <= row["fields"]["pay_min"]["missing"] < 1
    assert "employment_type" in row["fields"]
    # Three failing runs in a row (the site answers 404 for a path we no longer serve).
    with ReplayServer({}) as dead:
        for _ in range(3):
            microgigs("crawl", "remoteok", "--db", site.db, "--replay", dead)
    result = microgigs("health", "--db", site.db, "--fail-after", "3")
    assert result.returncode == 1 and "remoteok" in result.stderr
    assert "404" in result.stdout


def test_renormalize_changes_only_what_the_rules_change(site, monkeypatch):
    site.serve(JOBS)
    assert site.crawl().returncode == 0
    from scrapers.renormalize import renormalize

    db = open_db(site.db)
    before = {r["id"]: r for r in db.query("select * from listings")}
    report = renormalize(site.db, progress=False)
    assert report.listings == len(before) and report.changed == 0 and report.without_item == 0
    assert {r["id"]: r for r in open_db(site.db).query("select * from listings")} == before

    # A new rule: writer jobs become data-entry work. Only the occupation column may move.
    import normalize.classify as classify

    original = classify.occupation

    def occupation(*, title, tags, text):
        return "clerical_data_entry" if "writer" in title.lower() else original(title=title, tags=tags, text=text)

    monkeypatch.setattr(classify, "occupation", occupation)
    report = renormalize(site.db, progress=False)
    after = {r["id"]: r for r in open_db(site.db).query("select * from listings")}
    moved = [i for i in after if after[i] != before[i]]
    assert moved and report.changed == len(moved) and set(report.columns) <= {"occupation"}
    for listing_id in moved:
        assert after[listing_id]["occupation"] == "clerical_data_entry"
        assert {k: v for k, v in after[listing_id].items() if k != "occupation"} == \
               {k: v for k, v in before[listing_id].items() if k != "occupation"}


def test_field_problems_count_what_the_normalizer_could_not_read():
    from scrapers.pipelines.normalize import field_problems

    row = {"company": "Acme", "posted_at": "2026-11-20T10:00:00Z", "expires_at": None, "description_text": "x",
           "location_raw": None, "employment_type": None, "pay_min": None, "pay_max": None, "is_paid": None}
    raw = {"company": "Acme", "posted_raw": "2026-11-20", "expires_raw": "someday", "pay_raw": "$500-$1k"}
    assert sorted(field_problems(raw, row)) == ["employment_type/missing", "expires_at/invalid",
                                                "location_raw/missing", "pay_min/invalid"]
    upper_only = {**row, "pay_max": 500.0}  # "Moins de 500 €": one end is a reading
    assert "pay_min/invalid" not in field_problems({**raw, "pay_raw": "Moins de 500 €"}, upper_only)
    unpaid = {**row, "is_paid": 0}  # "Unpaid" is a reading too
    assert "pay_min/invalid" not in field_problems({**raw, "pay_raw": "Unpaid"}, unpaid)


def test_health_on_the_demo_catalog_reports_every_source_with_real_figures(built_demo, tmp_path):
    db_path = str(demo_copy(built_demo, tmp_path))
    result = microgigs("health", "--db", db_path, "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["source"]: row for row in json.loads(result.stdout)}
    db = open_db(db_path)
    crawled = {c["source"]: c for c in db.query("select * from crawls")}
    assert set(rows) == set(crawled) and len(rows) >= 15
    for name, row in rows.items():
        assert row["last_status"] == "ok" and row["failed_in_a_row"] == 0, (name, row)
        assert row["items"] == crawled[name]["items"] > 0
        open_count = db.execute("select count(*) from listings where source = ? and closed_at is null", [name]).fetchone()[0]
        assert row["open_listings"] == open_count and 0 <= row["reject_rate"] < 1
        for column, shares in row["fields"].items():
            assert all(0 <= share <= 1 for share in shares.values()), (name, column, shares)
    assert rows["bamboohr"]["fields"]["posted_at"]["missing"] == 1.0  # its list has no dates, as health says
    assert "pay_min" not in rows["codeur"]["fields"]  # every budget read ("moins de 500 €" is an upper bound)


def test_crawl_due_runs_a_source_only_when_its_interval_has_passed(site):
    from scrapers.spiders.remoteok import RemoteOkSpider

    site.serve(JOBS)

    def count():
        return open_db(site.db).execute("select count(*) from crawls").fetchone()[0]

    assert site.crawl("--due").returncode == 0 and count() == 1  # never crawled: due
    again = site.crawl("--due")
    assert again.returncode == 0 and count() == 1, again.stderr  # just crawled: not due, nothing fetched
    every = max(RemoteOkSpider.crawl_every_hours, RemoteOkSpider.min_interval_hours)
    db = open_db(site.db)
    with db.conn:  # the last crawl, moved back past the source's interval
        db.execute("update crawls set started_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?)", [f"-{every + 1} hours"])
    assert site.crawl("--due").returncode == 0 and count() == 2
