"""Working Nomads: curated remote jobs from its public JSON export.

Fixture basis: the real recording ../shared/realworld/other_boards/rjc_workingnomads.json (a bare array:
`url`, `title`, `description` HTML, `company_name`, `category_name`, comma-joined `tags`, `location`,
`pub_date` with offset).
"""
from scrapers.platforms.json_api import JsonApiSpider


class WorkingNomadsSpider(JsonApiSpider):
    name = "workingnomads"
    source_kind = "api"
    home_url = "https://www.workingnomads.com"
    terms_url = "https://www.workingnomads.com/api/exposed_jobs/"
    terms = "Working Nomads' public jobs export: link each job to its Working Nomads page and credit Working Nomads."
    attribution = "Job via Working Nomads (workingnomads.com)"
    rate_limit = "none published; one request per crawl, at most every 6 hours"
    min_interval_hours = 6
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    start_urls = ["https://www.workingnomads.com/api/exposed_jobs/"]
    sample_url = start_urls[0]

    field_map = {
        "source_id": "url",
        "url": "url",
        "title": "title",
        "company": "company_name",
        "description_html": "description",
        "posted_raw": "pub_date",
        "location_raw": "location",
    }

    def post_process(self, item, record):
        item["remote_raw"] = "remote"  # a remote-only board
        url = record.get("url")
        if isinstance(url, str) and "/job/go/" in url:  # https://www.workingnomads.com/job/go/1719512/
            item["source_id"] = url.rstrip("/").rsplit("/", 1)[-1]
        tags = record.get("tags")
        item["tags"] = [t.strip() for t in tags.split(",") if t.strip()] if isinstance(tags, str) else []
        if isinstance(record.get("category_name"), str):
            item["tags"].insert(0, record["category_name"])
        return item
