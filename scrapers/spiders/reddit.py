"""Hiring and task posts from r/forhire, r/slavelabour, r/freelance_forhire and r/jobbit (board = subreddit).

Fixture basis: the real r/forhire/new.json Listing in ../shared/realworld/reddit/; the other subreddits
serve the same Listing format (their own tags: "[TASK]"/"[OFFER]" on r/slavelabour, "[Hiring]"/"[For Hire]"
elsewhere), written as sample pages for the demo.
"""
from scrapers.platforms.reddit import SubredditSpider


class RedditSpider(SubredditSpider):
    name = "reddit"
    subreddits = ["forhire", "slavelabour", "freelance_forhire", "jobbit"]
    sample_url = "https://www.reddit.com/r/forhire/new.json?limit=100&raw_json=1"
