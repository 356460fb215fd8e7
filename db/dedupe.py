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
120 s budget of a million listings. tests/test_dedupe.py checks both against datasketch's objects. The
permutations, the pre-mix and the bands of the default threshold are computed here (the same values): importing
datasketch brings scipy, ~60 MB that a crawl would otherwise add at its end just to group its listings.
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
CHUNK = 500  # listings whose shingles are MinHashed in one numpy pass (a few MB of temporaries)
READ_BATCH = 2000  # listings read per fetch: a crawl's memory must not step up when it groups at its end
TITLE_MARGIN = 0.25  # listings of one title and no company: the same gig from this far below the threshold
REPOST_SIMILARITY = 0.75  # one source, the same title and company, nearly the same text: the gig posted again
PAIR_BLOCK = 256  # members of a large bucket compared with the others this many at a time
PAIR_BYTES = 16_000_000  # at most, for a bucket so large that PAIR_BLOCK members would take more
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


def permutations(seed: int = 1, num_perm: int = NUM_PERM) -> np.ndarray:
    """datasketch's affine32 permutations of `MinHash(num_perm, seed)`: (a, b) rows, `a` odd."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b])


def fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, datasketch's pre-mix of each hash (uint32, wrapping)."""
    with np.errstate(over="ignore"):
        values = values ^ (values >> np.uint32(16))
        values = values * np.uint32(0x85EBCA6B)
        values = values ^ (values >> np.uint32(13))
        values = values * np.uint32(0xC2B2AE35)
        return values ^ (values >> np.uint32(16))


# datasketch's optimal (bands, rows) for a band threshold and NUM_PERM (MinHashLSH's weights 0.5/0.5); others
# are asked of datasketch.
KNOWN_BANDS = {0.4: (15, 3)}


def band_ranges(threshold: float) -> list[tuple[int, int]]:
    """MinHashLSH(threshold, NUM_PERM).hashranges: the permutation columns of each band."""
    known = KNOWN_BANDS.get(round(threshold, 9))
    if known is None:
        from datasketch import MinHashLSH

        return MinHashLSH(threshold=threshold, num_perm=NUM_PERM).hashranges
    bands, rows = known
    return [(band * rows, (band + 1) * rows) for band in range(bands)]


def minhash_matrix(hashes: np.ndarray, offsets: np.ndarray, permutations: np.ndarray) -> np.ndarray:
    """datasketch's affine32 MinHash of each listing's shingle hashes: min over its shingles of
    a * fmix32(h) + b (mod 2^32) for each permutation (a, b); one row per listing."""
    a, b = permutations
    out = np.empty((len(offsets), len(a)), dtype=np.uint32)
    with np.errstate(over="ignore"):
        mixed = fmix32(hashes.astype(np.uint32))
        values = np.empty_like(mixed)
        # One permutation at a time: a contiguous reduceat is ~10x faster than one over the columns of a
        # (shingles x permutations) matrix, and the temporaries are one column, not the whole matrix.
        for column in range(len(a)):
            np.multiply(mixed, a[column], out=values)
            values += b[column]
            out[:, column] = np.minimum.reduceat(values, offsets)
    return out


