"""Pipeline 200: a record missing what the schema requires is quarantined, counted, and the crawl goes on.

The check itself is normalize.listing.required_problem, so `renormalize` applies the same rule."""
from __future__ import annotations

from scrapy.exceptions import DropItem

from normalize.listing import required_problem
from scrapers.pipelines.base import Pipeline


class Rejected(DropItem):
    """Raised after a record was written to the rejects sink; Scrapy logs it and moves on."""


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
        problem = required_problem(item)
        if problem:
            reject(self.spider, dict(item), problem.reason, problem.detail)
        return item
