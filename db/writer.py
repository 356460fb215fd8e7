"""Writes to the catalog: batched listing upserts with history, crawl runs, rejects, sources.

One transaction per batch. `first_seen_at` is kept from the stored row, `last_seen_at`
moves to the crawl's time, and a listing seen again is reopened. Tracked fields that
changed are logged in `listing_changes`. db/ knows no site: rows arrive normalized.

Batches are written in a few statements: unchanged rows (same content hash) get one UPDATE of
`last_seen_at`, new rows one INSERT ... SELECT from a temporary staging table, changed rows an
UPDATE of only the columns that differ, and FTS is kept in step by the writer for the batch
(m008) instead of row by row by the triggers. `facet_counts` is rebuilt when a crawl is recorded.
"""
from __future__ import annotations

import hashlib
import json
import marshal
import math
import re
from datetime import datetime, timedelta, timezone
from typing import Iterable

from db.schema import FACET_COUNT_COLUMNS, FTS_COLUMNS, JSON_COLUMNS, LIFECYCLE_COLUMNS, LISTING_COLUMNS, open_db

# Changes researchers and students care about between crawls.
TRACKED_FIELDS = (
    "title", "pay_min", "pay_max", "pay_currency", "pay_unit", "hours_min", "hours_max",
    "expires_at", "due_at", "description_text",
)


# A normalized row may carry the spider's raw item fields under this key; they go to `listing_items`.
RAW_ITEM_KEY = "_item"


HASHED_COLUMNS = [c for c in LISTING_COLUMNS if c not in LIFECYCLE_COLUMNS]


# One encoder for every JSON value written (json.dumps with these options builds a new one per call);
# its output is exactly json.dumps(value, ensure_ascii=False, default=str).
_encode_json = json.JSONEncoder(ensure_ascii=False, default=str).encode


def content_hash(row: dict) -> str:
    """What a listing says (every column but the lifecycle ones), as one digest of the row as normalized.

    The values are serialized with marshal's version 2 (no back-references, so equal values give equal
    bytes whether or not they are the same objects), three times faster than JSON; the digest is prefixed
    "m". A row marshal cannot write (a value of another type) gets the JSON digest instead."""
    try:
        said = marshal.dumps(tuple(map(row.get, HASHED_COLUMNS)), 2)
    except ValueError:
        return legacy_content_hash(row)
    return "m" + hashlib.blake2b(said, digest_size=16).hexdigest()


def legacy_content_hash(row: dict) -> str:
    """The digest of the row's JSON (the first format of `listing_hashes`: hex, no prefix)."""
    said = _encode_json(list(map(row.get, HASHED_COLUMNS)))
    return hashlib.blake2b(said.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def same_content(stored: str | None, new: str, row: dict) -> bool:
    """Whether a stored digest (of either format) says what `new` says for `row`."""
    if stored is None:
        return False
    if stored == new:
        return True
    return not stored.startswith("m") and new.startswith("m") and stored == legacy_content_hash(row)


def utc_now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


SURROGATE = re.compile(r"[\ud800-\udfff]")


def storable_text(text: str) -> str:
    """Text SQLite can store as UTF-8: a lone surrogate (from a JSON "\\udcff" escape) becomes U+FFFD."""
    return text if text.isascii() else SURROGATE.sub("\ufffd", text)


def to_db_value(column: str, value):
    if column in JSON_COLUMNS or isinstance(value, (list, dict)):
        return None if value is None else storable_text(_encode_json(value))
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str):
        return storable_text(value)
    return value


_JSON_COLUMN_SET = frozenset(JSON_COLUMNS)
_COLUMN_LIST = list(LISTING_COLUMNS)
_NAMES = ", ".join(f"[{c}]" for c in _COLUMN_LIST)
_PLACEHOLDERS = ", ".join("?" for _ in _COLUMN_LIST)


def db_row(row: dict) -> dict:
    """Every listing column of `row` as stored: `to_db_value` of each, with the common types (None, int,
    ASCII text, finite float) passed through without a call."""
    out = {}
    for column in _COLUMN_LIST:
        value = row.get(column)
        kind = type(value)
        if value is None or kind is int:
            out[column] = value
        elif kind is str and column not in _JSON_COLUMN_SET:
            out[column] = value if value.isascii() else SURROGATE.sub("\ufffd", value)
        elif kind is float and column not in _JSON_COLUMN_SET:
            out[column] = value if math.isfinite(value) else None
        else:
            out[column] = to_db_value(column, value)
    return out


