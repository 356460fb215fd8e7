"""Pipeline 300: turn raw fields into the schema's columns by calling normalize/ (pure functions)."""
from __future__ import annotations

from datetime import datetime, timezone

from normalize.context import InvalidListing, SourceContext
from normalize.listing import normalize_listing
from scrapers.pipelines.base import Pipeline
from scrapers.pipelines.validate import reject


def source_context(spider_cls) -> SourceContext:
    return SourceContext(
        name=spider_cls.name,
        default_currency=getattr(spider_cls, "default_currency", None),
        default_country=getattr(spider_cls, "default_country", None),
        is_marketplace=bool(getattr(spider_cls, "is_marketplace", False)),
    )


class NormalizePipeline(Pipeline):
    def open_spider(self):
        self.context = source_context(type(self.spider))

    def process_item(self, item):
        spider = self.spider
        raw = dict(item)
        try:
            now = datetime.now(timezone.utc)
            row = normalize_listing(raw, source=self.context, now=now)
        except InvalidListing as exc:
            reject(spider, raw, exc.reason, exc.detail)
        except Exception as exc:  # noqa: BLE001 - a normalizer bug quarantines one record, never the crawl
            reject(spider, raw, "normalize_error", f"{type(exc).__name__}: {exc}")
        return row
