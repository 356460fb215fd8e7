"""The writer: batched upserts keep first_seen_at, move last_seen_at, log changes, reopen listings."""
import json

from db.schema import LISTING_COLUMNS
from db.writer import CatalogWriter


def row(listing_id="remotive:1", **fields):
    base = {c: None for c in LISTING_COLUMNS}
    source, source_id = listing_id.split(":", 1)
    base.update(id=listing_id, source=source, source_id=source_id, title="Copywriter", url="https://x.test/1",
                tags=["writing"], raw={"id": 1})
    base.update(fields)
    return base


def test_upsert_keeps_first_seen_and_moves_last_seen(tmp_db):
    writer = CatalogWriter(tmp_db)
    assert writer.upsert_listings([row()], crawl_id="c1", seen_at="2026-11-01T00:00:00Z")["inserted"] == 1
    counts = writer.upsert_listings([row()], crawl_id="c2", seen_at="2026-11-02T00:00:00Z")
    assert counts == {"inserted": 0, "updated": 0, "changed": 0, "unchanged": 1, "reopened": 0}
    stored = writer.db["listings"].get("remotive:1")
    assert stored["first_seen_at"] == "2026-11-01T00:00:00Z"
    assert stored["last_seen_at"] == "2026-11-02T00:00:00Z"
    assert json.loads(stored["tags"]) == ["writing"] and json.loads(stored["raw"]) == {"id": 1}
    assert writer.db["listings"].count == 1


def test_changes_are_logged_and_closed_listings_reopen(tmp_db):
    writer = CatalogWriter(tmp_db)
    writer.upsert_listings([row(pay_min=100.0)], crawl_id="c1", seen_at="2026-11-01T00:00:00Z")
    writer.db["listings"].update("remotive:1", {"closed_at": "2026-11-03T00:00:00Z"})
    counts = writer.upsert_listings([row(pay_min=150.0, title="Senior copywriter")], crawl_id="c2",
                                    seen_at="2026-11-04T00:00:00Z")
    assert counts["changed"] == 1
    changes = {c["field"]: (c["old"], c["new"]) for c in writer.db["listing_changes"].rows}
    assert changes == {"pay_min": ("100.0", "150.0"), "title": ("Copywriter", "Senior copywriter")}
    assert writer.db["listings"].get("remotive:1")["closed_at"] is None


def test_duplicate_ids_in_one_batch_store_once_and_nan_is_null(tmp_db):
    writer = CatalogWriter(tmp_db)
    writer.upsert_listings([row(pay_min=float("nan")), row(title="Last wins")], crawl_id="c", seen_at="2026-11-01T00:00:00Z")
    stored = writer.db["listings"].get("remotive:1")
    assert writer.db["listings"].count == 1 and stored["title"] == "Last wins" and stored["pay_min"] is None


def test_crawls_rejects_and_sources_are_recorded(tmp_db):
    writer = CatalogWriter(tmp_db)
    writer.upsert_source({"name": "remotive", "kind": "api", "min_interval_hours": 6})
    writer.start_crawl("remotive", "remotive-1", "2026-11-01T00:00:00Z")
    writer.add_reject(source="remotive", crawl_id="remotive-1", reason="missing_title", detail="title is empty",
                      raw={"id": 7})
    writer.upsert_listings([row()], crawl_id="remotive-1", seen_at="2026-11-01T00:00:00Z")
    writer.finish_crawl("remotive-1", status="ok", items=1, rejects=1, stats={"item_scraped_count": 1})
    writer.record_source_crawl("remotive", finished_at="2026-11-01T00:01:00Z", success=True)
    crawl = writer.db["crawls"].get("remotive-1")
    assert crawl["status"] == "ok" and json.loads(crawl["stats"]) == {"item_scraped_count": 1}
    reject = next(writer.db["rejects"].rows)
    assert reject["reason"] == "missing_title" and json.loads(reject["raw"]) == {"id": 7}
    source = writer.db["sources"].get("remotive")
    assert source["listings"] == 1 and source["last_success_at"] == "2026-11-01T00:01:00Z"
    assert writer.last_crawl_start("remotive") == "2026-11-01T00:00:00Z"


def test_unchanged_rows_only_move_last_seen_and_a_closed_one_reopens(tmp_db):
    writer = CatalogWriter(tmp_db)
    rows = [row(f"remotive:{n}", pay_min=float(n)) for n in range(1, 11)]
    writer.upsert_listings(rows, crawl_id="c1", seen_at="2026-11-01T00:00:00Z")
    writer.db["listings"].update("remotive:3", {"closed_at": "2026-11-02T00:00:00Z"})
    rows[0] = row("remotive:1", pay_min=99.0)  # one listing changed
    counts = writer.upsert_listings(rows, crawl_id="c2", seen_at="2026-11-05T00:00:00Z")
    assert counts == {"inserted": 0, "updated": 1, "changed": 1, "unchanged": 9, "reopened": 1}
    stored = {r["id"]: r for r in writer.db["listings"].rows}
    assert all(r["last_seen_at"] == "2026-11-05T00:00:00Z" and r["closed_at"] is None for r in stored.values())
    assert stored["remotive:1"]["pay_min"] == 99.0 and stored["remotive:2"]["first_seen_at"] == "2026-11-01T00:00:00Z"
    assert [c["field"] for c in writer.db["listing_changes"].rows] == ["pay_min"]


def test_import_keeps_the_rows_own_lifecycle(tmp_db):
    writer = CatalogWriter(tmp_db)
    exported = row(first_seen_at="2026-01-01T00:00:00Z", last_seen_at="2026-02-01T00:00:00Z",
                   closed_at="2026-02-03T00:00:00Z")
    writer.upsert_listings([exported], crawl_id="import", seen_at="2026-11-25T00:00:00Z", keep_lifecycle=True)
    stored = writer.db["listings"].get("remotive:1")
    assert (stored["first_seen_at"], stored["last_seen_at"], stored["closed_at"]) == (
        "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "2026-02-03T00:00:00Z")
