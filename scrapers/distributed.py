"""A crawl spread over several machines, on scrapy-redis: workers share one request queue and one
dupefilter in Redis and push normalized listings to one Redis list; one writer drains that list into
SQLite (SQLite has one writer).

    microgigs crawl --redis redis://host:6379/0 --run 2026-11-25    # on each worker machine
    microgigs ingest --redis redis://host:6379/0 --db catalog.db     # on the machine with the catalog

Workers of one run share the keys `microgigs:<run>:<source>:requests|dupefilter`; a new run id starts
a fresh crawl. Normalization happens on the workers (pipelines 100-300), storage in `ingest`.
"""
from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections import Counter
from dataclasses import dataclass

ITEMS_KEY = "microgigs:items"
# One ingest at a time: two would read the same head and each trim it, the second past what it stored.
LOCK_KEY = "microgigs:ingest-lock"
LOCK_SECONDS = 300  # renewed every batch; a killed ingest's lock lapses after this


class IngestBusy(Exception):
    """Another ingest holds the lock on the listings list."""


def worker_settings(redis_url: str, run: str) -> dict:
    """Scrapy settings overrides that turn `crawl` into a scrapy-redis worker."""
    from scrapers.settings import ITEM_PIPELINES

    pipelines = {path: order for path, order in ITEM_PIPELINES.items() if not path.endswith("StorePipeline")}
    pipelines["scrapy_redis.pipelines.RedisPipeline"] = 400
    import os

    from scrapers.settings import MICROGIGS_WORKER_CONCURRENCY

    return {
        # A worker takes from the shared queue only what it can download now, leaving the rest to others.
        "CONCURRENT_REQUESTS": int(os.environ.get("MICROGIGS_WORKER_CONCURRENCY") or MICROGIGS_WORKER_CONCURRENCY),
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,  # other workers may still be crawling when one finishes
        "SCHEDULER_QUEUE_KEY": f"microgigs:{run}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"microgigs:{run}:%(spider)s:dupefilter",
        "SCHEDULER_IDLE_BEFORE_CLOSE": 2,
        "REDIS_URL": redis_url,
        "REDIS_ITEMS_KEY": ITEMS_KEY,
        "ITEM_PIPELINES": pipelines,
        "MICROGIGS_DB": None,
    }


@dataclass
class IngestReport:
    stored: Counter  # per source
    rejected: Counter  # per source ("ingest" for an item that named none)


def ingest(redis_url: str, db_path: str, *, batch_size: int = 1000, wait: float = 0.0) -> IngestReport:
    """Drain the workers' listings into the catalog, in batches; per-source counts of listings stored.

    Each item passes the gate a crawl's rows pass (db/row_check.py); one that does not (not JSON, nested too
    deep, a javascript: link...) goes to `rejects` with its reason and costs no other. A batch is read with
    LRANGE and removed with LTRIM only once it is stored: a killed ingest loses nothing (what it had stored
    is read again next time, and stored unchanged). Workers RPUSH to the tail; the head is read by one ingest
    at a time (a lock in Redis, IngestBusy for a second one), so what it trims is what it stored.
    With `wait`, keep polling until the list has stayed empty that many seconds (workers still busy)."""
    import redis

    server = redis.Redis.from_url(redis_url)
    token = uuid.uuid4().hex
    if not server.set(LOCK_KEY, token, nx=True, ex=LOCK_SECONDS):
        raise IngestBusy(f"another ingest is draining {redis_url} (its lock {LOCK_KEY} lapses within "
                         f"{LOCK_SECONDS} s of its last batch)")
    try:
        return _drain(server, db_path, batch_size=batch_size, wait=wait, token=token)
    finally:
        if server.get(LOCK_KEY) == token.encode():
            server.delete(LOCK_KEY)


