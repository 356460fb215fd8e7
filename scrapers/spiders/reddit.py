"""r/forhire hiring and task posts (more subreddits join in a later issue).

Fixture basis: the real r/forhire/new.json Listing in ../shared/realworld/reddit/.
"""
from scrapers.platforms.reddit import SubredditSpider


class RedditSpider(SubredditSpider):
    name = "reddit"
    subreddits = ["forhire"]
    sample_url = "https://www.reddit.com/r/forhire/new.json?limit=100&raw_json=1"
