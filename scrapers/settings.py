"""Scrapy settings for microgigs. The item's path reads top to bottom in ITEM_PIPELINES."""

BOT_NAME = "microgigs"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

PROJECT_URL = "https://github.com/microgigs/microgigs"
USER_AGENT = f"microgigs/0.1 (+{PROJECT_URL}; catalog of short paid project work)"

# Politeness: robots.txt, one request at a time per host, AutoThrottle, backoff on 429/503.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Scrapy's list without a failed DNS look-up or a refused connection: those fail at once.
RETRY_EXCEPTIONS = [
    "scrapy.exceptions.DownloadFailedError",
    "scrapy.exceptions.DownloadTimeoutError",
    "scrapy.exceptions.ResponseDataLossError",
    "twisted.internet.error.ConnectionDone",
    "twisted.internet.error.ConnectionLost",
    "twisted.internet.error.TCPTimedOutError",
    OSError,  # HttpCompression on an empty body
    "scrapy.core.downloader.handlers.http11.TunnelError",
]
DOWNLOAD_TIMEOUT = 60
# Caps the body as received and as decompressed (Scrapy >= 2.11 checks gzip/deflate/br/zstd as it inflates).
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
DNS_TIMEOUT = 20
# Only http(s) leaves the crawler: no file:, data:, s3: or ftp: from a link a stranger wrote.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "s3": None, "ftp": None}
# Checks the address every connection is made to (see PublicAddressMiddleware).
TWISTED_DNS_RESOLVER = "scrapers.middlewares.PublicOnlyResolver"
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
HTTPCACHE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

DOWNLOADER_MIDDLEWARES = {
    # robots.txt with RFC 9309's reading of an unreadable one (5xx or unreachable: disallow all).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapers.middlewares.RobotsTxtRfc9309Middleware": 100,
    # After robots.txt (100), so a replay is checked against the real site's rules (its robots.txt is
    # replayed too); replays saved captures or reroutes to a local replay server.
    "scrapers.middlewares.ReplayMiddleware": 120,
    # Right after the replay's rewrite, before anything that connects: public addresses only.
    "scrapers.middlewares.PublicAddressMiddleware": 130,
    # Below the downloader's retry (550), next to the stats: sees every response a site sends.
    "scrapers.middlewares.RateLimitHeadersMiddleware": 560,
    # Nearest the network: sees the 304 before HttpError/retry would, adds validators last.
    "scrapers.middlewares.ConditionalRequestsMiddleware": 950,
}
SPIDER_MIDDLEWARES = {
    "scrapers.middlewares.UnparsableResponseMiddleware": 45,  # nearest the spider: sees its exceptions first
    "scrapers.middlewares.ConditionalOutputMiddleware": 40,
    "scrapers.middlewares.FetchTimeMiddleware": 35,
}
EXTENSIONS = {
    "scrapers.extensions.RecordSpiderErrors": 500,
    "scrapers.extensions.SourceTimeLimit": 500,
}
ITEM_PIPELINES = {
    "scrapers.pipelines.stamp.StampPipeline": 100,
    "scrapers.pipelines.validate.ValidatePipeline": 200,
    "scrapers.pipelines.normalize.NormalizePipeline": 300,
    "scrapers.pipelines.store.StorePipeline": 400,
}
LOG_FORMATTER = "scrapers.logformatter.BriefLogFormatter"
LOG_LEVEL = "INFO"

# microgigs settings
MICROGIGS_DB = None  # path of the SQLite catalog; None = do not store (parse)
MICROGIGS_BATCH_SIZE = 500
MICROGIGS_REPLAY_URL = None  # e.g. http://127.0.0.1:8765: send every request to a local replay server
MICROGIGS_OFFLINE = False  # refuse any request that is not a replayed file
MICROGIGS_SOURCE_TIME_LIMIT = 2 * 3600.0  # seconds a source may crawl before it is stopped (0 = no limit)
MICROGIGS_BACKOFF_MAX_DELAY = 300.0  # seconds; the cap of exponential backoff and of Retry-After
MICROGIGS_CLOSE_AFTER_MISSES = 2  # complete, good crawls that must miss a listing before it is closed
MICROGIGS_WORKER_CONCURRENCY = 8  # `crawl --redis`: requests one worker holds at a time
MICROGIGS_KEEP_ALL = False  # `crawl --all`: keep full-time permanent roles too (counted as scope/out otherwise)
