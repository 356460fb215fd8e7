"""Career sites through their sitemaps: follow a site's (job) sitemaps, read each job page's JobPosting.

A board is a sitemap URL (an index or a urlset); `job_url` picks the job pages among its URLs and
`follow` the child sitemaps of an index worth opening. Job pages go through the JSON-LD/microdata
extraction of `scrapers.platforms.jsonld`. robots.txt is obeyed: a disallowed page is not fetched and
the crawl report names it ("Forbidden by robots.txt").
"""
from __future__ import annotations

import re
import struct
import zlib
from urllib.parse import urlsplit

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from scrapers.platforms.boards import BoardPlatformSpider
from scrapers.platforms.jsonld import JsonLdSpider

JOB_URL = re.compile(r"/(jobs?|careers?|positions?|vacanc\w*|openings?|stellen\w*|empleos?|offres?|emploi)/", re.I)
FOLLOW = re.compile(r"job|career|position|vacanc|posting|stellen|empleo|emploi|offre", re.I)
GZIP_MAGIC = b"\x1f\x8b"
SITEMAP_MAX_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit on an uncompressed sitemap


class SitemapJsonLdSpider(BoardPlatformSpider, JsonLdSpider):
    source_kind = "jsonld"
    board_url = "{token}"
    board_in_url = re.compile(r"^(https?://\S+)$")
    job_url = JOB_URL
    follow = FOLLOW
    max_pages_per_sitemap = 1000

    def parse(self, response, **kwargs):
        body = response.body
        if body[:2] == GZIP_MAGIC:  # a sitemap.xml.gz served as a file (no Content-Encoding to undo it)
            body = self.gunzip_sitemap(response)
        if b"<urlset" in body[:2000] or b"<sitemapindex" in body[:2000]:
            yield from self.parse_sitemap(response, body)
        else:
            yield from JsonLdSpider.parse(self, response, **kwargs)

    def gunzip_sitemap(self, response) -> bytes:
        """The sitemap inside a gzip file, decompressed no further than a sitemap may be (or DOWNLOAD_MAXSIZE)."""
        from scrapers.platforms.base import UnparsableResponse

        cap = min(SITEMAP_MAX_BYTES, self.settings.getint("DOWNLOAD_MAXSIZE") or SITEMAP_MAX_BYTES)
        try:
            return gunzip(response.body, max_size=cap)
        except ValueError:  # Scrapy's "decompressed past max_size"
            self.crawler.stats.inc_value("sitemap/decompression_capped")
            raise UnparsableResponse(f"{self.name}: {response.url} decompresses to more than {cap} bytes") from None
        except (OSError, EOFError, struct.error, zlib.error) as exc:
            raise UnparsableResponse(f"{self.name}: {response.url} is not a readable gzip file ({exc})") from None

    def parse_sitemap(self, response, body: bytes):
        board = self.board_of(response)
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # noqa: BLE001 - lxml's errors for a broken sitemap
            from scrapers.platforms.base import UnparsableResponse

            raise UnparsableResponse(f"{self.name}: {response.url} is not a readable sitemap ({exc})") from None
        meta = {"board": board} if board else {}
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                if self.follow.search(urlsplit(entry.get("loc", "")).path):
                    yield self.make_request(entry["loc"], callback=self.parse, meta=meta)
            return
        pages = [entry["loc"] for entry in sitemap if self.job_url.search(urlsplit(entry.get("loc", "")).path + "/")]
        self.crawler.stats.inc_value("sitemap/job_pages", len(pages))
        for url in pages[: self.max_pages_per_sitemap]:
            yield self.make_request(url, callback=self.parse, meta=meta)
