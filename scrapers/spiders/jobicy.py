"""Jobicy: remote jobs from its public API (v2).

Fixture basis: the real recordings in ../shared/realworld/jobicy/: the 2026 shape (apiVersion 2.2.x,
numeric `salaryMin`/`salaryMax` + `salaryCurrency` + `salaryPeriod`, ISO `pubDate`) and the 2024 shape in a
go-vcr cassette (apiVersion 2.0, string `annualSalaryMin`/`annualSalaryMax`, "2024-12-05 08:04:19" dates);
entity-escaped `jobIndustry` values ("Copywriting &amp; Content"); the API's `friendlyNotice`; FIELD_MAPS.md.
"""
from scrapers.platforms.json_api import JsonApiSpider


class JobicySpider(JsonApiSpider):
    name = "jobicy"
    source_kind = "api"
    home_url = "https://jobicy.com"
    terms_url = "https://jobi.cy/apidocs"
    terms = ("Jobicy's public API: credit Jobicy as the original source and link to the job's Jobicy URL; do not "
             "redistribute its listings to Jooble, Google Jobs, LinkedIn or other job platforms.")
    attribution = "Job via Jobicy (jobicy.com)"
    rate_limit = "'a few times daily is sufficient'; excessive querying may be restricted: at most every 8 hours"
    min_interval_hours = 8
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 5}
    start_urls = ["https://jobicy.com/api/v2/remote-jobs?count=100"]
    sample_url = start_urls[0]

    records_path = "jobs"
    field_map = {
        "source_id": "id",
        "url": "url",
        "title": "jobTitle",
        "company": "companyName",
        "description_html": "jobDescription",
        "posted_raw": "pubDate",
        "employment_type_raw": "jobType",
        "location_raw": "jobGeo",
        "pay_currency_raw": "salaryCurrency",
        "pay_unit_raw": "salaryPeriod",
    }

    def post_process(self, item, record):
        item["remote_raw"] = "remote"  # a remote-only board; jobGeo says from where
        # 2026: salaryMin/salaryMax (+ salaryPeriod); 2024: annualSalaryMin/annualSalaryMax (yearly by name).
        low, high = record.get("salaryMin"), record.get("salaryMax")
        if low is None and high is None and (record.get("annualSalaryMin") or record.get("annualSalaryMax")):
            low, high = record.get("annualSalaryMin"), record.get("annualSalaryMax")
            item["pay_unit_raw"] = "year"
        if low is not None or high is not None:
            item["pay_min_raw"], item["pay_max_raw"] = low, high
        else:
            item.pop("pay_unit_raw", None)
        if not item.get("description_html"):
            item["description_html"] = record.get("jobExcerpt")
        industries = record.get("jobIndustry") or []
        item["tags"] = [t for t in ([industries] if isinstance(industries, str) else industries)
                        if isinstance(t, str)] + ([record["jobLevel"]] if isinstance(record.get("jobLevel"), str) else [])
        return item
