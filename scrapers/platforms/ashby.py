"""Ashby job boards: GET api.ashbyhq.com/posting-api/job-board/{org}?includeCompensation=true.

Fixture basis: the real board responses in ../shared/realworld/ashby/ (`jobs[]` with `employmentType`
FullTime|PartTime|Intern|Contract|Temporary, `isRemote`/`workplaceType`, `address.postalAddress`,
`compensation.summaryComponents[]` with `interval` "1 YEAR"/"1 MONTH", titles with a leading space).
"""
import re

from scrapers.platforms.ats import JsonBoardSpider


class AshbyPlatform(JsonBoardSpider):
    platform = "ashby"
    home_url = "https://www.ashbyhq.com"
    terms_url = "https://developers.ashbyhq.com/docs/public-job-posting-api"
    terms = ("Ashby's public job posting API (GET, no key): each company's listed jobs; link to the job's "
             "page on jobs.ashbyhq.com or the company's site.")
    attribution = "Jobs from companies' own Ashby job boards"
    rate_limit = "none published for the public posting API; one request per board, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "https://api.ashbyhq.com/posting-api/job-board/{token}?includeCompensation=true"
    board_in_url = re.compile(r"/job-board/([^/?#]+)")
    records_path = "jobs"
    field_map = {
        "source_id": "id",
        "url": "jobUrl",
        "apply_url": "applyUrl",
        "title": "title",
        "description_html": "descriptionHtml",
        "posted_raw": "publishedAt",
        "employment_type_raw": "employmentType",
        "location_raw": "location",
        "country_raw": "address.postalAddress.addressCountry",
        "remote_raw": "workplaceType",
    }

    def board_from_record(self, record):
        found = re.match(r"https://jobs\.ashbyhq[.]com/([^/?#]+)/", str(record.get("jobUrl") or ""))
        return found and found.group(1)

    def post_process(self, item, record, board):
        if record.get("isListed") is False:
            return None  # unlisted postings are not public
        if item.get("description_html") in (None, "", "<p>truncated</p>"):
            item["description_html"] = record.get("descriptionPlain")
        if record.get("isRemote") is True and not item.get("remote_raw"):
            item["remote_raw"] = "remote"
        compensation = record.get("compensation") if isinstance(record.get("compensation"), dict) else {}
        salary = next((c for c in compensation.get("summaryComponents") or []
                       if isinstance(c, dict) and c.get("compensationType") == "Salary"), None)
        if salary:
            item["pay_min_raw"], item["pay_max_raw"] = salary.get("minValue"), salary.get("maxValue")
            item["pay_currency_raw"] = salary.get("currencyCode")
            item["pay_unit_raw"] = re.sub(r"^\s*1\s+", "", str(salary.get("interval") or "")) or None
        item["pay_raw"] = compensation.get("compensationTierSummary") or None
        item["tags"] = [t for t in (record.get("department"), record.get("team")) if isinstance(t, str)]
        return item
