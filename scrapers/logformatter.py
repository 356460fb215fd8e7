"""Log dropped (rejected) items in one short line, without dumping their raw payload."""
import logging

from scrapy import logformatter


class BriefLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider):
        from scrapers.pipelines.normalize import OutOfScope

        if isinstance(exception, OutOfScope):
            return {"level": logging.DEBUG, "msg": "Out of scope: %(exception)s", "args": {"exception": exception}}
        return {"level": logging.INFO, "msg": "Rejected: %(exception)s", "args": {"exception": exception}}
