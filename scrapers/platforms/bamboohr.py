"""BambooHR career sites: GET {company}.bamboohr.com/careers/list (JSON list of openings).

Fixture basis: the real response ../shared/realworld/other_ats/ergon_bamboohr_jobs.json (`result[]` with
`id`, `jobOpeningName`, `departmentLabel`, `employmentStatusLabel`, `location{city,state}`,
`atsLocation{country,...}`, `isRemote`, `locationType`); the list has no date and no description, and a
job's page is {company}.bamboohr.com/careers/{id}.
"""
import re

from scrapers.platforms.ats import JsonBoardSpider


class BambooHrPlatform(JsonBoardSpider):
    platform = "bamboohr"
    home_url = "https://www.bamboohr.com"
    terms_url = "https://www.bamboohr.com/legal/terms-of-service"
    terms = ("Companies' public BambooHR careers pages (the list their own page loads, no key); link to the "
             "opening on the company's careers page.")
    attribution = "Jobs from companies' own BambooHR careers pages"
    rate_limit = "none published; one request per company, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "https://{token}.bamboohr.com/careers/list"
    board_in_url = re.compile(r"https?://([^./]+)\.bamboohr\.com/")
    records_path = "result"
    field_map = {"source_id": "id", "title": "jobOpeningName", "employment_type_raw": "employmentStatusLabel"}

    def post_process(self, item, record, board):
        item["url"] = f"https://{board}.bamboohr.com/careers/{record.get('id')}" if board else None
        places = []
        for key in ("location", "atsLocation"):
            place = record.get(key) if isinstance(record.get(key), dict) else {}
            parts = [place.get(k) for k in ("city", "state", "province", "country") if isinstance(place.get(k), str)]
            if parts:
                places.append(", ".join(parts))
        item["location_raw"] = places[0] if places else None
        # locationType "1" is remote, "2" hybrid on BambooHR's own careers page; isRemote may be null.
        kind = str(record.get("locationType") or "")
        item["remote_raw"] = "remote" if record.get("isRemote") or kind == "1" else "hybrid" if kind == "2" else None
        item["tags"] = [record["departmentLabel"]] if isinstance(record.get("departmentLabel"), str) else []
        return item
