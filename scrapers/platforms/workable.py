"""Workable: GET apply.workable.com/api/v1/widget/accounts/{account}?details=true (the careers widget feed).

Fixture basis: the real responses in ../shared/realworld/workable/ (`name` of the account, `jobs[]` with
`shortcode`, `employment_type`, `telecommuting`, `published_on`, `locations[{countryCode,city}]`, `url`)
and FIELD_MAPS.md.
"""
import re

from scrapers.platforms.ats import JsonBoardSpider


class WorkablePlatform(JsonBoardSpider):
    platform = "workable"
    home_url = "https://www.workable.com"
    terms_url = "https://help.workable.com/hc/en-us/articles/115012771647"
    terms = ("Workable's public careers-widget feed (GET, no key): each company's published jobs; link to the "
             "job on apply.workable.com.")
    attribution = "Jobs from companies' own Workable career pages"
    rate_limit = "none published for the widget feed; one request per account, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 1}
    board_url = "https://apply.workable.com/api/v1/widget/accounts/{token}?details=true"
    board_in_url = re.compile(r"/accounts/([^/?#]+)")
    records_path = "jobs"
    company_path = "name"
    field_map = {
        "source_id": "shortcode",
        "url": "url",
        "apply_url": "application_url",
        "title": "title",
        "description_html": "description",
        "posted_raw": "published_on",
        "employment_type_raw": "employment_type",
        "remote_raw": "telecommuting",
    }

    def post_process(self, item, record, board):
        locations = [x for x in record.get("locations") or [] if isinstance(x, dict) and not x.get("hidden")]
        places = [", ".join(p for p in (x.get("city"), x.get("region"), x.get("country")) if p) for x in locations]
        item["location_raw"] = [p for p in places if p] or ", ".join(
            p for p in (record.get("city"), record.get("state"), record.get("country")) if isinstance(p, str) and p) or None
        codes = {x.get("countryCode") for x in locations if x.get("countryCode")}
        item["country_raw"] = codes.pop() if len(codes) == 1 else None
        if record.get("telecommuting") is not True:
            item.pop("remote_raw", None)  # false means "not stated as remote", not "on site"
        else:
            item["remote_raw"] = "remote"
        item["tags"] = [t for t in (record.get("department"), record.get("function"), record.get("industry"),
                                    record.get("experience")) if isinstance(t, str) and t]
        return item
