"""Arbeitnow: jobs in Germany and remote jobs, from its public job board API (paged).

Fixture basis: the real recorded pages in ../shared/realworld/arbeitnow/ (`data[]`, `links.next`, epoch
`created_at`, `remote` boolean, `job_types[]`, an entity-escaped description in one record) and FIELD_MAPS.md.
"""
from scrapers.platforms.json_api import JsonApiSpider


class ArbeitnowSpider(JsonApiSpider):
    name = "arbeitnow"
    source_kind = "api"
    home_url = "https://www.arbeitnow.com"
    terms_url = "https://www.arbeitnow.com/blog/job-board-api"
    terms = "Arbeitnow's free job board API (no key); link each job to its Arbeitnow page and credit Arbeitnow."
    attribution = "Job via Arbeitnow (arbeitnow.com)"
    rate_limit = "none published; one page at a time, at most every 6 hours"
    min_interval_hours = 6
    default_country = None  # most jobs are in Germany, but the board also lists remote jobs elsewhere
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2}
    start_urls = ["https://www.arbeitnow.com/api/job-board-api"]
    sample_url = start_urls[0]

    records_path = "data"
    field_map = {
        "source_id": "slug",
        "url": "url",
        "title": "title",
        "company": "company_name",
        "description_html": "description",
        "posted_raw": "created_at",
        "location_raw": "location",
        "remote_raw": "remote",
        "employment_type_raw": "job_types",
        "tags": "tags",
    }

    def next_page(self, response, data):
        following = (data.get("links") or {}).get("next") if isinstance(data, dict) else None
        if isinstance(following, str) and following.startswith("http"):
            return self.make_request(following, callback=self.parse)
        return None
