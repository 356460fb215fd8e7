"""`microgigs renormalize`: re-run the normalizer over stored listings, no network.

Each listing's raw item fields (`listing_items`, what the spider extracted) and record (`raw`) go
through `normalize_listing` exactly as in a crawl, with the fetch time as `now`, so relative dates
resolve as they did. Only columns whose value the current rules compute differently are updated;
lifecycle columns are never touched, and changes of tracked fields are logged like a crawl's.
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone

from db.row_check import checked_row
from db.dedupe import refresh_groups
from db.schema import LIFECYCLE_COLUMNS, LISTING_COLUMNS, open_db
from db.writer import TRACKED_FIELDS, checkpoint, refresh_facet_counts, to_db_value, utc_now_iso
from normalize.context import InvalidListing, SourceContext
from normalize.listing import normalize_listing

KEPT_COLUMNS = {"id", *LIFECYCLE_COLUMNS}


@dataclass
class RenormalizeReport:
    listings: int = 0
    changed: int = 0
    without_item: int = 0  # stored without raw item fields (imported, or crawled before they were kept)
    now_invalid: int = 0  # the current rules reject it: kept as stored, counted
    columns: Counter = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = [f"renormalized {self.listings} listings: {self.changed} changed, "
               f"{self.listings - self.changed - self.now_invalid} unchanged"]
        if self.now_invalid:
            out.append(f"{self.now_invalid} would now be rejected (kept as stored)")
        if self.without_item:
            out.append(f"{self.without_item} without raw item fields (imported or crawled long ago): only checked "
                       "and cleaned as a crawl's rows are; crawl them again to renormalize them")
        if self.columns:
            out.append("columns changed: " + ", ".join(f"{c} {n}" for c, n in self.columns.most_common()))
        return out


def source_contexts() -> dict[str, SourceContext]:
    from scrapers.pipelines.normalize import source_context
    from scrapers.runner import spider_classes

    return {name: source_context(cls) for name, cls in spider_classes().items()}


def fetched_moment(value: str | None) -> datetime:
    try:
        return datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return datetime.now(timezone.utc)


def renormalized_row(stored: dict, item_json: str | None, contexts: dict[str, SourceContext]) -> dict | None:
    """The stored listing's raw item fields through the crawl's normalizer and gate (db/row_check.py);
    None when it has none. InvalidListing when the current rules reject it."""
    if item_json is None:
        return None
    try:
        item = json.loads(item_json)
        item["raw"] = json.loads(stored["raw"]) if stored["raw"] else None
    except (ValueError, TypeError, RecursionError) as exc:  # TypeError: an item that is not an object
        raise InvalidListing("invalid_item", f"{stored['id']}: stored item fields unreadable: {exc}") from None
    context = contexts.get(stored["source"]) or SourceContext(name=stored["source"])
    return checked_row(normalize_listing(item, source=context, now=fetched_moment(item.get("fetched_at"))))


def stored_row_checked(stored: dict) -> dict | None:
    """A stored row without item fields through the gate alone (None if it would be rejected now)."""
    try:
        return checked_row(stored, json_text=True)
    except InvalidListing:
        return None


def renormalize(db_path: str, *, source: str | None = None, batch_size: int = 1000, workers: int | None = None,
                progress: bool = True) -> RenormalizeReport:
    """`workers` processes (default: every core) read and normalize batches of listings and return only the
    columns that changed; this process is the one writer, storing them in transactions of `batch_size`."""
    db = open_db(db_path)
    workers = max(1, workers or os.cpu_count() or 1)
    report = RenormalizeReport()
    where, params = ("WHERE l.source = ?", [source]) if source else ("", [])
    ids = [r[0] for r in db.execute(f"SELECT l.id FROM listings l {where} ORDER BY l.id", params).fetchall()]
    stamp = utc_now_iso()
    crawl_id = f"renormalize-{stamp}"
    # batches small enough to keep every worker busy on a small catalog, at most one transaction each
    chunk = max(1, min(batch_size, WORK_BATCH, -(-len(ids) // (4 * workers))))
    batches = [ids[start:start + chunk] for start in range(0, len(ids), chunk)]
    bar = _progress(len(ids), progress)
    pending_updates, pending_changes = [], []

    def store(force: bool = False) -> None:
        if not pending_updates or (len(pending_updates) < batch_size and not force):
            return
        # One statement per set of changed columns (a changed rule changes the same few columns throughout).
        by_columns: dict[tuple, list] = {}
        for listing_id, columns, values in pending_updates:
            by_columns.setdefault(columns, []).append((*values, listing_id))
        with db.conn:
            for columns, rows in by_columns.items():
                assignments = ", ".join(f"[{c}] = ?" for c in columns)
                db.conn.executemany(f"UPDATE listings SET {assignments} WHERE id = ?", rows)
            db.conn.executemany(CHANGE_INSERT, pending_changes)
        pending_updates.clear()
        pending_changes.clear()

    def take(outcome: BatchOutcome) -> None:
        report.listings += outcome.listings
        report.changed += len(outcome.updates)
        report.without_item += outcome.without_item
        report.now_invalid += outcome.now_invalid
        for _, columns, _ in outcome.updates:
            report.columns.update(columns)
        pending_updates.extend(outcome.updates)
        pending_changes.extend((*change, crawl_id, stamp) for change in outcome.changes)
        store()
        bar.update(outcome.listings)

    _prepare(stamp)
    if workers == 1 or len(batches) < 2:
        _connect(db_path)
        for batch in batches:
            take(_renormalize_batch(batch))
        _WORKER.pop("conn").close()
    else:
        # What the workers inherit (the language model, the compiled rules) is never collected again: the
        # collector would otherwise touch every inherited object in each worker and copy its page.
        gc.collect()
        gc.freeze()
        try:
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                     initializer=_connect, initargs=(db_path,)) as pool:
                for outcome in pool.map(_renormalize_batch, batches):  # in order; the pool runs ahead of the writer
                    take(outcome)
        finally:
            gc.unfreeze()
    store(force=True)
    bar.close()
    refresh_facet_counts(db)  # occupation, remote, country... may have been computed differently
    refresh_groups(db_path)  # a changed title, text or rank in a group
    checkpoint(db)
    db.conn.close()
    return report


WORK_BATCH = 250  # listings a worker normalizes per task: big enough that sending ids and results costs little
CHANGE_INSERT = ("INSERT INTO listing_changes (listing_id, field, old, new, crawl_id, changed_at) "
                 "VALUES (?, ?, ?, ?, ?, ?)")


@dataclass
class BatchOutcome:
    """What a worker sends back, in plain tuples (cheap to pickle): only the listings that changed."""
    listings: int = 0
    without_item: int = 0
    now_invalid: int = 0
    updates: list = field(default_factory=list)  # (listing id, (column, ...), (new value, ...))
    changes: list = field(default_factory=list)  # (listing id, field, old, new) of tracked fields


_WORKER: dict = {}  # the sources' contexts, the run's stamp and query; per process, a read-only connection


def _prepare(stamp: str) -> None:
    """What every worker needs, made once here before the workers fork (they share it, copy-on-write)."""
    from normalize.listing import _language_model

    _language_model()  # loaded once (about 0.5 s), not once per worker
    columns = list(LISTING_COLUMNS)
    select = ", ".join(f"l.[{c}]" for c in columns)
    _WORKER.update(contexts=source_contexts(), stamp=stamp, columns=columns,
                   sql=f"SELECT {select}, i.item FROM listings l LEFT JOIN listing_items i ON i.id = l.id WHERE l.id IN ")


def _connect(db_path: str) -> None:
    """A worker's own read-only connection (a connection must not cross a fork); workers never write."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.execute("PRAGMA busy_timeout = 30000")
    _WORKER["conn"] = conn


