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
import time
from collections import Counter

ITEMS_KEY = "microgigs:items"


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


def ingest(redis_url: str, db_path: str, *, batch_size: int = 1000, wait: float = 0.0) -> Counter:
    """Drain the workers' listings into the catalog, in batches; per-source counts.

    With `wait`, keep polling until the list has stayed empty that many seconds (workers still busy)."""
    import redis

    from db.dedupe import refresh_groups
    from db.writer import CatalogWriter, utc_now_iso

    server = redis.Redis.from_url(redis_url)
    writer = CatalogWriter(db_path)
    stamp = utc_now_iso()
    counts: Counter = Counter()
    crawl_ids: dict[str, str] = {}
    seen_at: dict[str, str] = {}
    idle_since = time.monotonic()
    while True:
        raw = server.lpop(ITEMS_KEY, batch_size)
        if not raw:
            if time.monotonic() - idle_since >= wait:
                break
            time.sleep(0.2)
            continue
        idle_since = time.monotonic()
        rows = [json.loads(entry) for entry in raw]
        for source in {row["source"] for row in rows} - set(crawl_ids):
            crawl_ids[source] = f"{source}-ingest-{stamp}"
            seen_at[source] = writer.start_crawl(source, crawl_ids[source], stamp)
        by_source: dict[str, list[dict]] = {}
        for row in rows:
            by_source.setdefault(row["source"], []).append(row)
        for source, source_rows in by_source.items():
            writer.upsert_listings(source_rows, crawl_id=crawl_ids[source], seen_at=seen_at[source])
            counts[source] += len(source_rows)
    finished = utc_now_iso()
    for source, crawl_id in crawl_ids.items():
        # Distributed runs are not "complete" here: ingest cannot tell that every worker finished.
        writer.finish_crawl(crawl_id, finished_at=finished, status="ok", complete=0, items=counts[source],
                            stored=counts[source], requests=0, rejects=0, errors=0)
        writer.record_source_crawl(source, finished_at=finished, success=True)
    writer.refresh_facet_counts(force=True)  # the catalog's facet counts, once all sources are stored
    refresh_groups(db_path)  # copies of one gig among the new or changed listings
    writer.close()
    return counts
