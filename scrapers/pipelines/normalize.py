"""Pipeline 300: turn raw fields into the schema's columns by calling normalize/ (pure functions)."""
from __future__ import annotations

from datetime import datetime, timezone

from scrapy.exceptions import DropItem

from db.row_check import checked_row
from db.writer import RAW_ITEM_KEY
from normalize.context import InvalidListing, SourceContext
from normalize.listing import normalize_listing
from scrapers.pipelines.base import Pipeline
from scrapers.pipelines.validate import reject


class OutOfScope(DropItem):
    """A listing outside the catalog's scope: counted as scope/out, not stored, not a reject."""


def source_context(spider_cls) -> SourceContext:
    return SourceContext(
        name=spider_cls.name,
        default_currency=getattr(spider_cls, "default_currency", None),
        default_country=getattr(spider_cls, "default_country", None),
        is_marketplace=bool(getattr(spider_cls, "is_marketplace", False)),
    )


# Column -> the raw fields it is read from: counted per crawl as field/<column>/missing (the site gave
# nothing) or field/<column>/invalid (it gave something the normalizer could not read).
FIELD_SOURCES = {
    "company": ("company",),
    "posted_at": ("posted_raw",),
    "expires_at": ("expires_raw",),
    "description_text": ("description_html", "description_text"),
    "pay_min": ("pay_raw", "pay_min_raw", "pay_max_raw"),
    "location_raw": ("location_raw",),  # "Anywhere" rightly has no country: only missing is counted
    "employment_type": ("employment_type_raw",),
}


def field_problems(raw: dict, row: dict) -> list[str]:
    """`<column>/missing` or `<column>/invalid` for each tracked column the listing lacks."""
    problems = []
    for column, raw_fields in FIELD_SOURCES.items():
        if row.get(column) not in (None, "", []):
            continue
        if column == "pay_min" and (row.get("pay_max") is not None or row.get("is_paid") == 0):
            continue  # "up to 500 €" (one end) and "Unpaid" are readings, not unreadable pay
        given = any(raw.get(name) not in (None, "", [], {}) for name in raw_fields)
        problems.append(f"{column}/{'invalid' if given else 'missing'}")
    return problems


def in_scope(row: dict) -> bool:
    """microgigs catalogs short paid work: a full-time permanent role is out unless it is micro, and so is a
    yearly salary that no other commitment (part-time, contract, internship...) qualifies."""
    if row.get("is_micro") or row.get("engagement") not in (None, "full_time"):
        return True
    employment = row.get("employment_type")
    return not (employment == "FULL_TIME" or (employment is None and row.get("pay_unit") == "year"))


class NormalizePipeline(Pipeline):
    def open_spider(self):
        self.context = source_context(type(self.spider))
        self.keep_all = self.crawler.settings.getbool("MICROGIGS_KEEP_ALL")

    def process_item(self, item):
        spider = self.spider
        raw = dict(item)
        try:
            now = datetime.now(timezone.utc)
            # the gate every write path shares (import, ingest, renormalize): http(s), nh3, dates
            row = checked_row(normalize_listing(raw, source=self.context, now=now))
        except InvalidListing as exc:
            reject(spider, raw, exc.reason, exc.detail)
        except Exception as exc:  # noqa: BLE001 - a normalizer bug quarantines one record, never the crawl
            reject(spider, raw, "normalize_error", f"{type(exc).__name__}: {exc}")
        # What the spider extracted, kept so `renormalize` can replay this exact step.
        row[RAW_ITEM_KEY] = {k: v for k, v in raw.items() if k != "raw" and v is not None}
        stats = self.crawler.stats
        for problem in field_problems(raw, row):
            stats.inc_value(f"field/{problem}")
        if not self.keep_all and not in_scope(row):
            stats.inc_value("scope/out")
            raise OutOfScope(f"{row['id']}: full-time permanent role, not short paid work (crawl --all keeps it)")
        return row
