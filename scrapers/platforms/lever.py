"""Lever job boards: GET api.lever.co/v0/postings/{site}?mode=json (api.eu.lever.co for EU sites).

Fixture basis: the real board responses in ../shared/realworld/lever/ (a bare array; `text` is the title,
`categories{commitment,location,team,department,allLocations}`, `createdAt` in epoch ms, `workplaceType`,
`salaryRange{min,max,currency,interval "per-year-salary"}`, `hostedUrl`) and FIELD_MAPS.md.
"""
import re

from scrapers.platforms.ats import JsonBoardSpider


class LeverPlatform(JsonBoardSpider):
    platform = "lever"
    home_url = "https://www.lever.co"
    terms_url = "https://github.com/lever/postings-api"
    terms = ("Lever's public Postings API (GET, no key): each company's published postings; link to the "
             "posting's page on jobs.lever.co.")
    attribution = "Jobs from companies' own Lever job sites"
    rate_limit = "none published for GET; one request per board, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "https://api.lever.co/v0/postings/{token}?mode=json"
    board_in_url = re.compile(r"/v0/postings/([^/?#]+)")
    field_map = {
        "source_id": "id",
        "url": "hostedUrl",
        "apply_url": "applyUrl",
        "title": "text",
        "description_html": "description",
        "posted_raw": "createdAt",
        "employment_type_raw": "categories.commitment",
        "location_raw": "categories.location",
        "remote_raw": "workplaceType",
        "country_raw": "country",
        "pay_min_raw": "salaryRange.min",
        "pay_max_raw": "salaryRange.max",
        "pay_currency_raw": "salaryRange.currency",
        "pay_unit_raw": "salaryRange.interval",
    }

    def board_request_url(self, token):
        # "eu/olx": a site on Lever's EU instance (jobs.eu.lever.co/olx) is served by api.eu.lever.co
        if token.startswith("eu/"):
            return f"https://api.eu.lever.co/v0/postings/{token[3:]}?mode=json"
        return super().board_request_url(token)

    def board_from_record(self, record):
        found = re.match(r"https://jobs\.(eu\.)?lever[.]co/([^/?#]+)/", str(record.get("hostedUrl") or ""))
        return found and (("eu/" if found.group(1) else "") + found.group(2))

    def post_process(self, item, record, board):
        parts = [record.get(k) for k in ("opening", "description", "descriptionBody", "additional")]
        lists = "".join(f"<h3>{x.get('text', '')}</h3><ul>{x.get('content', '')}</ul>"
                        for x in record.get("lists") or [] if isinstance(x, dict))
        html = "".join(p for p in parts if isinstance(p, str) and p and p != "truncated") + lists
        item["description_html"] = html or record.get("descriptionPlain")
        if isinstance(record.get("salaryDescriptionPlain"), str) and record["salaryDescriptionPlain"] != "truncated":
            item["pay_raw"] = record["salaryDescriptionPlain"]
        categories = record.get("categories") if isinstance(record.get("categories"), dict) else {}
        item["tags"] = [v for k in ("team", "department") if isinstance(v := categories.get(k), str)]
        if item.get("posted_raw") is not None and isinstance(item["posted_raw"], (int, float)):
            item["posted_raw"] = item["posted_raw"] / 1000  # epoch milliseconds
        return item
