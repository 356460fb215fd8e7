"""Ashby: every company board listed in scrapers/data/ashby_boards.csv.

Fixture basis: the real recordings in ../shared/realworld/ashby/ (see the platform base).
"""
from scrapers.platforms.ashby import AshbyPlatform


class AshbySpider(AshbyPlatform):
    name = "ashby"
    sample_url = "https://api.ashbyhq.com/posting-api/job-board/ramp?includeCompensation=true"
