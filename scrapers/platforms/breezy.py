"""Breezy HR career sites: GET {company}.breezy.hr/json (every published position).

Fixture basis: the real response ../shared/realworld/other_ats/ergon_breezy_jobs.json (a bare array with
`id`, `friendly_id`, `name`, `url`, `published_date`, `type{name}`, `location{country{id},city,is_remote,name}`,
`department`, free-text `salary` "$1.40k - $1.80k", `description` HTML, `company{name}`).
"""
import re

from scrapers.platforms.ats import JsonBoardSpider


class BreezyPlatform(JsonBoardSpider):
    platform = "breezy"
    home_url = "https://breezy.hr"
    terms_url = "https://developer.breezy.hr/docs"
    terms = ("Breezy HR career sites' public JSON list of positions (no key); link to the position on the "
             "company's Breezy career site.")
    attribution = "Jobs from companies' own Breezy HR career sites"
    rate_limit = "none published; one request per company, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "https://{token}.breezy.hr/json"
    board_in_url = re.compile(r"https?://([^./]+)\.breezy\.hr/")
    field_map = {
        "source_id": "id",
        "url": "url",
        "title": "name",
        "company": "company.name",
        "description_html": "description",
        "posted_raw": "published_date",
        "employment_type_raw": "type.name",
        "location_raw": "location.name",
        "country_raw": "location.country.id",
        "pay_raw": "salary",
    }

    def post_process(self, item, record, board):
        location = record.get("location") if isinstance(record.get("location"), dict) else {}
        if location.get("is_remote"):
            item["remote_raw"] = "remote"
        item["tags"] = [record["department"]] if isinstance(record.get("department"), str) else []
        return item
