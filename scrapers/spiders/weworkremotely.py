"""We Work Remotely: remote jobs from its public RSS feeds (all jobs and per category).

Fixture basis: the real feeds in ../shared/realworld/weworkremotely/ ("Company: Role" titles, `region`,
`country`, `type`, `category`, `skills`, `expires_at`, entity-escaped HTML descriptions starting with a
logo and a Headquarters/URL block) and FIELD_MAPS.md.
"""
from scrapers.platforms.rss import FeedSpider


class WeWorkRemotelySpider(FeedSpider):
    name = "weworkremotely"
    home_url = "https://weworkremotely.com"
    terms_url = "https://weworkremotely.com/remote-job-rss-feed"
    terms = "We Work Remotely's public RSS feeds: link each job to its page on We Work Remotely and credit it."
    attribution = "Job via We Work Remotely (weworkremotely.com)"
    rate_limit = "feeds declare a 60-minute TTL; we fetch at most hourly, one request at a time"
    min_interval_hours = 1
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2}
    start_urls = ["https://weworkremotely.com/remote-jobs.rss"]
    sample_url = start_urls[0]

    def post_process(self, item, entry, channel):
        if isinstance(item.get("source_id"), str) and "/remote-jobs/" in item["source_id"]:
            item["source_id"] = item["source_id"].rstrip("/").rsplit("/", 1)[-1]  # the job's slug
        company, sep, role = (item.get("title") or "").partition(": ")
        if sep and role:
            item["company"], item["title"] = company, role
        places = [entry.get(k) for k in ("region", "country", "state") if isinstance(entry.get(k), str)]
        item["location_raw"] = ", ".join(places) or None
        item["remote_raw"] = "remote"  # a remote-only board; region says from where
        item["employment_type_raw"] = entry.get("type")
        item["expires_raw"] = entry.get("expires_at")
        skills = entry.get("skills")
        if isinstance(skills, str):
            item["tags"] = [*item.get("tags", []), *[s.strip() for s in skills.split(",") if s.strip()]]
        return item
