"""The item pipeline through the real Scrapy engine: rejects are quarantined and counted, re-runs upsert."""
from __future__ import annotations

import json

import pytest

from db.schema import open_db
from scrapers.replay import ReplayServer
from tests.test_cli import microgigs

REMOTIVE_URL = "https://remotive.com/api/remote-jobs"


def remotive_body(jobs):
    return {"00-warning": "legacy endpoint notice", "0-legal-notice": "Please link back to Remotive.",
            "job-count": len(jobs), "total-job-count": len(jobs), "jobs": jobs}


def job(job_id, title="Freelance copywriter", **extra):
    record = {
        "id": job_id, "url": f"https://remotive.com/remote-jobs/writing/copywriter-{job_id}", "title": title,
        "company_name": "Acme", "company_logo": None, "category": "Writing", "tags": ["copywriting"],
        "job_type": "freelance", "publication_date": "2026-11-20T10:00:00",
        "candidate_required_location": "Worldwide", "salary": "$40/hour",
        "description": "<p>About 10 hours of copy for our landing page.</p>",
    }
    record.update(extra)
    return record


def serve_remotive(tmp_path, jobs):
    from scrapers.middlewares import replay_path

    body = tmp_path / f"remotive_{len(list(tmp_path.iterdir()))}.json"
    body.write_text(json.dumps(remotive_body(jobs)))
    return ReplayServer({replay_path(REMOTIVE_URL): body})


def test_malformed_records_go_to_rejects_with_reason_and_raw_and_the_crawl_goes_on(tmp_path):
    db_path = str(tmp_path / "r.db")
    jobs = [job(1), job(2, title=""), job(3, url=None), "not a job at all", job(4, title=["a", "list"]), job(5)]
    with serve_remotive(tmp_path, jobs) as url:
        result = microgigs("crawl", "remotive", "--db", db_path, "--replay", url)
    assert result.returncode == 0, result.stderr
    db = open_db(db_path)
    assert sorted(r["source_id"] for r in db["listings"].rows) == ["1", "5"]
    rejects = {r["reason"]: r for r in db["rejects"].rows}
    assert set(rejects) == {"missing_title", "missing_url", "extract_error", "invalid_title"}
    assert json.loads(rejects["missing_title"]["raw"])["id"] == 2
    assert json.loads(rejects["extract_error"]["raw"]) == "not a job at all"
    crawl = next(db["crawls"].rows)
    stats = json.loads(crawl["stats"])
    assert crawl["rejects"] == 4 and crawl["items"] == 2 and crawl["status"] == "ok"
    assert stats["rejects/missing_title"] == 1 and stats["rejects/extract_error"] == 1
    assert "rejected" in result.stdout and "missing_title" in result.stdout


def test_a_second_crawl_upserts_without_duplicates_and_keeps_first_seen(tmp_path):
    db_path = str(tmp_path / "u.db")
    with serve_remotive(tmp_path, [job(1), job(2)]) as url:
        assert microgigs("crawl", "remotive", "--db", db_path, "--replay", url).returncode == 0
    db = open_db(db_path)
    first_seen = {r["id"]: r["first_seen_at"] for r in db["listings"].rows}
    with serve_remotive(tmp_path, [job(1, title="Freelance copywriter (updated)"), job(2), job(3)]) as url:
        assert microgigs("crawl", "remotive", "--db", db_path, "--replay", url).returncode == 0
    rows = {r["id"]: r for r in db["listings"].rows}
    assert sorted(rows) == ["remotive:1", "remotive:2", "remotive:3"]
    assert all(rows[i]["first_seen_at"] == first_seen[i] for i in first_seen)
    assert rows["remotive:1"]["title"] == "Freelance copywriter (updated)"
    assert db["crawls"].count == 2
    change = next(db["listing_changes"].rows)
    assert change["field"] == "title" and change["listing_id"] == "remotive:1"
    assert db.execute("select count(*) from listings_fts where listings_fts match 'updated'").fetchone()[0] == 1


def test_hostile_records_are_stored_cleaned_and_nothing_is_lost(tmp_path):
    db_path = str(tmp_path / "h.db")
    jobs = [
        job(10, title="Logo\x00 gig <script>alert(1)</script>", description='<p onclick="x()">Hi</p><script>steal()</script>'),
        job(11, publication_date="9999-12-31T00:00:00", salary="$-50/hour"),
        job(12, publication_date="0000-01-01", salary="NaN"),
        job(13, description="<p>" + "long text " * 200_000 + "</p>"),  # ~2 MB
        job(14, title="First copy"), job(14, title="Second copy"),  # a page repeating an id
        job(15, id={"nested": {"deeper": [1, 2, 3]}}),  # an id that is no id
    ]
    with serve_remotive(tmp_path, jobs) as url:
        result = microgigs("crawl", "remotive", "--db", db_path, "--replay", url)
    assert result.returncode == 0, result.stderr
    db = open_db(db_path)
    rows = {r["source_id"]: r for r in db["listings"].rows}
    assert set(rows) >= {"10", "11", "12", "13", "14"}
    assert "\x00" not in rows["10"]["title"] and "<script" not in rows["10"]["title"]
    assert "script" not in (rows["10"]["description_html"] or "") and "onclick" not in rows["10"]["description_html"]
    assert rows["11"]["posted_at"] is None and rows["12"]["posted_at"] is None  # absurd dates dropped
    assert rows["11"]["pay_min"] is None or rows["11"]["pay_min"] > 0
    assert 0 < len(rows["13"]["description_text"]) <= 200_000
    assert rows["14"]["title"] == "Second copy" and db["listings"].count == len(rows)
    assert {r["reason"] for r in db["rejects"].rows} == {"invalid_source_id"}  # record 15
    stored_or_rejected = db["listings"].count + db["rejects"].count
    assert stored_or_rejected == len({json.dumps(j["id"]) for j in jobs})  # every distinct record accounted for


@pytest.mark.parametrize("row,kept", [
    ({"is_micro": 0, "engagement": "full_time", "employment_type": "FULL_TIME", "pay_unit": "year"}, False),
    ({"is_micro": 0, "engagement": None, "employment_type": None, "pay_unit": "year"}, False),  # a bare salary
    ({"is_micro": 0, "engagement": "contract", "employment_type": "CONTRACTOR", "pay_unit": "year"}, True),
    ({"is_micro": 0, "engagement": None, "employment_type": None, "pay_unit": "hour"}, True),
    ({"is_micro": 1, "engagement": "gig", "employment_type": "FULL_TIME", "pay_unit": "project"}, True),
])
def test_scope_keeps_short_paid_work_and_drops_salaried_roles(row, kept):
    from scrapers.pipelines.normalize import in_scope

    assert in_scope(row) is kept
