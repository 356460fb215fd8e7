"""The Muse: jobs from its public API, newest pages first.

Fixture basis: the real recording ../shared/realworld/themuse/ergon_themuse_sample.json (`results[]` with
`name`, `contents` HTML, `locations[{name}]`, `levels[]`, `company{name}`, `refs.landing_page`,
`page`/`page_count`) and FIELD_MAPS.md. The levels are passed as the employment value: "Internship" is an
internship, "Mid Level"/"Senior Level"/"management" keep a title's "trainee" from making one.
"""
from urllib.parse import parse_qs, urlsplit

from scrapers.platforms.json_api import JsonApiSpider

MAX_PAGES = 50  # 20 jobs a page; the API is unauthenticated (500 requests an hour)


class TheMuseSpider(JsonApiSpider):
    name = "themuse"
    source_kind = "api"
    home_url = "https://www.themuse.com"
    terms_url = "https://www.themuse.com/developers/api/v2"
    terms = ("The Muse's public API v2 (no key: 500 requests an hour): attribute listings to The Muse and "
             "link to each job's page on The Muse.")
    attribution = "Job via The Muse (themuse.com)"
    rate_limit = "500 requests an hour without an API key; we fetch at most 50 pages a crawl, one at a time"
    min_interval_hours = 6
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2}
    start_urls = ["https://www.themuse.com/api/public/jobs?page=1"]
    sample_url = start_urls[0]

    records_path = "results"
    field_map = {
        "source_id": "id",
        "url": "refs.landing_page",
        "title": "name",
        "company": "company.name",
        "description_html": "contents",
        "posted_raw": "publication_date",
    }

    def post_process(self, item, record):
        names = lambda key: [x.get("name") for x in record.get(key) or [] if isinstance(x, dict) and x.get("name")]  # noqa: E731
        item["location_raw"] = names("locations") or None
        item["tags"] = names("categories") + names("levels")
        # The job type is no field of this API; its levels ("Internship", "Entry Level", "Mid Level", "Senior Level",
        # "management") say an internship, or that a "Management Trainee" at "Mid Level" is none
        item["employment_type_raw"] = names("levels") or None
        return item

    def next_page(self, response, data):
        if not isinstance(data, dict) or not data.get("results"):
            return None
        page = int((parse_qs(urlsplit(response.url).query).get("page") or ["1"])[0] or 1)
        last = data.get("page_count")
        if page >= MAX_PAGES or (isinstance(last, int) and page >= last):
            return None
        return self.make_request(response.url.split("?")[0] + f"?page={page + 1}", callback=self.parse)
