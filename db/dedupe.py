"""Cross-source duplicates: the same gig posted on several sites, grouped with MinHash LSH (datasketch).

Each listing's shingles (word 3-grams of its title, company and the start of its description) get a
MinHash; LSH bands find candidates, each kept when its estimated Jaccard similarity (the share of equal
MinHash values) reaches `threshold`; candidates from *different* sources are joined (union-find) into groups. `listing_groups` keeps every member with its
group and marks one canonical listing (the first seen, then the one with the most filled columns);
`canonical_listings` is the catalog without the other copies. Every URL stays in `listings`.

The MinHash is datasketch's own (its default `affine32` scheme: its seeded permutations applied to its
MurmurHash3 pre-mix of each shingle's hash), computed for thousands of listings at once with numpy instead
of one `MinHash` object per listing; the bands are datasketch's optimal (b, r) for the threshold
(`MinHashLSH`), and listings that share a band are found by sorting the band keys instead of inserting
into and querying `MinHashLSH`'s per-key dictionaries: per key in Python, those cost more than the whole
120 s budget of a million listings. tests/test_dedupe.py checks both against datasketch's objects.
"""
from __future__ import annotations

import re
import time

import numpy as np

from db.schema import open_db
from db.writer import refresh_facet_counts

WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 48
LSH_MARGIN = 0.15  # the LSH bands are tuned for threshold - LSH_MARGIN; candidates are then checked
SHINGLE = 3
MAX_WORDS = 120
TEXT_CHARS = 1500  # words past MAX_WORDS are not read; 120 words fit in far fewer characters
CHUNK = 2000  # listings whose shingles are MinHashed in one numpy pass (~50 MB of temporaries)
_M1, _M2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)


def shingle_words(title: str | None, company: str | None, text: str | None) -> list[str]:
    return WORD.findall(f"{title or ''} {company or ''} {text or ''}".lower(), 0, TEXT_CHARS)[:MAX_WORDS]


def shingles(title: str | None, company: str | None, text: str | None) -> set[tuple]:
    """The word 3-grams of a listing (fewer words: one shingle of them all)."""
    words = shingle_words(title, company, text)
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:]))


