"""Eightfold: every career site listed in scrapers/data/eightfold_boards.csv (tokens `host:domain`).

Fixture basis: the real recording ../shared/realworld/other_ats/ergon_eightfold_jobs.json (see the platform base).
"""
from scrapers.platforms.eightfold import EightfoldPlatform


class EightfoldSpider(EightfoldPlatform):
    name = "eightfold"
    sample_url = "https://talent.fmjobs.com/api/apply/v2/jobs?domain=fcx.com&start=0&num=10"
