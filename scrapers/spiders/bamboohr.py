"""BambooHR: every company listed in scrapers/data/bamboohr_boards.csv.

Fixture basis: the real recording(s) in ../shared/realworld/other_ats/ (see the platform base).
"""
from scrapers.platforms.bamboohr import BambooHrPlatform


class BambooHrSpider(BambooHrPlatform):
    name = "bamboohr"
    sample_url = "https://example.bamboohr.com/careers/list"
