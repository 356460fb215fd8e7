"""Teamtailor career sites: GET {company}.teamtailor.com/jobs.json (a JSON Feed with a schema.org
JobPosting per item under `_jobposting`).

Fixture basis: the real feeds in ../shared/realworld/other_ats/ (ergon_teamtailor_jobs.json,
careerkit_teamtailor_jobs.json: JSON Feed 1.1 `title`, `items[{id, title, url, date_published, content_html,
_jobposting{identifier.value, hiringOrganization, jobLocation[].address, employmentType}}]`).
"""
import re

from scrapers.platforms.ats import JsonBoardSpider
from scrapers.platforms.jsonld import countries, first, place_text


class TeamtailorPlatform(JsonBoardSpider):
    platform = "teamtailor"
    home_url = "https://www.teamtailor.com"
    terms_url = "https://support.teamtailor.com/en/articles/3447427-job-feeds"
    terms = ("Teamtailor career sites' public job feed (jobs.json, no key): each company's published jobs; "
             "link to the job on the company's career site.")
    attribution = "Jobs from companies' own Teamtailor career sites"
    rate_limit = "none published for the job feed; one request per company, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "https://{token}.teamtailor.com/jobs.json"
    board_in_url = re.compile(r"https?://([^./]+)\.teamtailor\.com/")
    records_path = "items"
    company_path = "title"
    field_map = {
        "source_id": "_jobposting.identifier.value",
        "url": "url",
        "title": "title",
        "description_html": "content_html",
        "posted_raw": "date_published",
        "expires_raw": "_jobposting.validThrough",
        "employment_type_raw": "_jobposting.employmentType",
    }

    def post_process(self, item, record, board):
        posting = record.get("_jobposting") if isinstance(record.get("_jobposting"), dict) else {}
        if item.get("source_id") is None:
            item["source_id"] = record.get("id")
        organization = first(posting.get("hiringOrganization"))
        if isinstance(organization, dict) and organization.get("name"):
            item["company"] = organization["name"]
        if not item.get("description_html"):
            item["description_html"] = posting.get("description")
        item["location_raw"] = place_text(posting.get("jobLocation"))
        item["country_raw"] = countries(posting.get("jobLocation")) or None
        if "TELECOMMUTE" in str(posting.get("jobLocationType") or "").upper():
            item["remote_raw"] = "remote"
        return item
