"""What every pipeline shares: the crawler (Scrapy >= 2.13 no longer passes the spider to pipeline methods)."""


class Pipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def spider(self):
        return self.crawler.spider
