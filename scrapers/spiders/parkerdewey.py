"""Parker Dewey: paid micro-internships (5-40 hours of project work for a fixed fee, due in one to four
weeks) from its public listing page, which its browser app renders with JavaScript.

Fixture basis: no page of Parker Dewey was recorded and its markup could not be checked offline. The
sample is a JavaScript-rendered page written for microgigs (cards built in the browser from inline JSON),
modelled on how Parker Dewey describes its projects publicly (title, company, fee, estimated hours, due
date); the card selectors are therefore unverified assumptions, and `microgigs health` shows when they
stop matching.
"""
from scrapers.platforms.playwright_page import RenderedListingSpider


class ParkerDeweySpider(RenderedListingSpider):
    name = "parkerdewey"
    is_marketplace = True  # a micro-internship program
    default_country = "US"  # a program for US college students and recent graduates
    home_url = "https://www.parkerdewey.com"
    terms_url = "https://www.parkerdewey.com/terms-of-use"
    terms = "Parker Dewey's public list of micro-internships; each listing links to the project on Parker Dewey."
    attribution = "Micro-internship via Parker Dewey (parkerdewey.com)"
    rate_limit = "none published; one rendered page per crawl, at most every 6 hours"
    min_interval_hours = 6
    start_urls = ["https://www.parkerdewey.com/micro-internships"]
    sample_url = start_urls[0]

    card = "article.project-card"
    fields = {
        "url": "a.project-link::attr(href)",
        "title": "a.project-link::text",
        "company": ".project-company::text",
        "pay_raw": ".project-fee::text",
        "description_text": ".project-summary::text, .project-hours::text",
        "due_raw": ".project-due::attr(datetime)",
        "posted_raw": ".project-posted::attr(datetime)",
        "tags": ".project-skill::text",
    }

    def post_process(self, item, card, response):
        item["source_id"] = card.attrib.get("data-project-id") or item.get("url")
        item["employment_type_raw"] = "micro-internship"
        item["remote_raw"] = "remote"
        if item.get("pay_raw"):
            item["pay_unit_raw"] = "project"  # a fixed fee for the project
        return item
