"""Hacker News: the newest "Who is hiring?" and "Freelancer? Seeking freelancer?" threads.

Fixture basis: the real Algolia recordings in ../shared/realworld/hn_algolia/ (see the platform base).
"""
from scrapers.platforms.hackernews import HackerNewsSpider as HackerNewsPlatform


class HackerNewsSpider(HackerNewsPlatform):
    name = "hackernews"
