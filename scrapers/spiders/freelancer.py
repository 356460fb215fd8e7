"""Freelancer.com: open projects from its public REST API (projects/0.1/projects/active), newest first.

Fixture basis: no real response was recorded. The sample capture follows Freelancer's public API
documentation (developers.freelancer.com, "Search active projects"), the envelope and URL rule in the
official freelancer/freelancer-sdk-python tests, and FIELD_MAPS.md's field list from a json-to-go struct of
a real response (see scrapers/platforms/freelancer.py for the fields read). Looked again (issue 15): public
repositories hold only hand-written fixtures (the SDK's tests, aggregators' mocks) and client code, no
as-served response; the Go clients' types agree with the fields read here (`hourly_project_info.commitment
{hours int, interval}`, `budget{minimum, maximum}` numbers, `time_submitted` epoch seconds), so it rests on
the API documentation.
"""
from scrapers.platforms.freelancer import FreelancerProjectsSpider


class FreelancerSpider(FreelancerProjectsSpider):
    name = "freelancer"
    home_url = "https://www.freelancer.com"
    terms_url = "https://developers.freelancer.com/docs/api-overview/terms-of-use"
    terms = ("Freelancer.com's public API (active projects, no key for reading): attribute projects to "
             "Freelancer.com and link to each project's page.")
    attribution = "Project via Freelancer.com"
    rate_limit = "none published for anonymous reads; 10 pages of 100 newest projects, 3 s apart, hourly at most"
    min_interval_hours = 1
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 3}
