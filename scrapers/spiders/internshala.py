"""Internshala: paid internships in India from its public internship list (internshala.com/internships).

Fixture basis: no page was recorded; the sample follows the list markup that public Internshala parsers
read (cards `div.individual_internship` with an `internshipid`, the title link in `h3.job-internship-name`,
`p.company-name`, locations, `span.stipend` such as "₹ 10,000 /month", the duration "2 Months", and how
long ago it was posted). The selectors are unverified assumptions; `microgigs health` shows drift.
"""
import re

from scrapers.platforms.html_listing import HtmlListingSpider


class InternshalaSpider(HtmlListingSpider):
    name = "internshala"
    is_marketplace = False
    default_country = "IN"  # an internship platform for India; "Work from home" listings are remote
    home_url = "https://internshala.com"
    terms_url = "https://internshala.com/terms"
    terms = "Internshala's public list of internships; each listing links to the internship on Internshala."
    attribution = "Internship via Internshala (internshala.com)"
    rate_limit = "none published; the first 5 pages, one request every 5 s, at most every 6 hours"
    min_interval_hours = 6
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 5}
    start_urls = ["https://internshala.com/internships/"]
    sample_url = start_urls[0]
    max_pages = 5

    card = "div.individual_internship[internshipid]"
    fields = {
        "url": "h3.job-internship-name a::attr(href)",
        "title": "h3.job-internship-name a::text",
        "company": "p.company-name::text",
        "location_raw": "div.locations a::text",
        "pay_raw": "span.stipend::text",
        "description_text": "div.about_job::text",
        "posted_raw": "div.status-inactive span::text, div.status-success span::text, div.status-info span::text",
        "tags": "div.job_skills div.job_skill::text",
    }
    next_page = "a#navigation-forward"

    def post_process(self, item, card, response):
        item["source_id"] = card.attrib.get("internshipid")
        item["employment_type_raw"] = "internship"
        places = item.get("location_raw") or ""
        if re.search(r"work from home|remote", places, re.I):
            item["remote_raw"] = "remote"
        duration = card.css("div.row-1-item span.duration::text").get()
        if duration:
            item["description_text"] = f"{item.get('description_text') or ''}\nDuration: {duration.strip()}"
        return item
