"""Run spiders through the one item pipeline, for crawl, demo and parse alike."""
from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader


def project_settings(**overrides) -> Settings:
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    for key in [k for k in settings if k.startswith("MICROGIGS_")]:
        if os.environ.get(key):  # e.g. MICROGIGS_BATCH_SIZE=50; command-line options still win
            settings.set(key, os.environ[key], priority="project")
    for key, value in overrides.items():
        # "cmdline" priority beats a spider's custom_settings (e.g. replay needs no delay).
        settings.set(key, value, priority="cmdline")
    from scrapers.middlewares import BrowserRequestGuard

    # What Chromium fetches for a rendered page obeys the same address rules as every other request.
    settings.set("PLAYWRIGHT_ABORT_REQUEST", BrowserRequestGuard(settings.get("MICROGIGS_REPLAY_URL")),
                 priority="cmdline")
    return settings


def spider_classes() -> dict[str, type]:
    loader = SpiderLoader.from_settings(project_settings())
    return {name: loader.load(name) for name in sorted(loader.list())}


@dataclass
class SourceRun:
    name: str
    status: str = "ok"
    items: int = 0
    stored: int = 0
    rejects: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    closed: int = 0
    out_of_scope: int = 0

    @property
    def reject_count(self) -> int:
        return sum(self.rejects.values())

    def line(self) -> str:
        text = f"{self.name}: {self.status}, {self.items} listings"
        if self.stored:
            text += f" ({self.stored} stored)"
        if self.out_of_scope:
            text += f", {self.out_of_scope} out of scope"
        if self.closed:
            text += f", {self.closed} closed"
        if self.rejects:
            text += ", rejected " + ", ".join(f"{n} {reason}" for reason, n in sorted(self.rejects.items()))
        if self.failures:
            more = f" (+{len(self.failures) - 1} more)" if len(self.failures) > 1 else ""
            text += f"; {self.failures[0]}{more}"
        return text


def run_spiders(classes: list[type], settings: Settings, spider_kwargs: dict[str, dict] | None = None,
                on_finish: Callable[[SourceRun], None] | None = None) -> list[SourceRun]:
    """Run the spiders in one process (one reactor) and report each source's outcome; `on_finish` gets
    each source's run as soon as that source ends.

    SIGINT/SIGTERM stop the crawl: requests still waiting are dropped and the spiders close; whatever has
    not closed STOP_GRACE_SECONDS later is abandoned. Either way its run is `interrupted`, in the report
    and in the `crawls` table."""
    process = CrawlerProcess(settings)
    crawlers = []
    stop = _StopOnSignal(process, crawlers)
    reported: dict[int, SourceRun] = {}

    def report(crawler) -> SourceRun:
        if id(crawler) not in reported:
            reported[id(crawler)] = source_run(crawler, interrupted=stop.signal is not None)
            if on_finish is not None:
                on_finish(reported[id(crawler)])
        return reported[id(crawler)]

    for cls in classes:
        crawler = process.create_crawler(cls)
        crawlers.append(crawler)
        done = process.crawl(crawler, **(spider_kwargs or {}).get(cls.name, {}))
        done.addBoth(lambda result, crawler=crawler: (report(crawler), result)[1])
    with stop.installed():
        process.start(install_signal_handlers=False)
    if stop.abandoned:
        _release_thread_pool()
    runs = [report(crawler) for crawler in crawlers]
    if stop.signal is not None:
        mark_interrupted(settings.get("MICROGIGS_DB"), crawlers)
    if settings.get("MICROGIGS_DB"):  # the listings are stored: group the copies of one gig among them
        from db.dedupe import refresh_groups

        refresh_groups(settings.get("MICROGIGS_DB"))
    return runs


# A run stopped by anything but its own end ("finished") or its time limit was interrupted.
ENDED_ON_ITS_OWN = ("finished", "time_limit", "closespider_timeout")


