"""Sitemap jobs: career sites read through their job sitemaps (one line per site in
scrapers/data/sitemapjobs_boards.csv: the sitemap's URL and the company).

Fixture basis: the sitemap protocol (sitemaps.org: `sitemapindex`/`urlset` with `loc`, `lastmod`) and the
real JobPosting pages in ../shared/realworld/jsonld/ read by the JSON-LD base; the sample site is fictional.
Looked again (issue 15): the sitemap part rests on the protocol (a published standard: `loc` required,
`lastmod` W3C datetime optional), which every sitemap follows; the pages part on the real recordings.
"""
from scrapers.platforms.sitemap import SitemapJsonLdSpider


class SitemapJobsSpider(SitemapJsonLdSpider):
    name = "sitemapjobs"
    home_url = "https://www.sitemaps.org/protocol.html"
    terms_url = "https://www.sitemaps.org/protocol.html"
    terms = "Each site's own terms apply; only pages its robots.txt allows are read, each listing links to its page."
    attribution = "Jobs from employers' own career sites (via their sitemaps)"
    rate_limit = "one request at a time per site, 1 s apart, at most 1,000 job pages per sitemap"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 1}
    sample_url = "https://careers.quillfieldpress.example.com/sitemap.xml"
