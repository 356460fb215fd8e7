"""What runs at the end of a crawl (grouping the copies of a gig) stays small beside the crawl, and the research
summaries follow the groups it changes."""
import json
import subprocess
import sys
from pathlib import Path

from db.writer import CatalogWriter
from tests.test_dedupe import _catalog

ROOT = Path(__file__).resolve().parents[1]

GROUP_AT_THE_END = """
import json, sys, tracemalloc
from bench.generate import batched, listings
from db.writer import CatalogWriter
writer = CatalogWriter(sys.argv[1])
for batch in batched(listings(int(sys.argv[2]), seed=5, duplicate_share=0.1), 1000):
    writer.upsert_listings(batch, crawl_id="c", seen_at="2026-11-25T00:00:00Z")
writer.close()
from db.dedupe import refresh_groups
tracemalloc.start()
report = refresh_groups(sys.argv[1])
print(json.dumps({"peak_mb": tracemalloc.get_traced_memory()[1] / 2**20, "groups": report["groups"],
                  "datasketch": "datasketch" in sys.modules, "scipy": "scipy" in sys.modules}))
"""


def test_grouping_new_listings_holds_little_beyond_their_signatures(tmp_path):
    """MinHashed a few hundred listings at a time (not a matrix of every shingle of thousands), read in small
    batches into arrays of their final size, with datasketch (and scipy, ~60 MB) not imported at all."""
    done = subprocess.run([sys.executable, "-c", GROUP_AT_THE_END, str(tmp_path / "g.db"), "4000"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    assert measured["groups"] > 100  # the planted copies were grouped
    assert not measured["datasketch"] and not measured["scipy"]
    # 4,000 signatures are 0.8 MB; the earlier batch MinHash alone held ~70 MB of temporaries
    assert measured["peak_mb"] < 16, measured


def test_research_summaries_follow_an_incremental_grouping(tmp_path):
    """A write rebuilds the summaries with the groups of before; the grouping after it that puts a new copy in
    a group rebuilds them again, so a gig is still counted once."""
    import sqlite3

    from db.dedupe import group_duplicates, update_groups
    from db.serve import research_queries, stored_param_sets, summary_table

    db_path, rows = _catalog(tmp_path / "s.db", count=600, seed=9)
    group_duplicates(db_path)
    original = next(r for r in rows if not r["raw"].get("duplicate_of") and r["is_micro"])
    copy = {**original, "id": "elsewhere:1", "source": "elsewhere", "source_id": "1",
            "url": "https://example.org/elsewhere/1", "raw": {"id": 1}}
    writer = CatalogWriter(db_path)
    writer.upsert_listings([copy], crawl_id="c2", seen_at="2026-11-26T00:00:00Z")
    writer.close()  # facet counts and summaries rebuilt, the copy not grouped yet
    report = update_groups(db_path)
    assert not report["full"] and report["changed"]
    db = sqlite3.connect(db_path)
    group_of = dict(db.execute("select listing_id, group_id from listing_groups"))
    assert group_of["elsewhere:1"] == group_of[original["id"]]
    checked = 0
    for name, query in research_queries().items():
        if "copies" not in (query.get("params") or []):
            continue
        for given in stored_param_sets(name):
            live = db.execute(query["sql"], {p: given.get(p, "") for p in query["params"]}).fetchall()
            assert db.execute(f"select * from [{summary_table(name, given)}]").fetchall() == live, (name, given)
            checked += 1
    assert checked >= 5
    assert update_groups(db_path)["changed"] is False  # nothing queued: nothing rebuilt
