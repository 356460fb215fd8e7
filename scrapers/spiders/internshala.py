"""Internshala: internships in India from its public, server-rendered internship list (internshala.com/internships/),
with the stipend as shown ("₹ 10,000 /month", "₹ 3,000 lump sum", "Unpaid"), the duration ("2 Months") and
work from home or the cities.

Fixture basis: no Internshala page was recorded. The sample follows the list-card markup that several public
Internshala parsers read and test against (found with `find_string`/`read_file`): cards
`div.individual_internship` carrying `internshipid`, `data-href` and `id="individual_internship_<id>"`, the
title link `h3.job-internship-name a.job-title-href`, `p.company-name`, `div.row-1-item.locations` links
(", " between cities; a hybrid internship's places end in "(Hybrid)", as on Internshala's pages: "Mumbai, Pune
(Hybrid)"), each fact after its icon (`i.ic-16-money` + `span.stipend`, `i.ic-16-calendar` + the duration, `i.ic-16-home` for
work from home), `div.about_job div.text`, `div.job_skill`, labels in `div.status-li` ("Part time") and the
age in `div.status-success|status-info|status-inactive span` ("2 days ago"), paging by `a#navigation-forward`
(href "#" on the last page). The listings are fictional; `microgigs health` shows when the selectors drift.
Stipends carry their own "₹", so no default currency is declared; the country default is India.
"""
import re

from scrapers.platforms.html_listing import SPACES, HtmlListingSpider

HYBRID_MARKER = re.compile(r"\s*\(\s*hybrid\s*\)", re.I)


class InternshalaSpider(HtmlListingSpider):
    name = "internshala"
    is_marketplace = False  # an internship board: only short lump-sum tasks count as micro work
    default_country = "IN"  # India's internship platform: cities are Indian, "Work from home" is for Indian students
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
        "url": "a.job-title-href::attr(href)",
        "title": "a.job-title-href::text",
        "company": "p.company-name::text",
        "pay_raw": "span.stipend::text",
        "description_text": "div.about_job div.text ::text",
        "posted_raw": ".status-container span::text",
        "tags": "div.job_skill::text",
    }
    next_page = "a#navigation-forward:not([href='#'])"  # the last page keeps the link with href "#"

    def post_process(self, item, card, response):
        item["source_id"] = card.attrib.get("internshipid")
        if not item.get("url") and card.attrib.get("data-href"):
            item["url"] = response.urljoin(card.attrib["data-href"])
        labels = [t.strip() for t in card.css("div.status-li ::text").getall() if t.strip()]
        item["employment_type_raw"] = ["internship"] + [t for t in labels if t.lower() == "part time"]
        if re.search(r"lump\s*sum", item.get("pay_raw") or "", re.I):
            item["pay_unit_raw"] = "project"  # Internshala's stipend type for one payment for the whole internship
        # the cities with the commas between them and a loose "(Hybrid)" marker that is no link of its own
        places = SPACES.sub(" ", "".join(card.css(".locations ::text").getall())).strip()
        item["location_raw"] = HYBRID_MARKER.sub("", places).strip(" ,") or None
        if HYBRID_MARKER.search(places) or HYBRID_MARKER.search(item.get("title") or ""):
            item["remote_raw"] = "hybrid"  # "Delhi (Hybrid)", or a title ending "(Hybrid)": some days in the office
        elif card.css(".locations i.ic-16-home"):
            item["remote_raw"] = "remote"  # "Work from home"
        duration = card.xpath(".//i[contains(@class, 'ic-16-calendar')]/following-sibling::span[1]/text()").get()
        facts = [f"Duration: {duration.strip()}" if duration and duration.strip() else None] + labels
        item["description_text"] = "\n".join(t for t in [item.get("description_text")] + facts if t)
        return item
