"""Teamtailor: every company listed in scrapers/data/teamtailor_boards.csv.

Fixture basis: the real recording(s) in ../shared/realworld/other_ats/ (see the platform base).
"""
from scrapers.platforms.teamtailor import TeamtailorPlatform


class TeamtailorSpider(TeamtailorPlatform):
    name = "teamtailor"
    sample_url = "https://career.teamtailor.com/jobs.json"
