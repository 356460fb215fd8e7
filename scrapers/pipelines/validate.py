"""Pipeline 200: a record missing what the schema requires is quarantined, counted, and the crawl goes on."""
from __future__ import annotations

from scrapy.exceptions import DropItem

from scrapers.pipelines.base import Pipeline

REQUIRED = ("source_id", "title", "url")


class Rejected(DropItem):
    """Raised after a record was written to the rejects sink; Scrapy logs it and moves on."""


def missing_required(raw: dict) -> tuple[str, str] | None:
    if raw.get("extract_error"):
        return "extract_error", str(raw["extract_error"])
    for field in REQUIRED:
        value = raw.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            return f"missing_{field}", f"{field} is empty"
        if field != "source_id" and not isinstance(value, str):
            return f"invalid_{field}", f"{field} is {type(value).__name__}, not text"
    return None


def reject(spider, raw: dict, reason: str, detail: str = "") -> None:
    """Send a record to the rejects sink (the store pipeline) and count it; never returns."""
    stats = spider.crawler.stats
    stats.inc_value("rejects")
    stats.inc_value(f"rejects/{reason}")
    sink = getattr(spider, "rejects_sink", None)
    if sink is not None:
        sink(raw, reason, detail)
    raise Rejected(f"{spider.name}: rejected ({reason}) {detail}".strip())


class ValidatePipeline(Pipeline):
    def process_item(self, item):
        raw = dict(item)
        problem = missing_required(raw)
        if problem:
            reject(self.spider, raw, *problem)
        return item
