"""Recruitee: GET {company}.recruitee.com/api/offers/ (every published offer of a company).

Fixture basis: the real response ../shared/realworld/recruitee/ergon_recruitee_channable.json (`offers[]`
with `employment_type_code` such as fulltime_fixed_term, `remote`/`hybrid`/`on_site` booleans,
`salary{min,max (strings),period,currency}`, `min_hours`/`max_hours` per week, "2026-06-08 09:42:35 UTC"
dates, `careers_url`) and FIELD_MAPS.md.
"""
import re

from scrapers.platforms.ats import JsonBoardSpider


class RecruiteePlatform(JsonBoardSpider):
    platform = "recruitee"
    home_url = "https://recruitee.com"
    terms_url = "https://docs.recruitee.com/reference/intro-to-careers-site-api"
    terms = ("Recruitee's public Careers Site API (GET, no key): each company's published offers; link to "
             "the offer on the company's careers site.")
    attribution = "Jobs from companies' own Recruitee career sites"
    rate_limit = "none published for the Careers Site API; one request per company, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "https://{token}.recruitee.com/api/offers/"
    board_in_url = re.compile(r"https?://([^./]+)\.recruitee\.com/")
    records_path = "offers"
    field_map = {
        "source_id": "id",
        "url": "careers_url",
        "apply_url": "careers_apply_url",
        "title": "title",
        "company": "company_name",
        "description_html": "description",
        "posted_raw": "published_at",
        "expires_raw": "close_at",
        "employment_type_raw": "employment_type_code",
        "location_raw": "location",
        "country_raw": "country_code",
        "pay_min_raw": "salary.min",
        "pay_max_raw": "salary.max",
        "pay_currency_raw": "salary.currency",
        "pay_unit_raw": "salary.period",
    }

    def post_process(self, item, record, board):
        if record.get("status") not in (None, "published"):
            return None
        requirements = record.get("requirements")
        if isinstance(requirements, str) and requirements:
            item["description_html"] = (item.get("description_html") or "") + requirements
        item["remote_raw"] = ("remote" if record.get("remote") else "hybrid" if record.get("hybrid")
                              else "onsite" if record.get("on_site") else None)
        low, high = record.get("min_hours"), record.get("max_hours")
        if low or high:  # hours per week, as the site states them: text the normalizer reads
            hours = f"{low}-{high}" if low and high and low != high else f"{low or high}"
            item["description_html"] = (item.get("description_html") or "") + f"<p>{hours} hours per week</p>"
        item["tags"] = [t for t in (record.get("department"), record.get("category_code"),
                                    record.get("experience_code")) if isinstance(t, str) and t]
        return item
