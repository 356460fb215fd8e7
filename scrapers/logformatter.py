"""Log dropped (rejected) items in one short line, without dumping their raw payload."""
import logging

from scrapy import logformatter


class BriefLogFormatter(logformatter.LogFormatter):
    def __init__(self, debug: bool = True):
        self.debug = debug

    @classmethod
    def from_crawler(cls, crawler):
        level = crawler.settings.get("LOG_LEVEL") or logging.DEBUG
        if isinstance(level, str):
            level = logging.getLevelName(level.upper())
        return cls(debug=crawler.settings.getbool("LOG_ENABLED", True)
                   and (not isinstance(level, int) or level <= logging.DEBUG))

    def scraped(self, item, response, spider):
        # A DEBUG line per listing: below the crawl's log level its record would be built for every listing,
        # then thrown away by Scrapy's handler.
        return super().scraped(item, response, spider) if self.debug else None

    def dropped(self, item, exception, response, spider):
        from scrapers.pipelines.normalize import OutOfScope

        if isinstance(exception, OutOfScope):
            if not self.debug:
                return None
            return {"level": logging.DEBUG, "msg": "Out of scope: %(exception)s", "args": {"exception": exception}}
        return {"level": logging.INFO, "msg": "Rejected: %(exception)s", "args": {"exception": exception}}