def _renormalize_batch(ids: list[str]) -> BatchOutcome:
    """One batch read and renormalized: the columns of each listing that the current rules compute differently."""
    conn, contexts, columns = _WORKER["conn"], _WORKER["contexts"], _WORKER["columns"]
    rows = conn.execute(_WORKER["sql"] + f"({', '.join('?' for _ in ids)})", ids).fetchall()
    outcome = BatchOutcome()
    for values in rows:
        stored = dict(zip(columns, values))
        outcome.listings += 1
        try:
            row = renormalized_row(stored, values[-1], contexts)
        except InvalidListing:
            outcome.now_invalid += 1
            continue
        if row is None:
            outcome.without_item += 1
            row = stored_row_checked(stored)  # an imported row: at least cleaned as a crawl's would be
            if row is None:
                outcome.now_invalid += 1
                continue
        new = {c: to_db_value(c, row.get(c)) for c in columns if c not in KEPT_COLUMNS}
        differing = {c: v for c, v in new.items() if v != stored[c]}
        if not differing:
            continue
        outcome.updates.append((stored["id"], tuple(differing), tuple(differing.values())))
        outcome.changes += [(stored["id"], c, _text(stored[c]), _text(v))
                            for c, v in differing.items() if c in TRACKED_FIELDS]
    return outcome


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="listing", file=sys.stderr, disable=not enabled, leave=False)


def _text(value) -> str | None:
    return None if value is None else str(value)