def shingle_hashes(word_lists: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of every listing's shingles, flat, and where each listing's start (for reduceat).

    A shingle's hash combines its words' hashes (Python's own, salted: the same for the whole run, which is
    all a grouping needs); a listing of one or two words has one shingle of them, an empty one a stand-in."""
    lengths = np.fromiter(map(len, word_lists), dtype=np.int64, count=len(word_lists))
    flat = [w for words in word_lists for w in words]
    words = np.fromiter(map(hash, flat), dtype=np.int64, count=len(flat)).view(np.uint64)
    words = np.concatenate([words, np.zeros(SHINGLE, dtype=np.uint64)])  # room past the last listing
    ends = np.cumsum(lengths)
    starts = ends - lengths
    counts = np.maximum(lengths - (SHINGLE - 1), 1)
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
    position = np.repeat(starts, counts) + (np.arange(int(counts.sum())) - np.repeat(offsets, counts))
    end = np.repeat(ends, counts)
    combined = np.zeros(len(position), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):  # words past the listing's end (short listings) count as absent
            word = np.where(position + k < end, words[np.minimum(position + k, len(words) - 1)], np.uint64(0))
            combined = (combined ^ word) * _M1 + np.uint64(k + 1)
        combined ^= combined >> np.uint64(29)
    hashes = (combined & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    hashes[np.repeat(lengths == 0, counts)] = np.uint32(0x2D)  # an empty listing: one stand-in shingle
    return hashes, offsets


def minhash_matrix(hashes: np.ndarray, offsets: np.ndarray, permutations: np.ndarray) -> np.ndarray:
    """datasketch's affine32 MinHash of each listing's shingle hashes: min over its shingles of
    a * fmix32(h) + b (mod 2^32) for each permutation (a, b); one row per listing."""
    from datasketch.minhash import _fmix

    a, b = permutations
    with np.errstate(over="ignore"):
        mixed = _fmix(hashes.astype(np.uint32), 32)
        values = mixed[:, None] * a[None, :] + b[None, :]
    return np.minimum.reduceat(values, offsets, axis=0)


def band_keys(matrix: np.ndarray, bands: list[tuple[int, int]]) -> np.ndarray:
    """One 64-bit key per listing per band: equal bands give equal keys."""
    keys = np.zeros((matrix.shape[0], len(bands)), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i, (start, end) in enumerate(bands):
            key = np.zeros(matrix.shape[0], dtype=np.uint64)
            for column in range(start, end):
                key = (key ^ matrix[:, column].astype(np.uint64)) * _M2 + np.uint64(column + 1)
            keys[:, i] = key
    return keys


def similar_members(run: np.ndarray, matrix: np.ndarray, threshold: float) -> np.ndarray:
    """The members of a candidate run whose estimated Jaccard similarity (the share of equal MinHash values)
    with the run's first member reaches `threshold`, the first one included."""
    estimates = (matrix[run] == matrix[run[0]]).mean(axis=1)
    return run[estimates >= threshold]


def candidate_runs(keys: np.ndarray, sources: np.ndarray):
    """Per band, the listings sharing a bucket with a listing of another source (arrays of row numbers)."""
    for band in range(keys.shape[1]):
        order = np.argsort(keys[:, band], kind="stable")
        ordered = keys[order, band]
        starts = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
        lengths = np.diff(np.concatenate([starts, [len(ordered)]]))
        shared = starts[lengths > 1]
        if not len(shared):
            continue
        shared_lengths = lengths[lengths > 1]
        member_sources = sources[order]
        low = np.minimum.reduceat(member_sources, starts)[lengths > 1]
        high = np.maximum.reduceat(member_sources, starts)[lengths > 1]
        for start, length in zip(shared[low != high], shared_lengths[low != high]):
            yield order[start:start + length]


class _Groups:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        root = item
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(item, item) != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_duplicates(db_path: str, *, threshold: float = 0.55, batch: int = 20000) -> dict:
    """Rebuild `listing_groups`; returns counts (listings, candidate pairs, groups, grouped listings, seconds)."""
    from datasketch import MinHash, MinHashLSH

    started = time.perf_counter()
    db = open_db(db_path)
    # Bands tuned a little below the threshold find the candidates near it too; each candidate is then kept
    # only if its estimated similarity reaches the threshold (LSH alone keeps any pair sharing one band).
    lsh = MinHashLSH(threshold=max(0.1, threshold - LSH_MARGIN), num_perm=NUM_PERM)  # datasketch's bands
    permutations = MinHash(num_perm=NUM_PERM, seed=1).permutations
    fullness = ("(title IS NOT NULL) + (company IS NOT NULL) + (pay_min IS NOT NULL) + (hours_max IS NOT NULL) + "
                "(posted_at IS NOT NULL) + (description_text IS NOT NULL)")
    ids: list[str] = []
    ranks: list[tuple] = []
    source_codes: dict[str, int] = {}
    sources: list[int] = []
    keys, signatures = [], []
    cursor = db.conn.execute(f"SELECT id, source, title, company, substr(description_text, 1, {TEXT_CHARS}), "
                             f"first_seen_at, {fullness} FROM listings WHERE closed_at IS NULL")
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            break
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            hashes, offsets = shingle_hashes([shingle_words(title, company, text)
                                              for _, _, title, company, text, _, _ in chunk])
            matrix = minhash_matrix(hashes, offsets, permutations)
            signatures.append(matrix)
            keys.append(band_keys(matrix, lsh.hashranges))
        for listing_id, source, _, _, _, first_seen, filled in rows:
            ids.append(listing_id)
            sources.append(source_codes.setdefault(source, len(source_codes)))
            ranks.append((first_seen or "", -filled, listing_id))
    groups = _Groups()
    pairs = 0
    if ids:
        matrix = np.concatenate(signatures)
        source_array = np.asarray(sources, dtype=np.int64)
        for run in candidate_runs(np.concatenate(keys), source_array):
            members = similar_members(run, matrix, threshold)
            if len(members) < 2 or source_array[members].min() == source_array[members].max():
                continue  # no copy on another source is similar enough
            first = int(members[0])
            for other in members[1:]:
                groups.union(first, int(other))
            pairs += len(members) - 1
    members_of: dict[int, set[int]] = {}
    for row in list(groups.parent):
        root = groups.find(row)
        members_of.setdefault(root, {root}).add(row)  # the root is a member too
    rows_out = []
    for group in members_of.values():
        canonical = min(group, key=ranks.__getitem__)  # first seen, then the fullest, then the id
        rows_out += [(ids[row], ids[canonical], int(row == canonical)) for row in group]
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
    refresh_facet_counts(db)
    db.conn.close()
    return {"listings": total, "pairs": pairs, "groups": len(members_of), "grouped": len(rows_out),
            "seconds": round(time.perf_counter() - started, 1)}
