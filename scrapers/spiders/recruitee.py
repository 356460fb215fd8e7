"""Recruitee: every company listed in scrapers/data/recruitee_boards.csv.

Fixture basis: the real recording in ../shared/realworld/recruitee/ (see the platform base).
"""
from scrapers.platforms.recruitee import RecruiteePlatform


class RecruiteeSpider(RecruiteePlatform):
    name = "recruitee"
    sample_url = "https://channable.recruitee.com/api/offers/"
