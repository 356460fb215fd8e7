"""Replay: run the real spiders without the network.

Two ways, one middleware:
- a request carrying `meta["replay_file"]` is answered from that saved file, under the request's URL
  (`microgigs parse`); with MICROGIGS_OFFLINE any other request is refused;
- with MICROGIGS_REPLAY_URL set, every request goes to that local server as `/<scheme>/<host>/<path>?<query>`
  and the response gets its real URL back, so spiders see the site they asked for (`microgigs demo`, tests).
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.responsetypes import responsetypes

REAL_URL = "microgigs_real_url"


def replay_path(url: str) -> str:
    """The path a replay server serves `url` under."""
    parts = urlsplit(url)
    path = f"/{parts.scheme}/{parts.netloc}{parts.path or '/'}"
    return f"{path}?{parts.query}" if parts.query else path


class ReplayMiddleware:
    def __init__(self, replay_url: str | None, offline: bool):
        self.replay_url = replay_url.rstrip("/") if replay_url else None
        self.offline = offline

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("MICROGIGS_REPLAY_URL"), crawler.settings.getbool("MICROGIGS_OFFLINE"))

    def process_request(self, request, spider=None):
        path = request.meta.get("replay_file")
        if path:
            body = Path(path).read_bytes()
            cls = response_class(path, body)
            return cls(url=request.url, body=body, request=request, status=200)
        if self.offline:
            raise IgnoreRequest(f"offline: not fetching {request.url}")
        if self.replay_url and REAL_URL not in request.meta:
            request.meta[REAL_URL] = request.url
            return request.replace(url=self.replay_url + replay_path(request.url))
        return None

    def process_response(self, request, response, spider=None):
        real = request.meta.get(REAL_URL)
        if real and response.url != real:
            return response.replace(url=real)
        return response


def response_class(path: str, body: bytes):
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm", ".txt"):
        return HtmlResponse
    if suffix in (".xml", ".rss", ".atom"):
        return XmlResponse
    if suffix in (".json", ".jsonl", ".yml", ".yaml"):
        return TextResponse
    cls = responsetypes.from_args(filename=path, body=body)
    return cls if issubclass(cls, TextResponse) else TextResponse


class RateLimitHeadersMiddleware:
    """Honour a site's own rate-limit headers (Reddit's `x-ratelimit-remaining` / `x-ratelimit-reset`):
    when the budget is spent, the host's download slot waits until the reset, as AutoThrottle would."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response, spider=None):
        remaining = _header_number(response, b"x-ratelimit-remaining")
        reset = _header_number(response, b"x-ratelimit-reset")
        if remaining is None or reset is None or remaining >= 1:
            return response
        key = request.meta.get("download_slot")
        slot = self.crawler.engine.downloader.slots.get(key) if key else None
        if slot is not None:
            wait = min(max(reset, 0.0), 600.0)
            slot.delay = max(slot.delay, wait)
            # A stated reset is a minimum: no random shortening (`jitter` in Scrapy >= 2.19).
            if hasattr(slot, "jitter"):
                slot.jitter = 0
            slot.randomize_delay = False
            self.crawler.stats.inc_value("ratelimit/waits")
            self.crawler.stats.max_value("ratelimit/max_wait_seconds", wait)
        return response


def _header_number(response, name: bytes) -> float | None:
    value = response.headers.get(name)
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class UnparsableResponseMiddleware:
    """A body that is not what the source serves (an HTML error page, truncated JSON) is an expected
    failure of that source: one line in the crawl report and a stat, not a traceback."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_spider_exception(self, response, exception, spider=None):
        from scrapers.platforms.base import UnparsableResponse

        if not isinstance(exception, UnparsableResponse):
            return None  # a bug: let Scrapy log it with its traceback
        spider = spider or self.crawler.spider
        where = response.meta.get("replay_file") or response.url
        getattr(spider, "failures", []).append(f"{where}: {exception}"[:500])
        self.crawler.stats.inc_value("source_errors/UnparsableResponse")
        spider.logger.warning("unparsable response %s: %s", response.url, exception)
        return []
