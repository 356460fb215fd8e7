"""Run spiders through the one item pipeline, for crawl, demo and parse alike."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

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


def run_spiders(classes: list[type], settings: Settings, spider_kwargs: dict[str, dict] | None = None) -> list[SourceRun]:
    """Run the spiders in one process (one reactor) and report each source's outcome."""
    process = CrawlerProcess(settings)
    crawlers = []
    for cls in classes:
        crawler = process.create_crawler(cls)
        crawlers.append(crawler)
        process.crawl(crawler, **(spider_kwargs or {}).get(cls.name, {}))
    process.start()
    runs = []
    for crawler in crawlers:
        stats = crawler.stats.get_stats()
        spider = crawler.spider
        failures = list(getattr(spider, "failures", []))
        items = int(stats.get("item_scraped_count", 0))
        status = getattr(spider, "crawl_status", None) or ("failed" if failures and not items else "suspect" if failures else "ok")
        runs.append(SourceRun(
            name=crawler.spidercls.name, status=status, items=items,
            stored=int(stats.get("store/rows", 0)),
            rejects={k.split("/", 1)[1]: v for k, v in stats.items() if k.startswith("rejects/")},
            failures=failures, closed=int(stats.get("lifecycle/closed", 0)),
            out_of_scope=int(stats.get("scope/out", 0)),
        ))
    if settings.get("MICROGIGS_DB"):  # the listings are stored: group the copies of one gig among them
        from db.dedupe import refresh_groups

        refresh_groups(settings.get("MICROGIGS_DB"))
    return runs