def _facet_counts_sql() -> str:
    columns = ", ".join(FACET_COUNT_COLUMNS)
    # One streaming pass over the partial covering index `listings_open_facets` (its column order is the
    # GROUP BY's), then each facet summed from those combinations.
    combos = (f"SELECT {columns}, count(*) AS n FROM listings INDEXED BY listings_open_facets "
              f"WHERE closed_at IS NULL GROUP BY {columns}")
    parts = [f"SELECT '{c}', CAST({c} AS TEXT), sum(n) FROM combos WHERE {c} IS NOT NULL GROUP BY {c}"
             for c in FACET_COUNT_COLUMNS]
    parts.append("SELECT 'total', NULL, coalesce(sum(n), 0) FROM combos")
    return (f"INSERT INTO facet_counts (facet, value, listings) WITH combos AS MATERIALIZED ({combos}) "
            + " UNION ALL ".join(parts))


FACET_COUNTS_SQL = _facet_counts_sql()


def refresh_facet_counts(db) -> int:
    """Rebuild `facet_counts` in one transaction: per facet (source, occupation, country, remote, engagement,
    pay_unit, is_micro, entry_level) and value, the number of open listings (closed_at IS NULL); NULL values
    are not counted, and the row ('total', NULL, n) holds all open listings. Readers see the old counts or
    the new ones, never a half-built table. `db` is a sqlite_utils Database or a sqlite3 connection.
    Returns the number of rows written."""
    conn = getattr(db, "conn", db)
    with conn:
        conn.execute("DELETE FROM facet_counts")
        written = conn.execute(FACET_COUNTS_SQL).rowcount
        # the research queries' results at their defaults (m013 on): kept in step with the same writes
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'").fetchone() and \
                conn.execute("SELECT 1 FROM _sqlite_migrations WHERE name = 'm013_research_summaries'").fetchone():
            from db.serve import refresh_research_summaries

            refresh_research_summaries(conn)
        return written


_FTS = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
FTS_DELETE_SQL = (f"INSERT INTO listings_fts (listings_fts, rowid, {_FTS}) SELECT 'delete', rowid, {_FTS} "
                  f"FROM listings WHERE id IN ({{ids}})")
FTS_INSERT_SQL = f"INSERT INTO listings_fts (rowid, {_FTS}) SELECT rowid, {_FTS} FROM listings WHERE id IN ({{ids}})"


def _fts_by_ids(conn, sql: str, ids: list[str], chunk: int = 500) -> None:
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        conn.execute(sql.format(ids=", ".join("?" for _ in part)), part)


