"""Cross-source duplicates: planted copies of gigs on other sources are grouped, with one canonical listing."""
import sqlite3

from bench.generate import batched, listings
from db.writer import CatalogWriter
from tests.test_cli import microgigs


def test_planted_duplicates_are_grouped_across_sources(tmp_path):
    db_path = str(tmp_path / "d.db")
    rows = list(listings(3000, seed=7, duplicate_share=0.1))
    writer = CatalogWriter(db_path)
    for batch in batched(rows, 1000):
        writer.upsert_listings(batch, crawl_id="c", seen_at="2026-11-25T00:00:00Z")
    writer.close()
    result = microgigs("dedupe", "--db", db_path)
    assert result.returncode == 0 and "groups of the same gig" in result.stdout, result.stderr
    db = sqlite3.connect(db_path)
    group_of = dict(db.execute("select listing_id, group_id from listing_groups"))
    planted = [(r["id"], r["raw"]["duplicate_of"]) for r in rows if r["raw"].get("duplicate_of")]
    found = sum(1 for copy, original in planted if copy in group_of and group_of[copy] == group_of.get(original))
    assert found / len(planted) >= 0.95
    grouped_wrongly = [i for i, g in group_of.items() if not any(i in pair for pair in planted)]
    assert len(grouped_wrongly) <= 0.05 * len(group_of)
    assert db.execute("select count(*) from listing_groups where canonical = 1").fetchone()[0] == len(set(group_of.values()))
    canonical = db.execute("select count(*) from canonical_listings").fetchone()[0]
    assert canonical == len(rows) - (len(group_of) - len(set(group_of.values())))
