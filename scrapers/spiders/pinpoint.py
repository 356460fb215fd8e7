"""Pinpoint: every company listed in scrapers/data/pinpoint_boards.csv.

Fixture basis: the real recording(s) in ../shared/realworld/other_ats/ (see the platform base).
"""
from scrapers.platforms.pinpoint import PinpointPlatform


class PinpointSpider(PinpointPlatform):
    name = "pinpoint"
    sample_url = "https://aawdc.pinpointhq.com/postings.json"
