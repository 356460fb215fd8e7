"""Workable: every account listed in scrapers/data/workable_boards.csv.

Fixture basis: the real recordings in ../shared/realworld/workable/ (see the platform base).
"""
from scrapers.platforms.workable import WorkablePlatform


class WorkableSpider(WorkablePlatform):
    name = "workable"
    sample_url = "https://apply.workable.com/api/v1/widget/accounts/zego?details=true"
