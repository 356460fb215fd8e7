"""Remote OK: current remote jobs from its public API.

Fixture basis: the real recorded responses in ../shared/realworld/remoteok/ (element 0 is the legal
notice with `last_updated`; `salary_min`/`salary_max` are 0 when unknown) and the API's legal text.
"""
import re

from scrapers.platforms.json_api import JsonApiSpider

# Remote OK appends a per-request anti-spam note whose tag encodes the requester's address: not the job.
ANTI_SPAM_NOTE = re.compile(
    r"(?:<br\s*/?>\s*)*Please mention the word\b.{0,600}?(?:see they're human\.|$)", re.S)  # may arrive cut off


class RemoteOkSpider(JsonApiSpider):
    name = "remoteok"
    source_kind = "api"
    home_url = "https://remoteok.com"
    terms_url = "https://remoteok.com/api"
    terms = ("Link back (with follow, without nofollow) to the job's Remote OK URL and mention Remote OK as "
             "the source; do not use the Remote OK logo.")
    attribution = "Job via Remote OK (remoteok.com)"
    rate_limit = "none published; responses are cached for an hour, so we crawl at most hourly"
    min_interval_hours = 1
    # Remote OK shows and filters salaries in US dollars ("Salary (USD)"); its API fields are the same figures.
    default_currency = "USD"
    start_urls = ["https://remoteok.com/api"]
    sample_url = start_urls[0]

    field_map = {
        "source_id": "id",
        "url": "url",
        "apply_url": "apply_url",
        "title": "position",
        "company": "company",
        "description_html": "description",
        "posted_raw": "date",
        "location_raw": "location",
        "tags": "tags",
    }

    def skip_record(self, record):
        # The legal notice element has no position; recognised by shape, not by index.
        return isinstance(record, dict) and "legal" in record and "position" not in record

    def post_process(self, item, record):
        item["remote_raw"] = "remote"  # a remote-only board
        if isinstance(item.get("description_html"), str):
            item["description_html"] = ANTI_SPAM_NOTE.sub("", item["description_html"]).rstrip()
        if not item.get("posted_raw"):
            item["posted_raw"] = record.get("epoch")
        # 0 means "not stated" on Remote OK; its salaries are US dollars a year (shown as "$xk" on the site).
        low, high = record.get("salary_min") or None, record.get("salary_max") or None
        if low or high:
            item["pay_min_raw"], item["pay_max_raw"] = low, high
            item["pay_unit_raw"] = "year"  # the site shows these as yearly ranges ("$60k - $90k")
            item["pay_raw"] = {"salary_min": record.get("salary_min"), "salary_max": record.get("salary_max")}
        return item
