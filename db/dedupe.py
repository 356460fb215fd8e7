"""Cross-source duplicates: the same gig posted on several sites, grouped with MinHash LSH (datasketch).

Each listing's shingles (word 3-grams of its title, company and the start of its description) get a
MinHash; two listings of different sources are the same gig when they share an LSH band and their estimated
Jaccard similarity (the share of equal MinHash values) reaches `threshold`, or when they have the same title
and company (see link_similar); two listings of one source when one reposts the other (the same title and
company, nearly the same text). Groups are the connected
components of that relation. It holds or not for a pair whatever else is in the catalog, so the groups do
not depend on the order listings are read in, and an incremental run gives what a full rebuild gives.
`listing_groups` keeps every member (open or closed: researchers count closed gigs too) with its group id,
the id of its canonical listing (the first seen, then the one with the most filled columns, then the
smallest id); `canonical_listings` is the catalog without the other copies. Every URL stays in `listings`.

Deterministic: words are hashed from their bytes (CRC-32; Python's `hash` is salted per process), so the same listings
give the same groups and group ids on every run and machine. Atomic: a run builds its rows in temporary
tables and swaps them in with one transaction, so a killed run leaves the previous grouping. Incremental:
triggers (db/schema.py m010) queue every inserted, deleted or changed listing in `dedupe_pending`;
`update_groups` shingles only those, compares them with every stored MinHash (`listing_signatures`), and
rebuilds only the groups they were or are now in.

The MinHash is datasketch's own (its default `affine32` scheme: its seeded permutations applied to its
MurmurHash3 pre-mix of each shingle's hash), computed for thousands of listings at once with numpy instead
of one `MinHash` object per listing; the bands are datasketch's optimal (b, r) for the threshold
(`MinHashLSH`), and listings that share a band are found by sorting the band keys instead of inserting
into and querying `MinHashLSH`'s per-key dictionaries: per key in Python, those cost more than the whole
120 s budget of a million listings. tests/test_dedupe.py checks both against datasketch's objects.
"""
from __future__ import annotations

import hashlib
import re
import sys
import time
import zlib

import numpy as np

from db.schema import open_db

WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 48
LSH_MARGIN = 0.15  # the LSH bands are tuned for threshold - LSH_MARGIN; candidates are then checked
SHINGLE = 3
MAX_WORDS = 120
TEXT_CHARS = 1500  # words past MAX_WORDS are not read; 120 words fit in far fewer characters
CHUNK = 2000  # listings whose shingles are MinHashed in one numpy pass (~50 MB of temporaries)
TITLE_MARGIN = 0.25  # listings of one title and no company: the same gig from this far below the threshold
REPOST_SIMILARITY = 0.75  # one source, the same title and company, nearly the same text: the gig posted again
PAIR_BLOCK = 256  # members of a large bucket compared with the others this many at a time
DEFAULT_THRESHOLD = 0.55
# Stored signatures and groups made by another scheme (shingles, word hash, permutations) are rebuilt.
SCHEME = "crc32-words-3shingles-48perm-titlekey-reposts-v5"
# An incremental run with more pending listings than this share of the catalog rebuilds everything instead
# (reading without holding the write lock).
FULL_SHARE = 0.2
FULLNESS = ("(title IS NOT NULL) + (company IS NOT NULL) + (pay_min IS NOT NULL) + (hours_max IS NOT NULL) + "
            "(posted_at IS NOT NULL) + (description_text IS NOT NULL)")
LISTING_SQL = f"SELECT id, source, title, company, substr(description_text, 1, {TEXT_CHARS}) FROM listings"
RANK_SQL = f"SELECT id, coalesce(first_seen_at, ''), -({FULLNESS}) FROM listings"
_M1, _M2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)


def shingle_words(title: str | None, company: str | None, text: str | None) -> list[str]:
    return WORD.findall(f"{title or ''} {company or ''} {text or ''}".lower(), 0, TEXT_CHARS)[:MAX_WORDS]


def shingles(title: str | None, company: str | None, text: str | None) -> set[tuple]:
    """The word 3-grams of a listing (fewer words: one shingle of them all)."""
    words = shingle_words(title, company, text)
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:]))


