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


def test_batch_minhash_and_bands_are_datasketchs():
    """The numpy MinHash of a batch equals datasketch's MinHash of each listing, and listings sharing a band
    are the candidates datasketch's MinHashLSH returns."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from db.dedupe import NUM_PERM, band_keys, candidate_runs, minhash_matrix, shingle_hashes, shingle_words

    rows = list(listings(300, seed=11, duplicate_share=0.3))
    words = [shingle_words(r["title"], r["company"], r["description_text"]) for r in rows] + [[], ["one"]]
    hashes, offsets = shingle_hashes(words)
    permutations = MinHash(num_perm=NUM_PERM, seed=1).permutations
    matrix = minhash_matrix(hashes, offsets, permutations)
    ends = list(offsets[1:]) + [len(hashes)]
    lsh = MinHashLSH(threshold=0.55, num_perm=NUM_PERM)
    for n, (start, end) in enumerate(zip(offsets, ends)):
        theirs = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int)
        theirs.update_batch([int(h) for h in hashes[start:end]])
        assert np.array_equal(matrix[n], theirs.hashvalues), n
        lsh.insert(n, theirs)
    sources = np.arange(len(words))  # every listing its own source: every shared band is a candidate pair
    ours = {frozenset((int(a), int(b))) for run in candidate_runs(band_keys(matrix, lsh.hashranges), sources)
            for a in run for b in run if a != b}
    theirs = {frozenset((n, int(m))) for n in range(len(words))
              for m in lsh.query(MinHash(num_perm=NUM_PERM, seed=1, hashvalues=matrix[n], scheme="affine32"))
              if m != n}
    assert ours == theirs and len(ours) >= 50
