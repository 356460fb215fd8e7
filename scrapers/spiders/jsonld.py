"""Career pages carrying schema.org JobPosting, listed in scrapers/data/jsonld_pages.csv.

Each row is a start page; links matching its `follow` pattern are job pages read for JobPosting
blocks. Rows marked `sample` are the offline demo's sample career site and only run against a replay.
Fixture basis: see the platform base (real page and extractions in ../shared/realworld/jsonld/).
"""
import csv
import re
from pathlib import Path

from scrapers.platforms.jsonld import JsonLdSpider as JsonLdPlatform

PAGES = Path(__file__).resolve().parents[1] / "data" / "jsonld_pages.csv"


class JsonLdSpider(JsonLdPlatform):
    name = "jsonld"
    home_url = "https://schema.org/JobPosting"
    terms_url = "https://developers.google.com/search/docs/appearance/structured-data/job-posting"
    terms = ("Each site's own terms apply; only pages whose robots.txt allows us are read, and every "
             "listing links back to its page.")
    attribution = "Jobs from employers' own career pages"
    rate_limit = "none published; one request at a time per site with AutoThrottle"

    def initial_requests(self):
        replaying = bool(self.settings.get("MICROGIGS_REPLAY_URL"))
        with PAGES.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if (row.get("sample") == "1") != replaying:
                    continue  # a replay holds the demo's sample site; the network has the real ones
                yield self.make_request(row["url"], callback=self.parse_start,
                                        meta={"follow": row.get("follow") or ""})

    def parse_start(self, response):
        yield from self.parse(response)
        pattern = response.meta.get("follow")
        if pattern and hasattr(response, "css"):
            follow = re.compile(pattern)
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href)
                if follow.search(url) and url != response.url:
                    yield self.make_request(url, callback=self.parse)
