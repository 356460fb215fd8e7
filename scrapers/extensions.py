"""Record why a source failed, so the crawl report can name it in one line."""
from scrapy import signals


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
