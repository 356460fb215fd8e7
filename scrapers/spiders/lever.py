"""Lever: every company board listed in scrapers/data/lever_boards.csv.

Fixture basis: the real recordings in ../shared/realworld/lever/ (see the platform base).
"""
from scrapers.platforms.lever import LeverPlatform


class LeverSpider(LeverPlatform):
    name = "lever"
    sample_url = "https://api.lever.co/v0/postings/spotify?mode=json"
