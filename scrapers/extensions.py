"""Crawl extensions: why a source failed, in one line; and stopping a source on time."""
from __future__ import annotations

from scrapy import signals
from twisted.python.failure import Failure


class RecordSpiderErrors:
    @classmethod
    def from_crawler(cls, crawler):
        ext = cls()
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        return ext

    def spider_error(self, failure, response, spider):
        failures = getattr(spider, "failures", None)
        if failures is not None:
            where = response.meta.get("replay_file") or response.url
            failures.append(f"{where}: {failure.getErrorMessage()}"[:500])


def drop_waiting_requests(crawler) -> int:
    """Fail every request still waiting in a download slot (a slot's delay can be minutes long), so that
    closing the spider does not wait for them; and refuse new ones (see PublicAddressMiddleware)."""
    from scrapers.middlewares import Stopping

    crawler.microgigs_stopping = True
    engine = getattr(crawler, "engine", None)
    downloader = getattr(engine, "downloader", None)
    dropped = 0
    for slot in list(getattr(downloader, "slots", {}).values()):
        while slot.queue:
            request, waiting = slot.queue.popleft()
            waiting.errback(Failure(Stopping(f"not fetched: the crawl is stopping ({request.url})")))
            dropped += 1
    if dropped and crawler.stats is not None:
        crawler.stats.inc_value("stop/dropped_requests", dropped)
    return dropped


class SourceTimeLimit:
    """Each source's wall-clock limit (MICROGIGS_SOURCE_TIME_LIMIT seconds, 0 = none): when it is reached,
    waiting requests are dropped and the spider closes with the reason `time_limit` (a download in
    flight still has its DOWNLOAD_TIMEOUT); the run counts it as a failure, so it is never `ok`."""

    def __init__(self, crawler, limit: float):
        self.crawler = crawler
        self.limit = limit
        self.timer = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat("MICROGIGS_SOURCE_TIME_LIMIT", 0))

    def spider_opened(self, spider):
        if self.limit > 0:
            from twisted.internet import reactor

            self.timer = reactor.callLater(self.limit, self.time_up)

    def time_up(self):
        self.timer = None
        self.crawler.stats.set_value("stop/time_limit_seconds", self.limit)
        failures = getattr(self.crawler.spider, "failures", None)
        if failures is not None:
            failures.insert(0, f"stopped at its time limit of {self.limit:g} s (MICROGIGS_SOURCE_TIME_LIMIT)")
        drop_waiting_requests(self.crawler)
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(self.crawler.engine.close_spider_async(reason="time_limit"))

    def spider_closed(self, spider):
        if self.timer is not None and self.timer.active():
            self.timer.cancel()
        self.timer = None
