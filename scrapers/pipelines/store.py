"""Pipeline 400: batched upserts into the catalog; the crawl run and its rejects are recorded too.

Enabled when the `MICROGIGS_DB` setting names a database (crawl, demo); `parse` runs without it.
"""
from __future__ import annotations

from db.writer import CatalogWriter, utc_now_iso
from scrapers.pipelines.base import Pipeline


class StorePipeline(Pipeline):
    def __init__(self, crawler, db_path: str | None, batch_size: int):
        super().__init__(crawler)
        self.db_path = db_path
        self.batch_size = batch_size
        self.buffer: list[dict] = []
        self.writer: CatalogWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("MICROGIGS_DB"), crawler.settings.getint("MICROGIGS_BATCH_SIZE", 500))

    def open_spider(self):
        if not self.db_path:
            return
        spider = self.spider
        self.writer = CatalogWriter(self.db_path)
        self.writer.upsert_source({**type(spider).source_info(), "collected": 1})
        self.writer.start_crawl(spider.name, spider.crawl_id)
        spider.rejects_sink = self.store_reject

    def store_reject(self, raw: dict, reason: str, detail: str) -> None:
        self.writer.add_reject(source=self.spider.name, crawl_id=self.spider.crawl_id,
                               reason=reason, detail=detail, raw=raw.get("raw", raw))

    def process_item(self, item):
        if self.writer is None:
            return item
        self.buffer.append(item)
        if len(self.buffer) >= self.batch_size:
            self.flush(self.spider)
        return item

    def flush(self, spider):
        if not self.buffer:
            return
        counts = self.writer.upsert_listings(self.buffer, crawl_id=spider.crawl_id, seen_at=utc_now_iso())
        stats = spider.crawler.stats
        for key, value in counts.items():
            stats.inc_value(f"store/{key}", value)
        stats.inc_value("store/rows", len(self.buffer))
        self.buffer = []

    def close_spider(self):
        if self.writer is None:
            return
        spider = self.spider
        self.flush(spider)
        stats = spider.crawler.stats.get_stats()
        failures = getattr(spider, "failures", [])
        errors = len(failures) + int(stats.get("spider_exceptions/count", 0) or sum(
            v for k, v in stats.items() if k.startswith("spider_exceptions/")))
        items = int(stats.get("item_scraped_count", 0))
        status = status_of(errors=errors, items=items, requests=int(stats.get("downloader/request_count", 0)))
        finished = utc_now_iso()
        spider.crawl_status = status
        self.writer.finish_crawl(
            spider.crawl_id, finished_at=finished, status=status,
            requests=int(stats.get("downloader/request_count", 0)), items=items,
            stored=int(stats.get("store/rows", 0)), rejects=int(stats.get("rejects", 0)),
            errors=errors, error_text="\n".join(failures[:20]) or None,
            stats={k: v for k, v in stats.items()},
        )
        self.writer.record_source_crawl(spider.name, finished_at=finished, success=status in ("ok", "partial"))
        self.writer.close()


def status_of(*, errors: int, items: int, requests: int) -> str:
    if errors and not items:
        return "failed"
    if errors:
        return "partial"
    return "ok"
