"""The base every microgigs spider stands on.

A spider declares its source (name, kind, home page, terms, limits) as class
attributes and yields `ListingItem`s holding raw values only. This base adds:
replay of saved files (`microgigs parse`), an errback that records why a source
could not be reached, and per-record quarantine so one broken record never
stops the page.
"""
from __future__ import annotations

import json
from typing import Any, Callable, Iterable, Iterator

import scrapy
from scrapy.http import Request, Response

from scrapers.items import ListingItem


class UnparsableResponse(ValueError):
    """The body is not what this source serves (HTML error page, truncated JSON, ...)."""


class ListingSpider(scrapy.Spider):
    # --- what a source declares (recorded in the `sources` table) ---
    source_kind: str = "api"  # api | ats | rss | html | jsonld | thread
    home_url: str = ""
    terms_url: str = ""
    terms: str = ""  # terms of use, in one or two sentences
    attribution: str = ""  # credit the catalog shows on every listing of this source
    rate_limit: str = ""  # the published limit, in words
    min_interval_hours: float = 0  # enforced between crawls of this source
    crawl_every_hours: float = 12  # how often `crawl --due` runs it (never more often than the minimum)
    default_currency: str | None = None  # only when the site documents one
    default_country: str | None = None
    is_marketplace: bool = False  # project marketplace / micro-internship program
    # URL a saved file is assumed to come from in `microgigs parse` without --url
    sample_url: str | None = None

    custom_settings: dict = {}

    def __init__(self, *args, replay_files: list[tuple[str, str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.replay_files = replay_files or []
        self.failures: list[str] = []

    # --- requests ---
    async def start(self):
        # Scrapy >= 2.13 starts here; one sync generator keeps replay and real crawls on one path.
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[Request]:
        if self.replay_files:
            for path, url, *fetched_at in self.replay_files:  # (file, URL[, when it was served])
                meta = {"replay_file": path, **({"replay_fetched_at": fetched_at[0]} if fetched_at else {})}
                yield self.make_request(url, callback=self.parse, dont_filter=True, meta=meta)
            return
        yield from self.initial_requests()

    def initial_requests(self) -> Iterator[Request]:
        for url in self.start_urls:
            yield self.make_request(url, callback=self.parse)

    def make_request(self, url: str, **kwargs) -> Request:
        kwargs.setdefault("errback", self.on_request_error)
        return Request(url, **kwargs)

    def on_request_error(self, failure) -> None:
        from scrapers.middlewares import NotFetchedOffline, NotModified

        if failure.check(NotModified):  # unchanged since the last crawl: its listings were marked seen
            return
        if failure.check(NotFetchedOffline):  # `microgigs parse`: follow-ups are not fetched on purpose
            self.crawler.stats.inc_value("offline/not_fetched")
            return
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        reason = describe_failure(failure)
        self.failures.append(f"{url}: {reason}")
        self.crawler.stats.inc_value(f"source_errors/{type(failure.value).__name__}")
        self.logger.warning("%s could not be fetched: %s", url, reason)

    # --- parsing helpers ---
    def load_json(self, response: Response) -> Any:
        # JSON is UTF-8 (RFC 8259) whatever charset a server declares: read the bytes first, so a wrong
        # Content-Type charset cannot turn "Café" into "CafÃ©"; the declared one only as a fallback.
        try:
            data = json.loads(response.body)
        except ValueError:
            pass
        else:
            self.count_wrong_charset(response)
            return data
        declared = getattr(response, "_declared_encoding", lambda: None)()
        if not declared or declared.replace("-", "").lower() == "utf8":
            # Stray bytes that are no UTF-8 in a UTF-8 page: each becomes U+FFFD, the rest reads right
            # (guessing a single-byte charset instead would garble every other accented letter).
            try:
                data = json.loads(response.body.decode("utf-8", "replace"))
            except ValueError:
                pass
            else:
                self.crawler.stats.inc_value("encoding/invalid_utf8_replaced")
                return data
        try:
            return json.loads(response.text)
        except (ValueError, AttributeError) as exc:
            start = response.body[:80].decode("utf-8", "replace").strip()
            raise UnparsableResponse(
                f"{self.name}: {response.url} is not valid JSON ({exc}); body starts {start!r}"
            ) from None

    def count_wrong_charset(self, response: Response) -> None:
        """A UTF-8 JSON body the server declared in another charset: read right, and counted."""
        declared = getattr(response, "_declared_encoding", lambda: None)()
        if declared and declared.replace("-", "").replace("_", "").lower() not in ("utf8", "ascii", "usascii") \
                and not response.body.isascii():
            self.crawler.stats.inc_value("encoding/declared_not_utf8")  # e.g. iso-8859-1 (Scrapy: cp1252)

    def items_from_records(
        self, records: Iterable[Any], to_item: Callable[[Any], ListingItem | None]
    ) -> Iterator[ListingItem]:
        """Apply `to_item` to each record; a record that breaks it is quarantined, not lost."""
        for record in records:
            try:
                item = to_item(record)
            except Exception as exc:  # noqa: BLE001 - any site quirk must not stop the page
                self.crawler.stats.inc_value("extract_errors")
                yield ListingItem(
                    raw=record, extract_error=f"{type(exc).__name__}: {exc}"
                )
                continue
            if item is not None:
                yield item

    @classmethod
    def source_info(cls) -> dict:
        """The row this source contributes to the `sources` table."""
        return {
            "name": cls.name,
            "kind": cls.source_kind,
            "home_url": cls.home_url,
            "terms_url": cls.terms_url,
            "terms": cls.terms,
            "attribution": cls.attribution,
            "rate_limit": cls.rate_limit,
            "min_interval_hours": cls.min_interval_hours,
            "default_currency": cls.default_currency,
            "is_marketplace": int(cls.is_marketplace),
        }


def describe_failure(failure) -> str:
    """One human line for a download failure."""
    from scrapy.spidermiddlewares.httperror import HttpError

    exc = failure.value
    if isinstance(exc, HttpError):
        return f"HTTP {exc.response.status}"
    if type(exc).__name__ == "DownloadCancelledError":  # what Scrapy raises past DOWNLOAD_MAXSIZE
        return "download cancelled: the response grew past the size cap (DOWNLOAD_MAXSIZE)"
    text = str(exc).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:300]


def dig(record: Any, path: str, default: Any = None) -> Any:
    """`dig(job, "company.name")`: a dotted path into nested dicts/lists, None-safe."""
    current = record
    for part in path.split("."):
        if isinstance(current, dict):
            current = current.get(part)
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return default
        if current is None:
            return default
    return current
