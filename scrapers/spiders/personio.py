"""Personio: every company listed in scrapers/data/personio_boards.csv.

Fixture basis: the real recording(s) in ../shared/realworld/other_ats/ (see the platform base).
"""
from scrapers.platforms.personio import PersonioPlatform


class PersonioSpider(PersonioPlatform):
    name = "personio"
    sample_url = "https://personio.jobs.personio.de/xml"
