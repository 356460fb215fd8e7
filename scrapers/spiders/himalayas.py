"""Himalayas: remote jobs from its public JSON API (offset paging), and its HTML job cards.

Fixture basis: the real recordings in ../shared/realworld/himalayas/ (`jobs[]` with `minSalary`/`maxSalary`,
`currency`, `salaryPeriod` "annual"/"hourly", `locationRestrictions[]`, epoch `pubDate`/`expiryDate`) and the
real card excerpt ../shared/realworld/freelance_html/atalaya_himalayas_cards.html; FIELD_MAPS.md.
"""
from urllib.parse import parse_qs, urlencode, urlsplit

from scrapers.items import ListingItem
from scrapers.platforms.base import UnparsableResponse
from scrapers.platforms.json_api import JsonApiSpider

EMPLOYMENT_WORDS = {"Full Time", "Part Time", "Contractor", "Temporary", "Intern", "Internship", "Freelance"}

PAGE_SIZE = 20
MAX_OFFSET = 2000  # newest first; older pages hold what earlier crawls already saw


def job_key(url):
    """"mercor/jobs/physics-expert-981999" from a job URL: stable, shorter than the URL."""
    if not isinstance(url, str):
        return url
    path = urlsplit(url).path
    return path.split("/companies/", 1)[1].strip("/") if "/companies/" in path else path.strip("/") or url


class HimalayasSpider(JsonApiSpider):
    name = "himalayas"
    source_kind = "api"
    home_url = "https://himalayas.app"
    terms_url = "https://himalayas.app/api"
    terms = ("Himalayas' free public jobs API: link back to the job on Himalayas and credit Himalayas as the "
             "source; do not present the data as your own.")
    attribution = "Job via Himalayas (himalayas.app)"
    rate_limit = "none published; one request at a time with a 2 s delay, newest 2,000 jobs per crawl"
    min_interval_hours = 6
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2}
    start_urls = [f"https://himalayas.app/jobs/api?limit={PAGE_SIZE}&offset=0"]
    sample_url = start_urls[0]

    records_path = "jobs"
    field_map = {
        "source_id": "guid",
        "url": "applicationLink",
        "title": "title",
        "company": "companyName",
        "description_html": "description",
        "posted_raw": "pubDate",
        "expires_raw": "expiryDate",
        "employment_type_raw": "employmentType",
        "location_raw": "locationRestrictions",
        "pay_min_raw": "minSalary",
        "pay_max_raw": "maxSalary",
        "pay_currency_raw": "currency",
        "pay_unit_raw": "salaryPeriod",
    }

    def post_process(self, item, record):
        item["remote_raw"] = "remote"  # every Himalayas job is remote; restrictions say from where
        item["url"] = record.get("guid") or record.get("applicationLink")
        item["source_id"] = job_key(item["url"])
        if record.get("applicationLink") != item["url"]:
            item["apply_url"] = record.get("applicationLink")
        item["tags"] = [t for t in [*(record.get("parentCategories") or []), *(record.get("categories") or []),
                                    *(record.get("seniority") or [])] if isinstance(t, str)]
        if record.get("minSalary") is None and record.get("maxSalary") is None:
            item.pop("pay_unit_raw", None)  # a period without an amount says nothing
        return item

    def parse(self, response, **kwargs):
        if response.body.lstrip()[:1] == b"<":  # a saved himalayas.app/jobs page: its job cards
            cards = response.css("article") if hasattr(response, "css") else []
            if not cards:
                raise UnparsableResponse(f"{self.name}: {response.url} is an HTML page without job cards")
            yield from self.items_from_records(cards, lambda card: self.item_from_card(card, response))
            return
        yield from super().parse(response, **kwargs)

    def item_from_card(self, card, response):
        link = card.css("a.text-xl::attr(href)").get() or card.css("a[href*='/jobs/']::attr(href)").get()
        if not link:
            return None
        texts = [t.strip() for t in card.xpath(".//text()").getall() if t.strip()]
        salary = texts[texts.index("Salary:") + 1:texts.index("Salary:") + 3] if "Salary:" in texts else []
        company = card.css("a.font-medium[href^='/companies/']:not([href*='/jobs/'])::text").get()
        return ListingItem(
            source_id=job_key(response.urljoin(link)), url=response.urljoin(link).split("?")[0],
            title=card.css("a.text-xl::text").get(), company=company, posted_raw=card.css("time::text").get(),
            pay_raw=" ".join(salary) or None, remote_raw="remote",
            employment_type_raw=next((t for t in texts if t in EMPLOYMENT_WORDS), None),
            raw={"html": card.get()[:20000]},
        )

    def next_page(self, response, data):
        if not isinstance(data, dict):
            return None
        jobs = data.get("jobs") or []
        query = parse_qs(urlsplit(response.url).query)
        offset = int((query.get("offset") or ["0"])[0] or 0) + len(jobs)
        total = data.get("totalCount")
        if not jobs or offset >= MAX_OFFSET or (isinstance(total, int) and offset >= total):
            return None
        base = response.url.split("?")[0]
        return self.make_request(f"{base}?{urlencode({'limit': PAGE_SIZE, 'offset': offset})}", callback=self.parse)