def word_hashes(words: list[str]) -> np.ndarray:
    """The CRC-32 of each word's UTF-8 bytes, the same in every process (Python's own `hash` of a str is salted).
    Joined, encoded and split once, so the only call per word is zlib's: about as fast as `hash`, where a
    cryptographic hash or a dictionary lookup per word cost more than the whole MinHash. 32 bits are enough:
    the shingles made of them are 32-bit hashes too (datasketch's affine32)."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    encoded = "\0".join(words).encode("utf-8", "surrogatepass").split(b"\0")  # \w matches no NUL
    return np.fromiter(map(zlib.crc32, encoded), dtype=np.uint32, count=len(words)).astype(np.uint64)


def shingle_hashes(word_lists: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of every listing's shingles, flat, and where each listing's start (for reduceat).

    A shingle's hash combines its words' stable hashes (word_hashes); a listing of one or two words has one shingle of
    them, an empty one a stand-in."""
    lengths = np.fromiter(map(len, word_lists), dtype=np.int64, count=len(word_lists))
    flat = [w for words in word_lists for w in words]
    words = word_hashes(flat)
    words = np.concatenate([words, np.zeros(SHINGLE, dtype=np.uint64)])  # room past the last listing
    ends = np.cumsum(lengths)
    starts = ends - lengths
    counts = np.maximum(lengths - (SHINGLE - 1), 1)
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
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


def candidate_runs(keys: np.ndarray, sources: np.ndarray, focus: np.ndarray | None = None, *,
                   one_source: bool = False):
    """Per band, the listings sharing a bucket with a listing of another source (arrays of row numbers);
    with `one_source`, those of one source too. With `focus` (row numbers), only the buckets holding one of
    those rows."""
    for band in range(keys.shape[1]):
        rows = np.arange(keys.shape[0])
        if focus is not None:
            rows = np.flatnonzero(np.isin(keys[:, band], keys[focus, band]))
        order = rows[np.argsort(keys[rows, band], kind="stable")]
        ordered = keys[order, band]
        if not len(ordered):
            continue
        starts = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
        lengths = np.diff(np.concatenate([starts, [len(ordered)]]))
        shared = lengths > 1
        if not shared.any():
            continue
        member_sources = sources[order]
        low = np.minimum.reduceat(member_sources, starts)[shared]
        high = np.maximum.reduceat(member_sources, starts)[shared]
        mixed = (low != high) | one_source
        for start, length in zip(starts[shared][mixed], lengths[shared][mixed]):
            yield order[start:start + length]


def similar_pairs(run: np.ndarray, matrix: np.ndarray, sources: np.ndarray, threshold: float,
                  one_source_threshold: float = 2.0):
    """Every pair of a bucket's members from different sources whose estimated Jaccard similarity (the share
    of equal MinHash values) reaches `threshold`, and of one source that reaches `one_source_threshold` (by
    default none), as two arrays of row numbers."""
    signatures, run_sources = matrix[run], sources[run]
    firsts, seconds = [], []
    for start in range(0, len(run), PAIR_BLOCK):
        block = signatures[start:start + PAIR_BLOCK]
        estimates = (block[:, None, :] == signatures[None, :, :]).mean(axis=2)
        other_source = run_sources[start:start + PAIR_BLOCK, None] != run_sources[None, :]
        linked = np.where(other_source, estimates >= threshold, estimates >= one_source_threshold)
        a, b = np.nonzero(linked)
        keep = a + start < b  # each pair once
        firsts.append(run[a[keep] + start])
        seconds.append(run[b[keep]])
    return np.concatenate(firsts), np.concatenate(seconds)


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

    def members(self) -> dict[int, set[int]]:
        found: dict[int, set[int]] = {}
        for row in list(self.parent):
            root = self.find(row)
            found.setdefault(root, {root}).add(row)  # the root is a member too
        return found


def title_key(title: str | None, company: str | None) -> int:
    """The words of a title and a company as one 64-bit key, its lowest bit set when a company is named."""
    title_words, company_words = WORD.findall((title or "").lower()), WORD.findall((company or "").lower())
    said = (" ".join(title_words) + "\x1f" + " ".join(company_words)).encode("utf-8", "surrogatepass")
    key = int.from_bytes(hashlib.blake2b(said, digest_size=8).digest(), "little", signed=True)
    return (key & ~1) | bool(company_words)