def _drain(server, db_path: str, *, batch_size: int, wait: float, token: str) -> IngestReport:
    from db.row_check import checked_row
    from db.dedupe import refresh_groups
    from db.writer import RAW_ITEM_KEY, CatalogWriter, utc_now_iso
    from normalize.context import InvalidListing

    writer = CatalogWriter(db_path)
    stamp = utc_now_iso()
    counts: Counter = Counter()
    rejects: Counter = Counter()
    crawl_ids: dict[str, str] = {}
    seen_at: dict[str, str] = {}
    idle_since = time.monotonic()

    def reject(source: str, reason: str, detail: str, entry: bytes) -> None:
        rejects[source] += 1
        writer.add_reject(source=source, crawl_id=crawl_ids.get(source, f"ingest-{stamp}"), reason=reason,
                          detail=detail, raw=entry[:10_000].decode("utf-8", "replace"))

    def store(source: str, rows: list[tuple[dict, bytes]]) -> None:
        try:
            writer.upsert_listings([row for row, _ in rows], crawl_id=crawl_ids[source], seen_at=seen_at[source])
            counts[source] += len(rows)
        except sqlite3.OperationalError:
            raise  # the catalog itself (locked, disk full): nothing is removed from the queue
        except Exception:  # noqa: BLE001 - rolled back: one by one, so one unstorable row costs no other
            if len(rows) == 1:
                raise
            for row, entry in rows:
                try:
                    store(source, [(row, entry)])
                except sqlite3.OperationalError:
                    raise
                except Exception as exc:  # noqa: BLE001
                    reject(source, "store_error", f"{row['id']}: {type(exc).__name__}: {exc}", entry)

    while True:
        if server.get(LOCK_KEY) != token.encode():  # lapsed and taken: this ingest must not trim any more
            raise IngestBusy(f"the ingest lock {LOCK_KEY} lapsed and was taken by another ingest; stopped")
        server.expire(LOCK_KEY, LOCK_SECONDS)
        raw = server.lrange(ITEMS_KEY, 0, batch_size - 1)
        if not raw:
            if time.monotonic() - idle_since >= wait:
                break
            time.sleep(0.2)
            continue
        idle_since = time.monotonic()
        by_source: dict[str, list[tuple[dict, bytes]]] = {}
        refused: list[tuple[str, str, bytes]] = []  # quarantined once the batch is stored, not before
        for entry in raw:
            try:
                row = checked_row(json.loads(entry), keep=(RAW_ITEM_KEY,))
            except (ValueError, RecursionError) as exc:  # InvalidListing is a ValueError too
                reason = exc.reason if isinstance(exc, InvalidListing) else "not_json"
                detail = exc.detail if isinstance(exc, InvalidListing) else f"not JSON ({type(exc).__name__})"
                refused.append((reason, detail, entry))
                continue
            by_source.setdefault(row["source"], []).append((row, entry))
        for source in set(by_source) - set(crawl_ids):
            crawl_ids[source] = f"{source}-ingest-{stamp}"
            seen_at[source] = writer.start_crawl(source, crawl_ids[source], stamp)
        for source, source_rows in by_source.items():
            store(source, source_rows)
        for reason, detail, entry in refused:
            reject("ingest", reason, detail, entry)
        server.ltrim(ITEMS_KEY, len(raw), -1)  # only now: what was read is stored or quarantined
    finished = utc_now_iso()
    for source, crawl_id in crawl_ids.items():
        # Distributed runs are not "complete" here: ingest cannot tell that every worker finished.
        writer.finish_crawl(crawl_id, finished_at=finished, status="ok", complete=0, items=counts[source] + rejects[source],
                            stored=counts[source], requests=0, rejects=rejects[source], errors=0)
        writer.record_source_crawl(source, finished_at=finished, success=True)
    writer.refresh_facet_counts(force=True)  # the catalog's facet counts, once all sources are stored
    refresh_groups(db_path)  # copies of one gig among the new or changed listings
    writer.close()
    return IngestReport(counts, rejects)
