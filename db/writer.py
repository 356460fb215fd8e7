"""Writes to the catalog: batched listing upserts with history, crawl runs, rejects, sources.

One transaction per batch. `first_seen_at` is kept from the stored row, `last_seen_at`
moves to the crawl's time, and a listing seen again is reopened. Tracked fields that
changed are logged in `listing_changes`. db/ knows no site: rows arrive normalized.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import datetime, timedelta, timezone
from typing import Iterable

from db.schema import JSON_COLUMNS, LIFECYCLE_COLUMNS, LISTING_COLUMNS, open_db

# Changes researchers and students care about between crawls.
TRACKED_FIELDS = (
    "title", "pay_min", "pay_max", "pay_currency", "pay_unit", "hours_min", "hours_max",
    "expires_at", "due_at", "description_text",
)


# A normalized row may carry the spider's raw item fields under this key; they go to `listing_items`.
RAW_ITEM_KEY = "_item"


HASHED_COLUMNS = [c for c in LISTING_COLUMNS if c not in LIFECYCLE_COLUMNS]


def content_hash(row: dict) -> str:
    """What a listing says (every column but the lifecycle ones), as one digest of the row as normalized."""
    said = json.dumps([row.get(column) for column in HASHED_COLUMNS], default=str, ensure_ascii=False)
    return hashlib.blake2b(said.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def utc_now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


SURROGATE = re.compile(r"[\ud800-\udfff]")


def storable_text(text: str) -> str:
    """Text SQLite can store as UTF-8: a lone surrogate (from a JSON "\\udcff" escape) becomes U+FFFD."""
    return text if text.isascii() else SURROGATE.sub("\ufffd", text)


def to_db_value(column: str, value):
    if column in JSON_COLUMNS or isinstance(value, (list, dict)):
        return None if value is None else storable_text(json.dumps(value, ensure_ascii=False, default=str))
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str):
        return storable_text(value)
    return value


class CatalogWriter:
    def __init__(self, db_path: str):
        self.db = open_db(db_path)

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
            unchanged = [i for i, h in hashes.items() if stored_hashes.get(i, (None,))[0] == h]
            if not keep_lifecycle:
                counts["reopened"] += sum(1 for i in unchanged if stored_hashes[i][1] is not None)
            counts["unchanged"] = len(unchanged)
            if unchanged and not keep_lifecycle:  # an import of an unchanged row changes nothing at all
                for start in range(0, len(unchanged), 500):
                    chunk = unchanged[start:start + 500]
                    conn.execute(f"UPDATE listings SET last_seen_at = ?, closed_at = NULL "
                                 f"WHERE id IN ({', '.join('?' for _ in chunk)})", [seen_at, *chunk])
            unchanged_ids = set(unchanged)
            batch: dict[str, dict] = {}
            items: dict[str, tuple] = {}
            for listing_id, row in latest.items():  # only new and changed rows are converted and written
                if listing_id in unchanged_ids:
                    continue
                batch[listing_id] = {c: to_db_value(c, row.get(c)) for c in LISTING_COLUMNS}
                if row.get(RAW_ITEM_KEY) is not None:
                    item = row[RAW_ITEM_KEY]
                    items[listing_id] = (listing_id, row.get("source"), item.get("fetched_at"),
                                         storable_text(json.dumps(item, ensure_ascii=False, default=str)))
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
                columns = list(LISTING_COLUMNS)
                placeholders = ", ".join("?" for _ in columns)
                updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "id")
                conn.executemany(
                    f"INSERT INTO listings ({', '.join(f'[{c}]' for c in columns)}) VALUES ({placeholders}) "
                    f"ON CONFLICT(id) DO UPDATE SET {updates}",
                    [[row[c] for c in columns] for row in batch.values()],
                )
                conn.executemany("INSERT OR REPLACE INTO listing_hashes (id, content_hash) VALUES (?, ?)",
                                 [(i, hashes[i]) for i in batch])
            if changes:
                self.db["listing_changes"].insert_all(changes)
            if items:
                conn.executemany("INSERT OR REPLACE INTO listing_items (id, source, fetched_at, item) "
                                 "VALUES (?, ?, ?, ?)", list(items.values()))
        return counts

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
        fields = ", ".join(["id", "first_seen_at", "closed_at", *TRACKED_FIELDS])
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
        payload = json.dumps(raw, default=str, ensure_ascii=False)  # always JSON, even for a bare string
        with self.db.conn:
            self.db["rejects"].insert({
                "source": source, "crawl_id": crawl_id, "reason": reason, "detail": detail[:2000],
                "raw": payload, "rejected_at": utc_now_iso(),
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
        return touched

    def close(self) -> None:
        """Fold the WAL into the main file and close: an immutable reader (the demo) ignores the WAL."""
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