def link_similar(matrix: np.ndarray, titles: np.ndarray, sources: np.ndarray, threshold: float, groups: _Groups,
                 focus: np.ndarray | None = None) -> int:
    """Join in `groups` every pair of listings that are the same gig (all of them, or those involving a row
    of `focus`); returns the number of pairs found. Two listings of different sources are the same gig when
    they share an LSH band and their estimated similarity reaches `threshold`, or when they have the same
    title and company (title_key): with a company named, whatever their descriptions (one source may give
    none), else when their similarity reaches threshold - TITLE_MARGIN; of one source, a repost: the same
    title and company and a similarity of at least REPOST_SIMILARITY. A bucket whose members are already
    one group is skipped: a pair inside a group changes no group."""
    from datasketch import MinHashLSH

    # Bands tuned a little below the threshold find the candidates near it too; each candidate is then kept
    # only if its estimated similarity reaches the threshold (LSH alone keeps any pair sharing one band).
    bands = MinHashLSH(threshold=max(0.1, threshold - LSH_MARGIN), num_perm=NUM_PERM).hashranges
    by_text = ((run, threshold, 2.0) for run in candidate_runs(band_keys(matrix, bands), sources, focus))
    by_title = ((run, 0.0 if titles[run[0]] & 1 else threshold - TITLE_MARGIN, REPOST_SIMILARITY)
                for run in candidate_runs(titles.view(np.uint64)[:, None], sources, focus, one_source=True))
    pairs = 0
    for runs in (by_text, by_title):
        for run, bar, one_source_bar in runs:
            root = groups.find(int(run[0]))
            if all(groups.find(int(row)) == root for row in run[1:]):
                continue
            for a, b in zip(*similar_pairs(run, matrix, sources, bar, one_source_bar)):
                groups.union(int(a), int(b))
                pairs += 1
    return pairs


def signatures_of(rows: list[tuple]) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures (uint32, NUM_PERM per row) and title keys (int64) of rows (id, source, title, company,
    text)."""
    from datasketch import MinHash

    permutations = MinHash(num_perm=NUM_PERM, seed=1).permutations
    parts = [np.zeros((0, NUM_PERM), dtype=np.uint32)]
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        hashes, offsets = shingle_hashes([shingle_words(title, company, text) for _, _, title, company, text in chunk])
        parts.append(minhash_matrix(hashes, offsets, permutations).astype(np.uint32))
    titles = np.fromiter((title_key(title, company) for _, _, title, company, _ in rows), dtype=np.int64,
                         count=len(rows))
    return np.concatenate(parts), titles


SIGNATURE_INSERT = "INSERT OR REPLACE INTO {table} (listing_id, source, signature, title_key) VALUES (?, ?, ?, ?)"


def signature_rows(rows: list[tuple], matrix: np.ndarray, titles: np.ndarray) -> list[tuple]:
    return [(row[0], row[1], signature.tobytes(), int(title)) for row, signature, title in zip(rows, matrix, titles)]


def _by_ids(conn, sql: str, ids: list[str], chunk: int = 500) -> list[tuple]:
    found = []
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        found += conn.execute(f"{sql} WHERE id IN ({', '.join('?' for _ in part)})", part).fetchall()
    return found


def _explicit(conn):
    """The connection in autocommit mode (transactions only where this module says BEGIN), with an empty
    temporary table for the groups it builds."""
    conn.isolation_level = None
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS new_groups (listing_id TEXT PRIMARY KEY, group_id TEXT NOT NULL, "
                 "canonical INTEGER NOT NULL)")
    conn.execute("DELETE FROM temp.new_groups")
    return conn


def _state(conn) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM dedupe_state").fetchall())


def _check_threshold(threshold: float) -> float:
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be more than 0 and at most 1 (a Jaccard similarity), not {threshold}")
    return threshold


def group_duplicates(db_path: str, *, threshold: float = DEFAULT_THRESHOLD, batch: int = 20000) -> dict:
    """Rebuild `listing_groups` and `listing_signatures` from every listing; returns counts (listings,
    pairs, groups, grouped listings, seconds). The listings are read in one snapshot without blocking
    writers; the result is swapped in with one transaction."""
    from db.writer import refresh_facet_counts

    _check_threshold(threshold)
    started = time.perf_counter()
    db = open_db(db_path)
    conn = _explicit(db.conn)
    try:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS new_signatures AS SELECT * FROM listing_signatures WHERE 0")
        for _ in range(3):  # again only if an incremental run wrote between this run's snapshot and its swap
            report = _rebuild(conn, threshold, batch)
            if report is not None:
                break
        else:
            raise RuntimeError("other dedupe runs kept changing the grouping; run `microgigs dedupe` again")
        conn.execute("DROP TABLE temp.new_signatures")
        refresh_facet_counts(db)
    finally:
        conn.close()  # an open transaction is rolled back: the previous grouping stays
    return {**report, "seconds": round(time.perf_counter() - started, 1)}


def _rebuild(conn, threshold: float, batch: int) -> dict | None:
    """One full run: read and group in one snapshot, then swap; None when another run swapped meanwhile."""
    conn.execute("BEGIN")  # one snapshot of listings, the queue and the state
    mark = conn.execute("SELECT coalesce(max(seq), 0) FROM dedupe_pending").fetchone()[0]
    generation = _state(conn).get("generation")
    ids: list[str] = []
    source_codes: dict[str, int] = {}
    sources: list[int] = []
    parts, title_parts = [np.zeros((0, NUM_PERM), dtype=np.uint32)], [np.zeros(0, dtype=np.int64)]
    conn.execute("DELETE FROM temp.new_signatures")
    conn.execute("DELETE FROM temp.new_groups")
    cursor = conn.execute(LISTING_SQL)
    while rows := cursor.fetchmany(batch):
        matrix, titles = signatures_of(rows)
        parts.append(matrix)
        title_parts.append(titles)
        conn.executemany(SIGNATURE_INSERT.format(table="temp.new_signatures"), signature_rows(rows, matrix, titles))
        for row in rows:
            ids.append(row[0])
            sources.append(source_codes.setdefault(row[1], len(source_codes)))
    groups = _Groups()
    pairs = link_similar(np.concatenate(parts), np.concatenate(title_parts), np.asarray(sources, dtype=np.int64),
                         threshold, groups)
    members = [{ids[row] for row in group} for group in groups.members().values()]
    conn.executemany("INSERT INTO temp.new_groups VALUES (?, ?, ?)", group_rows(conn, members))
    conn.execute("COMMIT")
    conn.execute("BEGIN IMMEDIATE")
    if _state(conn).get("generation") != generation:
        conn.execute("ROLLBACK")
        return None
    swap(conn, "DELETE FROM listing_groups", "DELETE FROM listing_signatures",
         "INSERT INTO listing_signatures SELECT * FROM temp.new_signatures")
    conn.execute("DELETE FROM dedupe_pending WHERE seq <= ?", [mark])
    _save_state(conn, threshold)
    conn.execute("COMMIT")
    return {"listings": len(ids), "pairs": pairs, "groups": len(members), "grouped": sum(map(len, members))}


def group_rows(conn, groups: list[set[str]]) -> list[tuple[str, str, int]]:
    """listing_groups rows of groups of ids: the group's id is its canonical listing's, the first seen, then
    the fullest, then the smallest id."""
    ranks = {row[0]: row[1:] + (row[0],) for row in _by_ids(conn, RANK_SQL, [i for g in groups for i in g])}
    rows = []
    for group in groups:
        canonical = min(group, key=lambda listing_id: ranks.get(listing_id, ("\uffff", 0, listing_id)))
        rows += [(listing_id, canonical, int(listing_id == canonical)) for listing_id in sorted(group)]
    return rows


def swap(conn, *statements: str) -> None:
    """Inside the caller's write transaction: the statements, then the new groups in place of the old."""
    for statement in statements:
        conn.execute(statement)
    conn.execute("INSERT OR REPLACE INTO listing_groups SELECT * FROM temp.new_groups")


