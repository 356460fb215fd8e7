"""Pinpoint career sites: GET {company}.pinpointhq.com/postings.json.

Fixture basis: the real response ../shared/realworld/other_ats/ergon_pinpoint_jobs.json (`data[]` with
`compensation_minimum/maximum/currency/frequency`, `compensation_visible`, `deadline_at`, `employment_type`,
`workplace_type`, HTML sections `description`, `key_responsibilities`, `skills_knowledge_expertise`,
`benefits`, `location{name,city,province}`, `job.department`, `url`).
"""
import re

from scrapers.platforms.ats import JsonBoardSpider

SECTIONS = ("description", "key_responsibilities", "skills_knowledge_expertise", "benefits")


class PinpointPlatform(JsonBoardSpider):
    platform = "pinpoint"
    home_url = "https://www.pinpointhq.com"
    terms_url = "https://developers.pinpointhq.com/docs/postings-json"
    terms = ("Pinpoint career sites' public postings feed (postings.json, no key); link to the posting on the "
             "company's Pinpoint career site.")
    attribution = "Jobs from companies' own Pinpoint career sites"
    rate_limit = "none published; one request per company, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "https://{token}.pinpointhq.com/postings.json"
    board_in_url = re.compile(r"https?://([^./]+)\.pinpointhq\.com/")
    records_path = "data"
    field_map = {
        "source_id": "id",
        "url": "url",
        "title": "title",
        "expires_raw": "deadline_at",
        "employment_type_raw": "employment_type",
        "remote_raw": "workplace_type",
        "location_raw": "location.name",
    }

    def post_process(self, item, record, board):
        item["description_html"] = "".join(
            (f"<h3>{record.get(key + '_header')}</h3>" if record.get(key + "_header") else "") + record[key]
            for key in SECTIONS if isinstance(record.get(key), str) and record[key].strip()) or None
        if record.get("compensation_visible") is not False:
            item["pay_min_raw"] = record.get("compensation_minimum")
            item["pay_max_raw"] = record.get("compensation_maximum")
            item["pay_currency_raw"] = record.get("compensation_currency")
            item["pay_unit_raw"] = record.get("compensation_frequency")
            item["pay_raw"] = record.get("compensation")
        job = record.get("job") if isinstance(record.get("job"), dict) else {}
        department = job.get("department") if isinstance(job.get("department"), dict) else {}
        item["tags"] = [department["name"]] if isinstance(department.get("name"), str) else []
        return item
