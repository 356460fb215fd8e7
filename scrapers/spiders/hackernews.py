"""Hacker News: the newest "Ask HN: Who is hiring?" and "Ask HN: Freelancer? Seeking freelancer?" threads,
one listing per top-level comment (board = the thread's id); in the freelancer thread only "SEEKING FREELANCER".

Fixture basis: the real Algolia recordings in ../shared/realworld/hn_algolia/ (a `search_by_date` comment
page of the July 2026 hiring thread and an `items/{id}` tree of the September 2026 one), parsed in the tests.
The sample capture (scrapers/samples/hackernews/) is the same response shapes with fictional companies: the
`whoishiring` story search (this month's and last month's threads), then each thread's `items/{id}` tree in
Algolia's full key set (`text` in HN's HTML with `&#x2F;`/`&#x27;` entities and `<p>` separators, nested
replies, one deleted comment with no author or text).
"""
from scrapers.platforms.hackernews import HackerNewsSpider as HackerNewsPlatform


class HackerNewsSpider(HackerNewsPlatform):
    name = "hackernews"
