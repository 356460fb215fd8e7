"""SmartRecruiters: every company listed in scrapers/data/smartrecruiters_boards.csv.

Fixture basis: the real recordings in ../shared/realworld/smartrecruiters/ (see the platform base).
"""
from scrapers.platforms.smartrecruiters import SmartRecruitersPlatform


class SmartRecruitersSpider(SmartRecruitersPlatform):
    name = "smartrecruiters"
    sample_url = "https://api.smartrecruiters.com/v1/companies/ServiceNow/postings?offset=0&limit=100"
