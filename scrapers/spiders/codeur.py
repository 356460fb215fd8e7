"""Codeur.com: French freelance projects from its public project list (www.codeur.com/projects).

Fixture basis: the real saved page ../shared/realworld/freelance_html/codeur_projects_listing.html
(project cards `#projects-list > a[href^="/projects/"]` with the title in `h3`, a French relative time
"Il y a 9 minutes" / "Il y a 2 mois", a budget badge `span[title=Budget]` "Moins de 500 €" / "500 € à 1 000 €" /
"10 000 € et plus" / a day rate "200 à 500 €/jour", offers and views counts, a description excerpt and skill
tags; `rel=next` paging). The sample capture is fictional projects in the same markup.
"""
import re

from scrapers.platforms.marketplace_html import MarketplaceHtmlSpider


class CodeurSpider(MarketplaceHtmlSpider):
    name = "codeur"
    home_url = "https://www.codeur.com"
    terms_url = "https://www.codeur.com/conditions-generales"
    terms = "Codeur.com's public list of client projects; each listing links to the project's page on Codeur.com."
    attribution = "Project via Codeur.com"
    rate_limit = "none published; the first 5 pages, one request every 5 s, at most every 2 hours"
    min_interval_hours = 2
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 5}
    start_urls = ["https://www.codeur.com/projects"]
    sample_url = start_urls[0]
    max_pages = 5

    card = '#projects-list > a[href^="/projects/"]'
    fields = {
        "url": "::attr(href)",
        "title": "h3::text",
        "posted_raw": "h3 + span::text",
        "pay_raw": "span[title=Budget]::text",
        "description_text": "div.line-clamp-3::text",
        "tags": "div.flex-wrap span.text-xs::text",
    }
    next_page = 'link[rel="next"], a[rel="next"]'
    id_pattern = re.compile(r"/projects/(\d+)")

    def adjust(self, item, card, response):
        if item.get("pay_raw") and "/" not in item["pay_raw"]:
            item["pay_unit_raw"] = "project"  # a bracket is the project's budget; "200 à 500 €/jour" says its unit
        item["remote_raw"] = "remote"  # projects are done at a distance unless they say otherwise
        item["language_raw"] = "fr"
        return item