class CatalogWriter:
    def __init__(self, db_path: str):
        self.db = open_db(db_path)
        # Where a batch is staged before one INSERT ... SELECT into `listings` (this connection only).
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS listings_stage AS SELECT * FROM listings WHERE 0")
        # Set when a write may have changed what `facet_counts` counts (a listing stored, changed, closed
        # or reopened); the counts are rebuilt when a crawl is recorded, and on close.
        self.facets_stale = False

    def refresh_facet_counts(self, *, force: bool = False) -> bool:
        """Rebuild `facet_counts` if a write since the last rebuild may have changed it (or `force`)."""
        if not (self.facets_stale or force):
            return False
        refresh_facet_counts(self.db)
        self.facets_stale = False
        return True

    # --- listings ---
    def upsert_listings(self, rows: Iterable[dict], *, crawl_id: str | None, seen_at: str,
                        keep_lifecycle: bool = False) -> dict:
        """Upsert one batch in one transaction. Returns counts: inserted, updated (content changed),
        changed (a tracked field changed), unchanged, reopened.

        A row whose content hash equals the stored one costs one shared UPDATE of `last_seen_at` (a
        re-crawl mostly sees unchanged listings). `keep_lifecycle` (import) keeps the rows' own
        first/last seen and closed times instead of stamping `seen_at`."""
        latest: dict[str, dict] = {}
        for row in rows:  # a page may repeat an id; the last one wins
            latest[row["id"]] = row
        hashes = {listing_id: content_hash(row) for listing_id, row in latest.items()}
        counts = {"inserted": 0, "updated": 0, "changed": 0, "unchanged": 0, "reopened": 0}
        if not latest:
            return counts
        conn = self.db.conn
        with conn:  # one transaction
            stored_hashes = self._stored_hashes(list(latest))
            unchanged = [i for i, h in hashes.items() if same_content(stored_hashes.get(i, (None,))[0], h, latest[i])]
            upgraded = [(hashes[i], i) for i in unchanged if stored_hashes[i][0] != hashes[i]]
            if upgraded:  # digests of the first format, rewritten in the current one
                conn.executemany("UPDATE listing_hashes SET content_hash = ? WHERE id = ?", upgraded)
            if not keep_lifecycle:
                counts["reopened"] += sum(1 for i in unchanged if stored_hashes[i][1] is not None)
            counts["unchanged"] = len(unchanged)
            if unchanged and not keep_lifecycle:  # an import of an unchanged row changes nothing at all
                # Open listings get only their last_seen_at moved: setting closed_at (even to the NULL it
                # is) would rewrite the entries of every index on closed_at too.
                still_open = [i for i in unchanged if stored_hashes[i][1] is None]
                reopened = [i for i in unchanged if stored_hashes[i][1] is not None]
                for ids, assignments in ((still_open, "last_seen_at = ?"),
                                         (reopened, "last_seen_at = ?, closed_at = NULL")):
                    for start in range(0, len(ids), 500):
                        chunk = ids[start:start + 500]
                        conn.execute(f"UPDATE listings SET {assignments} "
                                     f"WHERE id IN ({', '.join('?' for _ in chunk)})", [seen_at, *chunk])
            unchanged_ids = set(unchanged)
            batch: dict[str, dict] = {}
            items: dict[str, tuple] = {}
            for listing_id, row in latest.items():  # only new and changed rows are converted and written
                if listing_id in unchanged_ids:
                    continue
                batch[listing_id] = db_row(row)
                if row.get(RAW_ITEM_KEY) is not None:
                    item = row[RAW_ITEM_KEY]
                    items[listing_id] = (listing_id, row.get("source"), item.get("fetched_at"),
                                         storable_text(_encode_json(item)))
            existing = self._existing(list(batch)) if batch else {}
            changes = []
            for listing_id, row in batch.items():
                old = existing.get(listing_id)
                if not keep_lifecycle or not row["last_seen_at"]:
                    row["last_seen_at"] = seen_at
                    row["closed_at"] = None
                if old is None:
                    row["first_seen_at"] = (row["first_seen_at"] if keep_lifecycle else None) or seen_at
                    counts["inserted"] += 1
                    continue
                row["first_seen_at"] = min(filter(None, [old["first_seen_at"], row["first_seen_at"] if keep_lifecycle else None]),
                                           default=seen_at)
                counts["updated"] += 1
                counts["reopened"] += old["closed_at"] is not None and row["closed_at"] is None
                row_changes = [
                    {"listing_id": listing_id, "crawl_id": crawl_id, "field": field,
                     "old": _as_text(old[field]), "new": _as_text(row[field]), "changed_at": seen_at}
                    for field in TRACKED_FIELDS if old[field] != row[field]
                ]
                counts["changed"] += bool(row_changes)
                changes.extend(row_changes)
            if batch:
                # FTS for the whole batch in a few statements, the triggers standing aside (m008).
                conn.execute("INSERT INTO listings_fts_deferred (writer) VALUES ('CatalogWriter')")
                new_ids = [i for i in batch if i not in existing]
                if new_ids:
                    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in _COLUMN_LIST if c != "id")
                    self._stage([batch[i] for i in new_ids])
                    conn.execute(f"INSERT INTO listings ({_NAMES}) SELECT {_NAMES} FROM temp.listings_stage WHERE true "
                                 f"ON CONFLICT(id) DO UPDATE SET {updates}")
                # A changed listing gets only the columns that differ (so only the indexes on those columns
                # move), grouped by which columns those are; its FTS entry only when its indexed text changed.
                by_columns: dict[tuple, list[dict]] = {}
                reindex = []
                for listing_id, old in existing.items():
                    row = batch[listing_id]
                    differing = tuple(c for c in _COLUMN_LIST if c != "id" and old[c] != row[c])
                    if differing:
                        by_columns.setdefault(differing, []).append(row)
                    if any(old[c] != row[c] for c in FTS_COLUMNS):
                        reindex.append(listing_id)
                _fts_by_ids(conn, FTS_DELETE_SQL, reindex)  # the stored text leaves the index first
                for differing, rows_ in by_columns.items():
                    self._stage(rows_)
                    assignments = ", ".join(f"[{c}] = s.[{c}]" for c in differing)
                    conn.execute(f"UPDATE listings SET {assignments} FROM temp.listings_stage AS s "
                                 f"WHERE listings.id = s.id")
                _fts_by_ids(conn, FTS_INSERT_SQL, new_ids + reindex)
                conn.execute("DELETE FROM temp.listings_stage")
                conn.execute("DELETE FROM listings_fts_deferred")
                conn.executemany("INSERT OR REPLACE INTO listing_hashes (id, content_hash) VALUES (?, ?)",
                                 [(i, hashes[i]) for i in batch])
            if changes:
                conn.executemany("INSERT INTO listing_changes (listing_id, crawl_id, field, old, new, changed_at) "
                                 "VALUES (:listing_id, :crawl_id, :field, :old, :new, :changed_at)", changes)
            if items:
                conn.executemany("INSERT OR REPLACE INTO listing_items (id, source, fetched_at, item) "
                                 "VALUES (?, ?, ?, ?)", list(items.values()))
        if batch or counts["reopened"]:
            self.facets_stale = True
        return counts

    def _stage(self, rows: list[dict]) -> None:
        """Put rows (converted) in the temporary `listings_stage`, replacing what it held. The rows go to
        `listings` from there in one statement: run row by row, a statement on a table with triggers pays a
        statement journal and an FTS5 savepoint per row (about 40 us each), even when the triggers stand aside."""
        conn = self.db.conn
        conn.execute("DELETE FROM temp.listings_stage")
        conn.executemany(f"INSERT INTO temp.listings_stage ({_NAMES}) VALUES ({_PLACEHOLDERS})",
                         [[row[c] for c in _COLUMN_LIST] for row in rows])

    def _stored_hashes(self, ids: list[str]) -> dict[str, tuple[str, str | None]]:
        """id -> (content hash, closed_at) of stored listings."""
        found = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update((row[0], (row[1], row[2])) for row in self.db.conn.execute(
                f"SELECT h.id, h.content_hash, l.closed_at FROM listing_hashes h JOIN listings l ON l.id = h.id "
                f"WHERE h.id IN ({', '.join('?' for _ in chunk)})", chunk))
        return found

    def _existing(self, ids: list[str]) -> dict[str, dict]:
        found = {}
        fields = _NAMES  # every column: a changed listing is rewritten only where it differs
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            sql = f"SELECT {fields} FROM listings WHERE id IN ({', '.join('?' for _ in chunk)})"
            cursor = self.db.conn.execute(sql, chunk)
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                found[values[0]] = dict(zip(names, values))
        return found

    # --- crawls, rejects, sources ---
    def start_crawl(self, source: str, crawl_id: str, started_at: str | None = None) -> str:
        """Record a running crawl; returns its start time, which is also `last_seen_at` of what it sees.

        Start times of one source are kept strictly increasing (second resolution), so "a crawl started
        after the listing was last seen" is exact even for crawls that follow each other quickly."""
        started = started_at or utc_now_iso()
        previous = self.db.execute("SELECT max(started_at) FROM crawls WHERE source = ?", [source]).fetchone()[0]
        if previous and started <= previous:
            moment = datetime.strptime(previous[:19], "%Y-%m-%dT%H:%M:%S") + timedelta(seconds=1)
            started = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        with self.db.conn:
            # A run still "running" was killed before it could finish: say so (one crawl per source at a time).
            self.db.execute("UPDATE crawls SET status = 'interrupted' WHERE source = ? AND status = 'running'", [source])
            self.db["crawls"].insert(
                {"id": crawl_id, "source": source, "started_at": started, "status": "running"},
                replace=True,
            )
        return started

    def finish_crawl(self, crawl_id: str, **fields) -> None:
        fields.setdefault("finished_at", utc_now_iso())
        if isinstance(fields.get("stats"), dict):
            fields["stats"] = json.dumps(fields["stats"], default=str, sort_keys=True)
        with self.db.conn:
            self.db["crawls"].update(crawl_id, fields)

    def add_reject(self, *, source: str, crawl_id: str | None, reason: str, detail: str, raw) -> None:
        try:
            payload = json.dumps(raw, default=str, ensure_ascii=False)  # always JSON, even for a bare string
        except (ValueError, RecursionError):  # nested too deep or circular: say so instead
            payload = json.dumps(f"(a {type(raw).__name__} too deeply nested to store)")
        with self.db.conn:
            self.db["rejects"].insert({
                "source": storable_text(source), "crawl_id": crawl_id, "reason": reason,
                "detail": storable_text(detail[:2000]), "raw": storable_text(payload), "rejected_at": utc_now_iso(),
            })

    def upsert_source(self, info: dict) -> None:
        with self.db.conn:
            self.db["sources"].upsert(info, pk="name", alter=True)

    def record_source_crawl(self, source: str, *, finished_at: str, success: bool) -> None:
        counts = self.db.execute(
            "SELECT count(*), sum(closed_at IS NULL) FROM listings WHERE source = ?", [source]
        ).fetchone()
        update = {"name": source, "last_crawl_at": finished_at, "listings": counts[0],
                  "open_listings": counts[1] or 0}
        if success:
            update["last_success_at"] = finished_at
        self.upsert_source(update)
        # The end of a crawl's store (after its listings were written and missing ones closed).
        self.refresh_facet_counts()

    # --- lifecycle ---
    def close_missing(self, source: str, *, closed_at: str, after_misses: int = 2) -> int:
        """Close the source's open listings that `after_misses` consecutive complete, good crawls did not see.

        A crawl "missed" a listing when it started after the listing was last seen, so the count needs no
        per-listing state; a suspect, failed or partial crawl is not counted and closes nothing."""
        with self.db.conn:
            cursor = self.db.conn.execute(
                """UPDATE listings SET closed_at = :closed_at
                   WHERE source = :source AND closed_at IS NULL AND (
                     SELECT count(*) FROM crawls
                     WHERE crawls.source = :source AND crawls.status = 'ok' AND crawls.complete = 1
                       AND crawls.started_at > listings.last_seen_at
                   ) >= :misses""",
                {"source": source, "closed_at": closed_at, "misses": max(1, after_misses)},
            )
        if cursor.rowcount:
            self.facets_stale = True
        return cursor.rowcount

    def last_good_items(self, source: str) -> int | None:
        """Items of the source's last complete, good crawl: the yardstick of the health guard."""
        row = self.db.execute(
            "SELECT items FROM crawls WHERE source = ? AND status = 'ok' AND complete = 1 "
            "ORDER BY started_at DESC LIMIT 1", [source]).fetchone()
        return row[0] if row else None

    def touch_listings(self, ids: list[str], *, seen_at: str) -> int:
        """Mark listings seen without rewriting them (an unchanged page answered 304)."""
        touched = 0
        with self.db.conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                cursor = self.db.conn.execute(
                    f"UPDATE listings SET last_seen_at = ?, closed_at = NULL WHERE id IN ({', '.join('?' for _ in chunk)})",
                    [seen_at, *chunk])
                touched += cursor.rowcount
        if touched:
            self.facets_stale = True  # a touched listing may have been closed: it reopens
        return touched

    def close(self) -> None:
        """Refresh stale facet counts, fold the WAL into the main file and close: an immutable reader (the
        demo) ignores the WAL."""
        self.refresh_facet_counts()
        checkpoint(self.db)
        self.db.conn.close()

    def last_crawl_start(self, source: str, *, ok_only: bool = True) -> str | None:
        sql = "SELECT max(started_at) FROM crawls WHERE source = ?"
        if ok_only:
            sql += " AND status IN ('ok', 'suspect')"
        return self.db.execute(sql, [source]).fetchone()[0]


def checkpoint(db) -> None:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _as_text(value) -> str | None:
    return None if value is None else str(value)
