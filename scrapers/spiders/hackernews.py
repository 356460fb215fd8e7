"""Hacker News: the newest "Ask HN: Who is hiring?" and "Ask HN: Freelancer? Seeking freelancer?" threads,
one listing per top-level comment (board = the thread's id); in the freelancer thread only "SEEKING FREELANCER".

Fixture basis: the real Algolia recordings in ../shared/realworld/hn_algolia/ (a `search_by_date` comment
page of the July 2026 hiring thread and an `items/{id}` tree of the September 2026 one), parsed in the tests.
The sample capture (scrapers/samples/hackernews/) is the same response shape with fictional companies: the
`whoishiring` story search, then one comment page per thread (`hits[]` with `comment_text` in HN's HTML,
`&#x2F;` and `&#x27;` entities and `<p>` separators, `parent_id`, `story_id`, replies among the hits).
"""
from scrapers.platforms.hackernews import HackerNewsSpider as HackerNewsPlatform


class HackerNewsSpider(HackerNewsPlatform):
    name = "hackernews"
