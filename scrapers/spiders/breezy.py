"""Breezy HR: every company listed in scrapers/data/breezy_boards.csv.

Fixture basis: the real recording(s) in ../shared/realworld/other_ats/ (see the platform base).
"""
from scrapers.platforms.breezy import BreezyPlatform


class BreezySpider(BreezyPlatform):
    name = "breezy"
    sample_url = "https://10-4-truck-recruiting.breezy.hr/json"
