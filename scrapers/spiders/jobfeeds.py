"""Job feeds: RSS/Atom feeds that employers' applicant tracking systems publish (AppOne, ...).

Feeds are listed in scrapers/data/jobfeeds_boards.csv (token = the feed's URL). Fixture basis: the real
AppOne feed ../shared/realworld/job_rss/bcl_secondharvest_appone.rss (ISO-8859-1, CDATA titles with the
place in parentheses, `guid` as the job's URL, no `link`).
"""
import re

from scrapers.platforms.boards import BoardPlatformSpider
from scrapers.platforms.rss import FeedSpider

SUFFIX_JOBS = " Jobs"


class JobFeedsSpider(FeedSpider, BoardPlatformSpider):
    name = "jobfeeds"
    platform = "jobfeeds"
    source_kind = "rss"
    home_url = "https://www.rssboard.org/rss-specification"
    terms_url = "https://www.rssboard.org/rss-specification"
    terms = "Feeds that employers publish for job boards to syndicate; each listing links to the employer's own page."
    attribution = "Jobs from employers' own job feeds"
    rate_limit = "none published; one request per feed, one at a time per host"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "{token}"
    sample_url = "https://www.appone.com/rss/feed-sample.xml"

    board_in_url = re.compile(r"^(https?://\S+)$")  # a feed's board is its URL

    def post_process(self, item, entry, channel):
        company = self.boards.get(item.get("board") or "", "") or (channel.get("title") or "").removesuffix(SUFFIX_JOBS)
        company = company.strip()
        item["company"] = company.title() if company.isupper() else company
        return self.place_from_title(item)