def _save_state(conn, threshold: float) -> None:
    generation = int(_state(conn).get("generation") or 0) + 1
    conn.executemany("INSERT OR REPLACE INTO dedupe_state (key, value) VALUES (?, ?)",
                     [("scheme", SCHEME), ("threshold", repr(threshold)), ("generation", str(generation))])


def update_groups(db_path: str, *, threshold: float | None = None) -> dict:
    """Group only what changed since the last run: listings queued in `dedupe_pending` (new, changed or
    deleted) are shingled and compared with every stored signature, and only the groups they were or are
    now in are rebuilt, under the write lock (short). With no earlier full run, another threshold or scheme,
    or more than FULL_SHARE of the catalog pending, a full rebuild instead."""
    started = time.perf_counter()
    db = open_db(db_path)
    conn = _explicit(db.conn)
    state = _state(conn)
    stored_threshold = float(state["threshold"]) if "threshold" in state else None
    wanted = _check_threshold(threshold if threshold is not None else stored_threshold or DEFAULT_THRESHOLD)
    pending_count = conn.execute("SELECT count(*) FROM dedupe_pending").fetchone()[0]
    catalog = conn.execute("SELECT count(*) FROM listing_signatures").fetchone()[0]
    if state.get("scheme") != SCHEME or stored_threshold != wanted or pending_count > FULL_SHARE * max(catalog, 1):
        conn.close()
        return {**group_duplicates(db_path, threshold=wanted), "full": True}
    conn.execute("BEGIN IMMEDIATE")  # short: no other writer may change listings or groups meanwhile
    try:
        report = _update(conn, wanted)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return {**report, "full": False, "seconds": round(time.perf_counter() - started, 1)}


