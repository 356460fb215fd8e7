"""Parker Dewey: paid micro-internships for US college students and recent graduates (5-40 hours of project
work for a fixed fee, at least $20 per estimated hour, due one week to a month after kick-off), rendered by its
JavaScript app in headless Chromium (scrapy-playwright on the system Chromium).

What is public (found with `search`, Nov 2026): parkerdewey.com's own pages (the "Micro-Internships" overview,
FAQ, knowledge base: fixed fee, $20/estimated-hour minimum, US work authorization) describe the program but list
no project. Projects are listed in the app at app.parkerdewey.com ("All Open Micro-Internships", "Featured
Projects"), a JavaScript app that asks Career Launchers to sign in (public code reaches it through
app.parkerdewey.com/auth/sign-in and /talent/{id}/dashboard/opportunities). microgigs does not sign in, so a
real crawl renders the app's entry page, finds the sign-in form and ends as *skipped* with that reason; should
Parker Dewey publish an open list there, the same spider reads it. Looked again (issue 15, `search` over pages
and code): still no public project list. What is public: the knowledge base (glossary: project-based,
fixed-fee, independent-contractor Micro-Internships; eligibility policy: at least $20 per estimated hour, no
work with vulnerable people), the blog, and universities' co-branded landing pages (info.parkerdewey.com/{school}/
students: "5 to 40 hours", "due between one week and one month after kick-off", an "Apply for
Micro-Internships" button into the signed-in app). None lists a project, so a real crawl gets nothing here.

Fixture basis: no Parker Dewey page was recorded. The sample is the opportunities view as a JavaScript-rendered
page written for microgigs (cards built by a script from inline JSON; without JavaScript it has none). Its card
class names (`div.c-panel.c-card`, `h2.c-card__title`, `dd.c-label-value__value`, a `card-expand` button) are
those a public 2022 Selenium script read from the signed-in app; every other detail (labels "Payment",
"Estimated Hours", "Due Date", the project links, all projects and companies) is an assumption or fiction.
"""
from scrapers.platforms.playwright_page import RenderedListingSpider

LABELLED = ".//div[contains(@class, 'c-label-value')][dt[normalize-space() = '{}']]/dd"


class ParkerDeweySpider(RenderedListingSpider):
    name = "parkerdewey"
    is_marketplace = True  # a micro-internship program
    default_country = "US"  # Career Launchers must be authorized to work in the United States
    home_url = "https://www.parkerdewey.com"
    terms_url = "https://www.parkerdewey.com/terms-of-use"
    terms = ("Parker Dewey lists its micro-internships to signed-in Career Launchers; microgigs reads only what the "
             "app shows without signing in, and links each listing to its project on Parker Dewey.")
    attribution = "Micro-internship via Parker Dewey (parkerdewey.com)"
    rate_limit = "none published; one rendered page per crawl, at most every 6 hours"
    min_interval_hours = 6
    start_urls = ["https://app.parkerdewey.com/"]
    sample_url = start_urls[0]

    card = "div.c-card[data-project-id]"
    sign_in = "form input[type=password]"
    sign_in_reason = "Parker Dewey shows its micro-internships only to signed-in Career Launchers"
    fields = {
        "url": "h2.c-card__title a::attr(href)",
        "title": "h2.c-card__title a::text",
        "company": ".c-card__company::text",
        "description_text": "p.c-card__description::text",
        "tags": "li.c-tag::text",
    }

    def post_process(self, item, card, response):
        def labelled(label, attribute=False):
            node = card.xpath(LABELLED.format(label))
            value = node.attrib.get("data-value") if attribute and node else None
            return value or (" ".join(node.xpath(".//text()").getall()).strip() or None)

        item["source_id"] = card.attrib.get("data-project-id")
        item["pay_raw"] = labelled("Payment")
        if item["pay_raw"]:
            item["pay_unit_raw"] = "project"  # Parker Dewey pays a fixed fee per project, never by the hour
        item["due_raw"] = labelled("Due Date", attribute=True)
        item["posted_raw"] = labelled("Posted", attribute=True)
        hours = labelled("Estimated Hours")
        section = card.xpath("normalize-space(preceding::h1[1])").get()  # "All Open Micro-Internships"
        item["description_text"] = "\n".join(t for t in (item.get("description_text"),
                                                         f"Estimated hours: {hours}" if hours else None,
                                                         f"Listed under: {section}" if section else None) if t)
        item["employment_type_raw"] = "micro-internship"  # most are remote, not all: the card does not say, so neither do we
        return item
