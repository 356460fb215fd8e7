"""Cross-source duplicates: the same gig posted on several sites, grouped with MinHash LSH (datasketch).

Each listing's shingles (word 3-grams of its title, company and the start of its description) get a
MinHash; an LSH index finds candidates above `threshold` estimated Jaccard similarity; candidates from
*different* sources are joined (union-find) into groups. `listing_groups` keeps every member with its
group and marks one canonical listing (the first seen, then the one with the most filled columns);
`canonical_listings` is the catalog without the other copies. Every URL stays in `listings`.
"""
from __future__ import annotations

import re
import time

from db.schema import open_db

WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 48
SHINGLE = 3
MAX_WORDS = 120


def shingles(title: str | None, company: str | None, text: str | None) -> set[tuple]:
    words = WORD.findall(f"{title or ''} {company or ''} {text or ''}".lower())[:MAX_WORDS]
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:]))


def _hash32(shingle: tuple) -> int:
    # Python's own (salted) hash: fast, and the same for the whole run, which is all a grouping needs
    return hash(shingle) & 0xFFFFFFFF


class _Groups:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = item
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(item, item) != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_duplicates(db_path: str, *, threshold: float = 0.55, batch: int = 20000) -> dict:
    """Rebuild `listing_groups`; returns counts (listings, candidate pairs, groups, grouped listings, seconds)."""
    from datasketch import MinHash, MinHashLSH

    started = time.perf_counter()
    db = open_db(db_path)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    source_of: dict[str, str] = {}
    groups = _Groups()
    pairs = 0
    fullness = ("(title IS NOT NULL) + (company IS NOT NULL) + (pay_min IS NOT NULL) + (hours_max IS NOT NULL) + "
                "(posted_at IS NOT NULL) + (description_text IS NOT NULL)")
    rank: dict[str, tuple] = {}
    cursor = db.conn.execute(f"SELECT id, source, title, company, substr(description_text, 1, 2000), first_seen_at, "
                             f"{fullness} FROM listings WHERE closed_at IS NULL ORDER BY first_seen_at, id")
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            break
        sets = [shingles(title, company, text) or {("-",)} for _, _, title, company, text, _, _ in rows]
        hashes = MinHash.bulk(sets, num_perm=NUM_PERM, hashfunc=_hash32)
        for (listing_id, source, *_), minhash in zip(rows, hashes):
            for other in lsh.query(minhash):
                if source_of[other] != source:  # the same gig on another site
                    groups.union(other, listing_id)
                    pairs += 1
            lsh.insert(listing_id, minhash, check_duplication=False)
            source_of[listing_id] = source
        for listing_id, _, _, _, _, first_seen, filled in rows:
            rank[listing_id] = (first_seen or "", -filled, listing_id)
    members: dict[str, set[str]] = {}
    for listing_id in list(groups.parent):
        root = groups.find(listing_id)
        members.setdefault(root, {root}).add(listing_id)  # the root is a member too
    rows_out = []
    for group in members.values():
        canonical = min(group, key=rank.__getitem__)  # first seen, then the fullest, then the id
        rows_out += [(listing_id, canonical, int(listing_id == canonical)) for listing_id in group]
    with db.conn:
        db.execute("DROP TABLE IF EXISTS listing_groups")
        db.execute("CREATE TABLE listing_groups (listing_id TEXT PRIMARY KEY, group_id TEXT NOT NULL, "
                   "canonical INTEGER NOT NULL)")
        db.conn.executemany("INSERT INTO listing_groups VALUES (?, ?, ?)", rows_out)
        db.execute("CREATE INDEX IF NOT EXISTS listing_groups_group ON listing_groups (group_id)")
        db.execute("DROP VIEW IF EXISTS canonical_listings")
        db.execute("CREATE VIEW canonical_listings AS SELECT l.* FROM listings l LEFT JOIN listing_groups g "
                   "ON g.listing_id = l.id WHERE g.listing_id IS NULL OR g.canonical = 1")
    total = db.execute("SELECT count(*) FROM listings").fetchone()[0]
    db.conn.close()
    return {"listings": total, "pairs": pairs, "groups": len(members), "grouped": len(rows_out),
            "seconds": round(time.perf_counter() - started, 1)}
