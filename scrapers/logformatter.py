"""Log dropped (rejected) items in one short line, without dumping their raw payload."""
import logging

from scrapy import logformatter


class BriefLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider):
        return {"level": logging.INFO, "msg": "Rejected: %(exception)s", "args": {"exception": exception}}