def band_key(matrix: np.ndarray, start: int, end: int) -> np.ndarray:
    """One 64-bit key per listing for the band of columns start..end: equal bands give equal keys."""
    key = np.zeros(matrix.shape[0], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in range(start, end):
            key = (key ^ matrix[:, column].astype(np.uint64)) * _M2 + np.uint64(column + 1)
    return key


def band_keys(matrix: np.ndarray, bands: list[tuple[int, int]]) -> np.ndarray:
    """One 64-bit key per listing per band (a column each)."""
    keys = np.zeros((matrix.shape[0], len(bands)), dtype=np.uint64)
    for i, (start, end) in enumerate(bands):
        keys[:, i] = band_key(matrix, start, end)
    return keys


def candidate_runs(keys, sources: np.ndarray, focus: np.ndarray | None = None, *, one_source: bool = False):
    """Per band, the listings sharing a bucket with a listing of another source (arrays of row numbers);
    with `one_source`, those of one source too. With `focus` (row numbers), only the buckets holding one of
    those rows. `keys`: a column of keys per band, as a 2-D array or an iterable of columns (made one at a
    time, the keys of every band are never held at once)."""
    for key in (keys.T if isinstance(keys, np.ndarray) else keys):
        rows = np.arange(len(key))
        if focus is not None:
            rows = np.flatnonzero(np.isin(key, key[focus]))
        order = rows[np.argsort(key[rows], kind="stable")]
        ordered = key[order]
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
    # a bucket of thousands (one title posted over and over) is compared in smaller blocks: ~16 MB at a time
    step = max(1, min(PAIR_BLOCK, PAIR_BYTES // (len(run) * NUM_PERM)))
    for start in range(0, len(run), step):
        block = signatures[start:start + step]
        estimates = (block[:, None, :] == signatures[None, :, :]).mean(axis=2)
        other_source = run_sources[start:start + step, None] != run_sources[None, :]
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
    # Bands tuned a little below the threshold find the candidates near it too; each candidate is then kept
    # only if its estimated similarity reaches the threshold (LSH alone keeps any pair sharing one band).
    bands = band_ranges(max(0.1, threshold - LSH_MARGIN))
    keys = (band_key(matrix, start, end) for start, end in bands)
    by_text = ((run, threshold, 2.0) for run in candidate_runs(keys, sources, focus))
    by_title = ((run, 0.0 if titles[run[0]] & 1 else threshold - TITLE_MARGIN, REPOST_SIMILARITY)
                for run in candidate_runs([titles.view(np.uint64)], sources, focus, one_source=True))
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
    seeded = permutations()
    parts = [np.zeros((0, NUM_PERM), dtype=np.uint32)]
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        hashes, offsets = shingle_hashes([shingle_words(title, company, text) for _, _, title, company, text in chunk])
        parts.append(minhash_matrix(hashes, offsets, seeded))
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


def group_duplicates(db_path: str, *, threshold: float = DEFAULT_THRESHOLD, batch: int = READ_BATCH,
                     always_refresh: bool = True) -> dict:
    """Rebuild `listing_groups` and `listing_signatures` from every listing; returns counts (listings,
    pairs, groups, grouped listings, seconds) and whether any group row changed. The listings are read in one
    snapshot without blocking writers; the result is swapped in with one transaction. Then the facet counts
    and research summaries (which count a gig once) are rebuilt; without `always_refresh` (the caller has
    just rebuilt them after its writes) only if a group changed."""
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
        if always_refresh or report["changed"]:
            _refresh_counts(db)
    finally:
        conn.close()  # an open transaction is rolled back: the previous grouping stays
    return {**report, "seconds": round(time.perf_counter() - started, 1)}


def _rebuild(conn, threshold: float, batch: int) -> dict | None:
    """One full run: read and group in one snapshot, then swap; None when another run swapped meanwhile."""
    conn.execute("BEGIN")  # one snapshot of listings, the queue and the state
    mark = conn.execute("SELECT coalesce(max(seq), 0) FROM dedupe_pending").fetchone()[0]
    generation = _state(conn).get("generation")
    count = conn.execute("SELECT count(*) FROM listings").fetchone()[0]
    ids: list[str] = []
    source_codes: dict[str, int] = {}
    # Filled in place as batches are read: no list of parts to join at the end (twice the memory).
    matrix = np.empty((count, NUM_PERM), dtype=np.uint32)
    titles = np.empty(count, dtype=np.int64)
    sources = np.empty(count, dtype=np.int64)
    conn.execute("DELETE FROM temp.new_signatures")
    conn.execute("DELETE FROM temp.new_groups")
    cursor = conn.execute(LISTING_SQL)
    while rows := cursor.fetchmany(batch):
        start, end = len(ids), len(ids) + len(rows)
        matrix[start:end], titles[start:end] = signatures_of(rows)
        conn.executemany(SIGNATURE_INSERT.format(table="temp.new_signatures"),
                         signature_rows(rows, matrix[start:end], titles[start:end]))
        sources[start:end] = [source_codes.setdefault(row[1], len(source_codes)) for row in rows]
        ids += [row[0] for row in rows]
    groups = _Groups()
    pairs = link_similar(matrix, titles, sources, threshold, groups)
    members = [{ids[row] for row in group} for group in groups.members().values()]
    conn.executemany("INSERT INTO temp.new_groups VALUES (?, ?, ?)", group_rows(conn, members))
    conn.execute("COMMIT")
    conn.execute("BEGIN IMMEDIATE")
    if _state(conn).get("generation") != generation:
        conn.execute("ROLLBACK")
        return None
    changed = bool(conn.execute(GROUPS_DIFFER).fetchone()[0])
    swap(conn, "DELETE FROM listing_groups", "DELETE FROM listing_signatures",
         "INSERT INTO listing_signatures SELECT * FROM temp.new_signatures")
    conn.execute("DELETE FROM dedupe_pending WHERE seq <= ?", [mark])
    _save_state(conn, threshold)
    conn.execute("COMMIT")
    return {"listings": len(ids), "pairs": pairs, "groups": len(members), "grouped": sum(map(len, members)),
            "changed": changed}


GROUP_COLUMNS = "listing_id, group_id, canonical"
GROUPS_DIFFER = (f"SELECT EXISTS (SELECT * FROM temp.new_groups EXCEPT SELECT {GROUP_COLUMNS} FROM listing_groups) "
                 f"OR EXISTS (SELECT {GROUP_COLUMNS} FROM listing_groups EXCEPT SELECT * FROM temp.new_groups)")


def _refresh_counts(db) -> None:
    """refresh_facet_counts in one transaction (this module's connection is in autocommit mode)."""
    from db.writer import refresh_facet_counts

    db.conn.isolation_level = ""  # the DELETE opens a transaction that the rebuild's statements join
    try:
        refresh_facet_counts(db)
    finally:
        db.conn.isolation_level = None


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
    or more than FULL_SHARE of the catalog pending, a full rebuild instead. Either way the facet counts and
    research summaries are rebuilt if a group changed: the write that queued the listings rebuilt them
    already, with the groups of before."""
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
        return {**group_duplicates(db_path, threshold=wanted, always_refresh=False), "full": True}
    conn.execute("BEGIN IMMEDIATE")  # short: no other writer may change listings or groups meanwhile
    try:
        report = _update(conn, wanted)
        conn.execute("COMMIT")
        if report["changed"]:
            _refresh_counts(db)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return {**report, "full": False, "seconds": round(time.perf_counter() - started, 1)}


def _update(conn, threshold: float) -> dict:
    mark, pending = conn.execute("SELECT coalesce(max(seq), 0), count(*) FROM dedupe_pending").fetchone()
    listings = conn.execute("SELECT count(*) FROM listing_signatures").fetchone()[0]
    if not pending:
        return {"listings": listings, "pending": 0, "pairs": 0, "groups": 0, "grouped": 0, "changed": False}
    queued = [row[0] for row in conn.execute("SELECT listing_id FROM dedupe_pending")]
    current = _by_ids(conn, LISTING_SQL, queued)
    gone = sorted(set(queued) - {row[0] for row in current})
    fresh, fresh_titles = signatures_of(current)
    # Every other listing's stored signature, and the new ones in place of the queued listings', read in
    # batches into arrays of the final size (a list of every blob, then joined, held the catalog twice).
    queued_set = set(queued)
    size = listings + len(current)  # at most: a queued listing's stored signature is skipped
    matrix = np.empty((size, NUM_PERM), dtype=np.uint32)
    all_titles = np.empty(size, dtype=np.int64)
    sources = np.empty(size, dtype=np.int64)
    codes: dict[str, int] = {}
    ids: list[str] = []
    cursor = conn.execute("SELECT listing_id, source, signature, title_key FROM listing_signatures")
    while batch := cursor.fetchmany(READ_BATCH):
        kept = [row for row in batch if row[0] not in queued_set]
        start, end = len(ids), len(ids) + len(kept)
        matrix[start:end] = np.frombuffer(b"".join(row[2] for row in kept), dtype=np.uint32).reshape(-1, NUM_PERM)
        all_titles[start:end] = [row[3] for row in kept]
        sources[start:end] = [codes.setdefault(row[1], len(codes)) for row in kept]
        ids += [row[0] for row in kept]
    start, end = len(ids), len(ids) + len(current)
    matrix[start:end], all_titles[start:end] = fresh, fresh_titles
    sources[start:end] = [codes.setdefault(row[1], len(codes)) for row in current]
    ids += [row[0] for row in current]
    matrix, all_titles, sources = matrix[:end], all_titles[:end], sources[:end]
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
    pairs = link_similar(matrix, all_titles, sources, threshold, groups, np.fromiter(sorted(dirty), dtype=np.int64))
    changed = [{ids[row] for row in members} for members in groups.members().values() if dirty & members]
    new_rows = group_rows(conn, changed)
    conn.executemany("INSERT INTO temp.new_groups VALUES (?, ?, ?)", new_rows)
    # Rows of the rebuilt groups, of the groups they absorbed, of queued listings, then the new rows.
    stale = {m for g in touched_groups for m in old_groups[g]} | queued_set
    group_of = {m: g for g, members in old_groups.items() for m in members}
    stale |= {m for members in changed for i in members if i in group_of for m in old_groups[group_of[i]]}
    old_rows = _group_rows_of(conn, sorted(stale))
    conn.executemany("DELETE FROM listing_groups WHERE listing_id = ?", [(i,) for i in sorted(stale)])
    conn.executemany("DELETE FROM listing_signatures WHERE listing_id = ?", [(i,) for i in gone])
    conn.executemany(SIGNATURE_INSERT.format(table="listing_signatures"), signature_rows(current, fresh, fresh_titles))
    swap(conn)
    conn.execute("DELETE FROM dedupe_pending WHERE seq <= ?", [mark])
    _save_state(conn, threshold)
    return {"listings": len(ids), "pending": pending, "pairs": pairs, "groups": len(changed),
            "grouped": sum(map(len, changed)), "changed": old_rows != set(new_rows)}


def _group_rows_of(conn, ids: list[str], chunk: int = 500) -> set[tuple]:
    """The listing_groups rows of these listings."""
    found = set()
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        found.update(conn.execute(f"SELECT {GROUP_COLUMNS} FROM listing_groups "
                                  f"WHERE listing_id IN ({', '.join('?' for _ in part)})", part))
    return found


def refresh_groups(db_path: str) -> dict | None:
    """`update_groups` at the end of a write path (crawl, import, ingest, renormalize). The listings are already
    stored: a failure here is said on stderr and leaves the queue for the next run or `microgigs dedupe`."""
    try:
        return update_groups(db_path)
    except Exception as exc:  # noqa: BLE001 - the stored listings stand; the grouping catches up next run
        print(f"microgigs: copies of the same gig not grouped ({type(exc).__name__}: {exc}); "
              f"run `microgigs dedupe`", file=sys.stderr)
        return None
