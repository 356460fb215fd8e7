"""Greenhouse: every company board listed in scrapers/data/greenhouse_boards.csv.

Fixture basis: the real recordings in ../shared/realworld/greenhouse/ (see the platform base).
"""
from scrapers.platforms.greenhouse import GreenhouseSpider as GreenhousePlatform


class GreenhouseSpider(GreenhousePlatform):
    name = "greenhouse"
    sample_url = "https://boards-api.greenhouse.io/v1/boards/duolingo/jobs?content=true"
