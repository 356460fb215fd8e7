"""Pipeline 400: batched upserts into the catalog; the crawl run, its rejects and the lifecycle too.

Enabled when the `MICROGIGS_DB` setting names a database (crawl, demo); `parse` runs without it.
When the spider closes, the run is judged (ok, suspect, failed, skipped); only a complete `ok` run
closes listings it did not see, and a run far below the source's last good count closes nothing.
"""
from __future__ import annotations

from scrapy import signals

from db.writer import CatalogWriter, utc_now_iso
from scrapers.pipelines.base import Pipeline

# A run returning under this share of the last good run's items is suspect (a broken page, a ban).
SUSPECT_SHARE = 0.5


class StorePipeline(Pipeline):
    def __init__(self, crawler, db_path: str | None, batch_size: int, close_after: int):
        super().__init__(crawler)
        self.db_path = db_path
        self.batch_size = batch_size
        self.close_after = close_after
        self.buffer: list[dict] = []
        self.writer: CatalogWriter | None = None
        self.seen_at: str | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(crawler, settings.get("MICROGIGS_DB"), settings.getint("MICROGIGS_BATCH_SIZE", 500),
                   settings.getint("MICROGIGS_CLOSE_AFTER_MISSES", 2))

    def open_spider(self):
        if not self.db_path:
            return
        spider = self.spider
        self.writer = CatalogWriter(self.db_path)
        self.writer.upsert_source({**type(spider).source_info(), "collected": 1})
        # Every listing this run sees is stamped with the run's start: lifecycle compares runs, not clocks.
        self.seen_at = self.writer.start_crawl(spider.name, spider.crawl_id)
        spider.rejects_sink = self.store_reject

    def store_reject(self, raw: dict, reason: str, detail: str) -> None:
        self.writer.add_reject(source=self.spider.name, crawl_id=self.spider.crawl_id,
                               reason=reason, detail=detail, raw=raw.get("raw", raw))

    def process_item(self, item):
        if self.writer is None:
            return item
        self.buffer.append(item)
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    def flush(self):
        if not self.buffer:
            return
        spider = self.spider
        stats = spider.crawler.stats
        batch, self.buffer = self.buffer, []
        try:
            self._write(batch)
        except Exception:  # noqa: BLE001 - one unstorable row must not cost its whole batch
            for row in batch:  # the batch was rolled back: retry one by one, quarantining what fails
                try:
                    self._write([row])
                except Exception as exc:  # noqa: BLE001
                    stats.inc_value("rejects")
                    stats.inc_value("rejects/store_error")
                    self.store_reject({"raw": row.get("raw"), "id": row.get("id")}, "store_error",
                                      f"{row.get('id')}: {type(exc).__name__}: {exc}")

    def _write(self, rows: list[dict]) -> None:
        counts = self.writer.upsert_listings(rows, crawl_id=self.spider.crawl_id, seen_at=self.seen_at)
        stats = self.spider.crawler.stats
        for key, value in counts.items():
            stats.inc_value(f"store/{key}", value)
        stats.inc_value("store/rows", len(rows))

    def close_spider(self):
        if self.writer is not None:
            self.flush()

    def spider_closed(self, spider, reason):
        if self.writer is None:
            return
        stats = spider.crawler.stats
        unchanged = list(getattr(spider, "not_modified_ids", []))
        if unchanged:  # pages that answered 304: their listings are still there
            stats.inc_value("store/not_modified", self.writer.touch_listings(unchanged, seen_at=self.seen_at))
        values = stats.get_stats()
        failures = getattr(spider, "failures", [])
        errors = len(failures) + sum(v for k, v in values.items() if k.startswith("spider_exceptions/"))
        items = int(values.get("item_scraped_count", 0))
        returned = items + int(values.get("item_dropped_count", 0)) + len(unchanged)
        complete = (reason == "finished" and not errors and not getattr(spider, "board_filter", None)
                    and not getattr(spider, "replay_files", None))
        status, why = judge_run(
            preset=getattr(spider, "crawl_status", None), errors=errors, returned=returned, reason=reason,
            last_good=self.writer.last_good_items(spider.name) if complete else None)
        spider.crawl_status = status
        finished = utc_now_iso()
        self.writer.finish_crawl(
            spider.crawl_id, finished_at=finished, status=status, complete=int(complete and status == "ok"),
            requests=int(values.get("downloader/request_count", 0)), items=items,
            stored=int(values.get("store/rows", 0)), rejects=int(values.get("rejects", 0)),
            errors=errors, error_text="\n".join(failures[:20]) or None, suspect_reason=why,
            reopened=int(values.get("store/reopened", 0)), out_of_scope=int(values.get("scope/out", 0)),
            not_modified=len(unchanged), stats=dict(values),
        )
        closed = 0
        if status == "ok" and complete:
            closed = self.writer.close_missing(spider.name, closed_at=finished, after_misses=self.close_after)
            self.writer.finish_crawl(spider.crawl_id, finished_at=finished, closed=closed)
        stats.set_value("lifecycle/closed", closed)
        self.writer.record_source_crawl(spider.name, finished_at=finished, success=status == "ok")
        self.writer.close()


def judge_run(*, preset: str | None, errors: int, returned: int, reason: str,
              last_good: int | None) -> tuple[str, str | None]:
    """(status, why it is suspect): ok, suspect, failed or skipped."""
    if preset == "skipped":
        return "skipped", None
    if errors and not returned:
        return "failed", None
    if errors:
        return "suspect", f"failed midway: {errors} error(s) after {returned} items"
    if reason != "finished":
        return "suspect", f"stopped early ({reason})"
    if last_good and returned < SUSPECT_SHARE * last_good:
        return "suspect", f"{returned} items, under half of the last good crawl's {last_good}"
    return "ok", None
