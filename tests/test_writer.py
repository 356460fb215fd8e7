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


def fts_ids(writer, word):
    return sorted(r[0] for r in writer.db.execute(
        "select l.id from listings_fts f join listings l on l.rowid = f.rowid where listings_fts match ?", [word]))


def test_the_writer_keeps_fts_in_step_with_inserts_and_changes(tmp_db):
    writer = CatalogWriter(tmp_db)
    writer.upsert_listings([row("remotive:1", title="Logo design"), row("remotive:2", title="Data entry")],
                           crawl_id="c1", seen_at="2026-11-01T00:00:00Z")
    assert fts_ids(writer, "logo") == ["remotive:1"] and fts_ids(writer, "entry") == ["remotive:2"]
    writer.upsert_listings([row("remotive:1", title="Podcast editing"), row("remotive:2", title="Data entry")],
                           crawl_id="c2", seen_at="2026-11-02T00:00:00Z")
    assert fts_ids(writer, "logo") == [] and fts_ids(writer, "podcast") == ["remotive:1"]
    # a change outside the indexed text rewrites only what differs; the index stays right
    counts = writer.upsert_listings([row("remotive:1", title="Podcast editing", pay_min=40.0, country="FR")],
                                    crawl_id="c3", seen_at="2026-11-03T00:00:00Z")
    assert counts["updated"] == 1 and counts["changed"] == 1
    stored = writer.db["listings"].get("remotive:1")
    assert (stored["pay_min"], stored["country"], stored["last_seen_at"]) == (40.0, "FR", "2026-11-03T00:00:00Z")
    assert fts_ids(writer, "podcast") == ["remotive:1"]
    assert writer.db.execute("select count(*) from listings_fts_deferred").fetchone()[0] == 0
    writer.db.execute("insert into listings_fts(listings_fts) values('integrity-check')")  # raises when out of step
    # any other writer still goes through the triggers
    writer.db["listings"].update("remotive:2", {"title": "Spreadsheet cleanup"})
    assert fts_ids(writer, "entry") == [] and fts_ids(writer, "spreadsheet") == ["remotive:2"]
    writer.db.execute("insert into listings_fts(listings_fts) values('integrity-check')")


def facet_counts(db):
    return {(f, v): n for f, v, n in db.execute("select facet, value, listings from facet_counts")}


def test_facet_counts_follow_inserts_closes_and_reopens(tmp_db):
    from db.writer import refresh_facet_counts

    writer = CatalogWriter(tmp_db)
    rows = [row("remotive:1", occupation="writing_translation", country="US", remote="remote", is_micro=1,
                entry_level=1, pay_unit="project", engagement="project"),
            row("remotive:2", occupation="writing_translation", country="DE", remote="remote", is_micro=0),
            row("reddit:3", occupation="creative_multimedia", country=None, remote="onsite", is_micro=1,
                pay_unit="hour")]
    writer.upsert_listings(rows, crawl_id="c1", seen_at="2026-11-01T00:00:00Z")
    refresh_facet_counts(writer.db)
    counts = facet_counts(writer.db)
    assert counts == {
        ("source", "remotive"): 2, ("source", "reddit"): 1,
        ("occupation", "writing_translation"): 2, ("occupation", "creative_multimedia"): 1,
        ("country", "US"): 1, ("country", "DE"): 1,  # no country is not a value
        ("remote", "remote"): 2, ("remote", "onsite"): 1,
        ("engagement", "project"): 1, ("pay_unit", "project"): 1, ("pay_unit", "hour"): 1,
        ("is_micro", "1"): 2, ("is_micro", "0"): 1, ("entry_level", "1"): 1,
        ("total", None): 3,
    }
    # a crawl that closes a listing: the counts are rebuilt where the crawl is recorded
    writer.start_crawl("remotive", "r1", "2026-11-02T00:00:00Z")
    writer.finish_crawl("r1", status="ok", complete=1)
    writer.start_crawl("remotive", "r2", "2026-11-03T00:00:00Z")
    writer.finish_crawl("r2", status="ok", complete=1)
    writer.upsert_listings([rows[0]], crawl_id="r2", seen_at="2026-11-03T00:00:01Z")
    assert writer.close_missing("remotive", closed_at="2026-11-03T01:00:00Z") == 1  # remotive:2 missed twice
    writer.record_source_crawl("remotive", finished_at="2026-11-03T01:00:00Z", success=True)
    counts = facet_counts(writer.db)
    assert counts[("source", "remotive")] == 1 and counts[("total", None)] == 2
    assert ("country", "DE") not in counts and ("is_micro", "0") not in counts
    assert counts[("occupation", "writing_translation")] == 1
    # seen again: reopened and counted again
    writer.upsert_listings([rows[1]], crawl_id="r3", seen_at="2026-11-04T00:00:00Z")
    writer.record_source_crawl("remotive", finished_at="2026-11-04T01:00:00Z", success=True)
    counts = facet_counts(writer.db)
    assert counts[("source", "remotive")] == 2 and counts[("country", "DE")] == 1 and counts[("total", None)] == 3
    # refreshing again changes nothing
    assert refresh_facet_counts(writer.db) == len(counts) and facet_counts(writer.db) == counts


def test_facet_counts_are_refreshed_by_import_and_exist_in_a_new_catalog(tmp_path):
    from db.importer import import_jsonl
    from db.schema import open_db

    empty = open_db(str(tmp_path / "empty.db"))
    assert facet_counts(empty) == {("total", None): 0}  # created by the migration; nothing to count yet
    lines = tmp_path / "rows.jsonl"
    lines.write_text("\n".join(json.dumps(row(f"remotive:{n}", country="FR")) for n in range(1, 4)) + "\n")
    import_jsonl(str(lines), str(tmp_path / "c.db"), progress=False)
    counts = facet_counts(open_db(str(tmp_path / "c.db")))
    assert counts[("source", "remotive")] == 3 and counts[("country", "FR")] == 3 and counts[("total", None)] == 3


def test_a_digest_of_the_first_format_still_means_unchanged_and_is_upgraded(tmp_db):
    from db.writer import content_hash, legacy_content_hash

    writer = CatalogWriter(tmp_db)
    listing = row(raw={"id": 1, "text": "caf\u00e9"}, pay_min=10.0)
    writer.upsert_listings([listing], crawl_id="c1", seen_at="2026-11-01T00:00:00Z")
    writer.db.execute("update listing_hashes set content_hash = ?", [legacy_content_hash(listing)])
    counts = writer.upsert_listings([dict(listing)], crawl_id="c2", seen_at="2026-11-02T00:00:00Z")
    assert counts["unchanged"] == 1 and counts["updated"] == 0
    assert writer.db.execute("select content_hash from listing_hashes").fetchone()[0] == content_hash(listing)
    # equal values hash alike whether or not they are the same objects; 1 and 1.0 differ
    a, b = "x" * 10, "".join(["x" * 5, "x" * 5])
    assert content_hash(row(url=a, apply_url=a)) == content_hash(row(url=a, apply_url=b))
    assert content_hash(row(pay_min=1)) != content_hash(row(pay_min=1.0))
