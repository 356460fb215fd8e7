"""Comeet: every company listed in scrapers/data/comeet_boards.csv (tokens `uid/token`).

Fixture basis: the real recording ../shared/realworld/other_ats/jobagent_comeet_positions.json (see the
platform base).
"""
from scrapers.platforms.comeet import ComeetPlatform


class ComeetSpider(ComeetPlatform):
    name = "comeet"
    sample_url = ("https://www.comeet.co/careers-api/2.0/company/F6.003/positions"
                  "?token=6F329B2DE6379829B229B2037983E8B3E8B&details=true")
