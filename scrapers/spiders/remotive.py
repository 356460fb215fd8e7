"""Remotive: every active remote job from its public API.

Fixture basis: the real recorded responses in ../shared/realworld/remotive/ (legal head, `jobs[]`,
free-text `salary`, HTML description ending in a tracking gif) and the API's legal notice.
"""
from scrapers.platforms.json_api import JsonApiSpider


class RemotiveSpider(JsonApiSpider):
    name = "remotive"
    source_kind = "api"
    home_url = "https://remotive.com"
    terms_url = "https://github.com/remotive-com/remote-jobs-api"
    terms = ("Link back to the job's Remotive URL and mention Remotive as the source; do not resubmit "
             "Remotive jobs to Jooble, Neuvoo, Google Jobs or LinkedIn Jobs. Data is delayed 24 hours.")
    attribution = "Job via Remotive (remotive.com)"
    rate_limit = "at most 4 requests a day; more than 2 per minute is blocked"
    min_interval_hours = 6
    custom_settings = {"DOWNLOAD_DELAY": 30, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    start_urls = ["https://remotive.com/api/remote-jobs"]
    sample_url = start_urls[0]

    records_path = "jobs"
    field_map = {
        "source_id": "id",
        "url": "url",
        "title": "title",
        "company": "company_name",
        "description_html": "description",
        "posted_raw": "publication_date",
        "employment_type_raw": "job_type",
        "location_raw": "candidate_required_location",
        "pay_raw": "salary",
    }

    def post_process(self, item, record):
        item["remote_raw"] = "remote"  # a remote-only board
        item["tags"] = [t for t in [record.get("category"), *(record.get("tags") or [])] if t]
        return item