def source_run(crawler, *, interrupted: bool = False) -> SourceRun:
    stats = crawler.stats.get_stats() if crawler.stats is not None else {}
    spider = crawler.spider
    failures = list(getattr(spider, "failures", []))
    items = int(stats.get("item_scraped_count", 0))
    errors = len(failures) + sum(v for k, v in stats.items() if k.startswith("spider_exceptions/"))
    reason = stats.get("finish_reason")
    if interrupted and reason not in ENDED_ON_ITS_OWN:
        status = "interrupted"
    else:
        status = getattr(spider, "crawl_status", None) or (
            "failed" if errors and not items else "suspect" if errors or reason != "finished" else "ok")
    if status == "ok" and errors:  # a run with errors is never ok
        status = "suspect"
    return SourceRun(
        name=crawler.spidercls.name, status=status, items=items,
        stored=int(stats.get("store/rows", 0)),
        rejects={k.split("/", 1)[1]: v for k, v in stats.items() if k.startswith("rejects/")},
        failures=failures, closed=int(stats.get("lifecycle/closed", 0)),
        out_of_scope=int(stats.get("scope/out", 0)),
    )


def mark_interrupted(db_path: str | None, crawlers) -> None:
    """The `crawls` rows of the sources a signal stopped: `interrupted`, never left `running`."""
    ids = [crawler.spider.crawl_id for crawler in crawlers
           if getattr(crawler.spider, "crawl_id", None)
           and (crawler.stats.get_value("finish_reason") if crawler.stats else None) not in ENDED_ON_ITS_OWN]
    if not db_path or not ids:
        return
    from db.schema import open_db
    from db.writer import utc_now_iso

    db = open_db(db_path)
    with db.conn:
        db.conn.executemany(
            "UPDATE crawls SET status = 'interrupted', complete = 0, finished_at = coalesce(finished_at, ?) "
            "WHERE id = ?", [(utc_now_iso(), crawl_id) for crawl_id in ids])
    db.conn.close()


STOP_GRACE_SECONDS = 2.5  # then abandoned: the whole stop must fit in 10 s on a loaded machine


class _StopOnSignal:
    """First SIGINT/SIGTERM: drop waiting requests, close the spiders, and give them STOP_GRACE_SECONDS
    (a download in flight may take DOWNLOAD_TIMEOUT); then, or on a second signal, stop the reactor
    without waiting for them."""

    def __init__(self, process, crawlers):
        self.process = process
        self.crawlers = crawlers
        self.signal: int | None = None
        self.abandoned = False

    @contextmanager
    def installed(self):
        if threading.current_thread() is not threading.main_thread():
            yield  # signals reach the main thread only
            return
        previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
        for number in previous:
            signal.signal(number, self._received)
        try:
            yield
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)

    def _received(self, number, frame):
        from twisted.internet import reactor

        first = self.signal is None
        self.signal = number
        # Only the reactor's thread may act on the crawl (a signal handler may interrupt anything).
        reactor.callFromThread(self._stop if first else self._abandon)

    def _stop(self):
        from twisted.internet import reactor

        from scrapers.extensions import drop_waiting_requests

        print(f"stopping ({signal.Signals(self.signal).name}): "
              f"each source still running is marked interrupted", file=sys.stderr, flush=True)
        for crawler in self.crawlers:
            drop_waiting_requests(crawler)
        self.process.stop()
        reactor.callLater(STOP_GRACE_SECONDS, self._abandon)

    def _abandon(self):
        from twisted.internet import reactor

        if reactor.running:
            # crash(), not stop(): stop() would first wait for the spiders' graceful close.
            self.abandoned = True
            reactor.crash()


def _release_thread_pool() -> None:
    """After crash() the reactor's worker threads still wait for work, and the interpreter would wait for
    them at exit: tell them to quit (a thread busy in a DNS look-up ends with it)."""
    from twisted.internet import reactor

    pool = getattr(reactor, "threadpool", None)
    if pool is not None:
        stopper = threading.Thread(target=pool.stop, daemon=True)
        stopper.start()
        stopper.join(timeout=2)