def _update(conn, threshold: float) -> dict:
    mark, pending = conn.execute("SELECT coalesce(max(seq), 0), count(*) FROM dedupe_pending").fetchone()
    listings = conn.execute("SELECT count(*) FROM listing_signatures").fetchone()[0]
    if not pending:
        return {"listings": listings, "pending": 0, "pairs": 0, "groups": 0, "grouped": 0}
    queued = [row[0] for row in conn.execute("SELECT listing_id FROM dedupe_pending")]
    current = _by_ids(conn, LISTING_SQL, queued)
    gone = sorted(set(queued) - {row[0] for row in current})
    fresh, fresh_titles = signatures_of(current)
    # Every other listing's stored signature, and the new ones in place of the queued listings'.
    queued_set = set(queued)
    ids, source_names, blobs, titles = [], [], [], []
    for listing_id, source, signature, title in conn.execute(
            "SELECT listing_id, source, signature, title_key FROM listing_signatures"):
        if listing_id not in queued_set:
            ids.append(listing_id)
            source_names.append(source)
            blobs.append(signature)
            titles.append(title)
    stored = np.frombuffer(b"".join(blobs), dtype=np.uint32).reshape(-1, NUM_PERM)
    ids += [row[0] for row in current]
    source_names += [row[1] for row in current]
    matrix = np.concatenate([stored, fresh])
    codes: dict[str, int] = {}
    sources = np.fromiter((codes.setdefault(s, len(codes)) for s in source_names), dtype=np.int64, count=len(ids))
    row_of = {listing_id: row for row, listing_id in enumerate(ids)}
    # Groups that lost or changed a member are rebuilt from their members' pairs; the others stay joined.
    old_groups: dict[str, list[str]] = {}
    for listing_id, group_id in conn.execute("SELECT listing_id, group_id FROM listing_groups"):
        old_groups.setdefault(group_id, []).append(listing_id)
    touched_groups = {group_id for group_id, members in old_groups.items() if queued_set.intersection(members)}
    groups = _Groups()
    for group_id, members in old_groups.items():
        if group_id not in touched_groups:
            rows = [row_of[m] for m in members if m in row_of]
            for row in rows[1:]:
                groups.union(rows[0], row)
    dirty = {row_of[m] for g in touched_groups for m in old_groups[g] if m in row_of}
    dirty |= {row_of[row[0]] for row in current}
    all_titles = np.concatenate([np.asarray(titles, dtype=np.int64), fresh_titles])
    pairs = link_similar(matrix, all_titles, sources, threshold, groups, np.fromiter(sorted(dirty), dtype=np.int64))
    changed = [{ids[row] for row in members} for members in groups.members().values() if dirty & members]
    conn.executemany("INSERT INTO temp.new_groups VALUES (?, ?, ?)", group_rows(conn, changed))
    # Rows of the rebuilt groups, of the groups they absorbed, of queued listings, then the new rows.
    stale = {m for g in touched_groups for m in old_groups[g]} | queued_set
    group_of = {m: g for g, members in old_groups.items() for m in members}
    stale |= {m for members in changed for i in members if i in group_of for m in old_groups[group_of[i]]}
    conn.executemany("DELETE FROM listing_groups WHERE listing_id = ?", [(i,) for i in sorted(stale)])
    conn.executemany("DELETE FROM listing_signatures WHERE listing_id = ?", [(i,) for i in gone])
    conn.executemany(SIGNATURE_INSERT.format(table="listing_signatures"), signature_rows(current, fresh, fresh_titles))
    swap(conn)
    conn.execute("DELETE FROM dedupe_pending WHERE seq <= ?", [mark])
    _save_state(conn, threshold)
    return {"listings": len(ids), "pending": pending, "pairs": pairs, "groups": len(changed),
            "grouped": sum(map(len, changed))}


def refresh_groups(db_path: str) -> dict | None:
    """`update_groups` at the end of a write path (crawl, import, ingest, renormalize). The listings are already
    stored: a failure here is said on stderr and leaves the queue for the next run or `microgigs dedupe`."""
    try:
        return update_groups(db_path)
    except Exception as exc:  # noqa: BLE001 - the stored listings stand; the grouping catches up next run
        print(f"microgigs: copies of the same gig not grouped ({type(exc).__name__}: {exc}); "
              f"run `microgigs dedupe`", file=sys.stderr)
        return None
