"""Base for subreddit job threads: `/r/{sub}/new.json` listings, paged by `after`, hiring posts only.

Fixture basis: the real r/forhire `new.json` Listing in ../shared/realworld/reddit/ (full t3 field set,
entity-escaped titles and `selftext_html`) and FIELD_MAPS.md (paging by `after`, rate limit headers).
"""
from __future__ import annotations

import html
import re
from typing import Iterator
from urllib.parse import urlencode

from normalize.location import labelled_place, place_in_title
from scrapers.items import ListingItem
from scrapers.platforms.base import ListingSpider, UnparsableResponse, dig

# "[Hiring]", "[HIRING] ", "( Task )", "Hiring:" at the start; "[For Hire]" is people offering work.
HIRING_TITLE = re.compile(r"^\W*[\[(\{]?\s*(hiring|task|paid task|job|gig)\s*[\])\}:|-]", re.I)
FOR_HIRE = re.compile(r"\bfor[\s-]*hire\b", re.I)
SITE_FLAIR = re.compile(r"remote|on-?site|hybrid", re.I)
HIRING_FLAIRS = {"hiring", "task", "paid task", "job", "gig", "hiring - remote", "hiring - onsite"}


def is_hiring_post(post: dict) -> bool:
    flair = post.get("link_flair_text")
    flair = flair.strip().lower() if isinstance(flair, str) else ""
    title = post.get("title")
    title = title.replace("&amp;", "&") if isinstance(title, str) else ""
    if flair:
        return flair in HIRING_FLAIRS or (flair.startswith("hiring") and not FOR_HIRE.search(flair))
    return bool(HIRING_TITLE.match(title)) and not FOR_HIRE.search(title[:30])


class SubredditSpider(ListingSpider):
    source_kind = "thread"
    home_url = "https://www.reddit.com"
    terms_url = "https://redditinc.com/policies/data-api-terms"
    terms = ("Reddit Data API terms: identify the client with a descriptive User-Agent, keep to the "
             "unauthenticated rate limit, link to each post, and do not present posts as our own content.")
    attribution = "Posts on Reddit (reddit.com), by their authors"
    rate_limit = "unauthenticated: about 10 requests a minute; x-ratelimit-* headers are honoured"
    custom_settings = {"DOWNLOAD_DELAY": 6, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}

    subreddits: list[str] = []
    max_pages = 5
    page_size = 100

    def listing_url(self, subreddit: str, after: str | None = None) -> str:
        query = {"limit": self.page_size, "raw_json": 1}
        if after:
            query["after"] = after
        return f"https://www.reddit.com/r/{subreddit}/new.json?{urlencode(query)}"

    def initial_requests(self):
        for subreddit in self.subreddits:
            yield self.make_request(self.listing_url(subreddit), callback=self.parse,
                                    meta={"subreddit": subreddit, "page": 1})

    def parse(self, response, **kwargs) -> Iterator:
        data = self.load_json(response)
        if not isinstance(data, dict) or data.get("kind") != "Listing" or not isinstance(dig(data, "data.children"), list):
            raise UnparsableResponse(f"{self.name}: {response.url} is not a Reddit Listing")
        posts = [child.get("data") if isinstance(child, dict) else child for child in data["data"]["children"]]
        yield from self.items_from_records((p for p in posts if self.keep(p)), self.item_from_post)
        after = data["data"].get("after")
        page = response.meta.get("page", 1)
        subreddit = response.meta.get("subreddit")
        if after and subreddit and page < self.max_pages:
            # Rate limit headers are honoured by RateLimitHeadersMiddleware on the host's download slot.
            yield self.make_request(self.listing_url(subreddit, after), callback=self.parse,
                                    meta={"subreddit": subreddit, "page": page + 1})

    def keep(self, post) -> bool:
        if not isinstance(post, dict):
            return True  # quarantined by items_from_records, not silently dropped
        if post.get("over_18") or post.get("stickied") or post.get("removed_by_category"):
            return False
        return is_hiring_post(post)

    def item_from_post(self, post: dict) -> ListingItem:
        if not isinstance(post, dict):
            raise TypeError(f"post is {type(post).__name__}, not an object")
        permalink = post.get("permalink")
        title, flair, selftext = post.get("title"), post.get("link_flair_text"), post.get("selftext")
        return ListingItem(
            source_id=post.get("id"),
            board=post.get("subreddit"),
            url=f"https://www.reddit.com{permalink}" if isinstance(permalink, str) and permalink.startswith("/") else None,
            apply_url=post.get("url") if not post.get("is_self") else None,
            title=title,
            # "[Hiring] Warehouse Associate | Dallas, TX": the title's place part (the title keeps it: it is searched),
            # else the body's "**Location:** Wilmington, DE" line
            location_raw=(place_in_title(html.unescape(title)) if isinstance(title, str) else None) or (
                labelled_place(html.unescape(selftext)) if isinstance(selftext, str) else None),
            remote_raw=flair if isinstance(flair, str) and SITE_FLAIR.search(flair) else None,  # "Hiring - Remote"
            description_html=post.get("selftext_html"),
            description_text=selftext,
            posted_raw=post.get("created_utc"),
            tags=[t for t in [flair] if t],
            raw=post,
        )

