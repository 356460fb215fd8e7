"""Workday: every career site listed in scrapers/data/workday_boards.csv (tokens `tenant.wdN/site`).

Fixture basis: the real recordings in ../shared/realworld/workday/ (see the platform base).
"""
from scrapers.platforms.workday import WorkdayPlatform


class WorkdaySpider(WorkdayPlatform):
    name = "workday"
    sample_url = "https://nvidia.wd5.myworkdayjobs.com/wday/cxs/nvidia/NVIDIAExternalCareerSite/jobs?offset=0"
