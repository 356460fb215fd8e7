"""Guru: project marketplace, its public job list (www.guru.com/d/jobs/).

Fixture basis: no page was recorded; the sample follows the structure public parsing code reads
(job records in `ul.module_list > li`, title link `h2.jobRecord__title a`, budget `div.jobRecord__budget`
such as "Fixed Price | $250-$500" or "Hourly | $15-$25/hr"). Selectors are the part most likely to drift:
`microgigs health` shows their field-missing rates.
"""
import re

from scrapers.platforms.html_listing import HtmlListingSpider

JOB_ID = re.compile(r"/jobs/[^/]+/(\d+)")


class GuruSpider(HtmlListingSpider):
    name = "guru"
    home_url = "https://www.guru.com"
    terms_url = "https://www.guru.com/terms.aspx"
    terms = "Guru's public list of freelance jobs; each listing links to the job's page on Guru."
    attribution = "Job via Guru (guru.com)"
    rate_limit = "none published; the first 3 pages, one request every 5 s, at most every 2 hours"
    min_interval_hours = 2
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 5}
    start_urls = ["https://www.guru.com/d/jobs/"]
    sample_url = start_urls[0]
    max_pages = 3

    card = "ul.module_list > li"
    fields = {
        "url": "h2.jobRecord__title a::attr(href)",
        "title": "h2.jobRecord__title a::text",
        "description_text": "p.jobRecord__desc::text",
        "pay_raw": "div.jobRecord__budget ::text",
        "posted_raw": "div.jobRecord__meta time::attr(datetime)",
        "location_raw": "div.jobRecord__meta span.jobRecord__location::text",
        "tags": "a.skillsList__skill::text",
    }
    next_page = 'a[rel="next"]'

    def post_process(self, item, card, response):
        found = JOB_ID.search(item.get("url") or "")
        item["source_id"] = found.group(1) if found else item.get("url")
        budget = item.get("pay_raw") or ""
        if budget.lower().startswith("fixed price"):
            item["pay_unit_raw"] = "project"
        return item
