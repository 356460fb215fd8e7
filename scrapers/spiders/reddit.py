"""Hiring and task posts from r/forhire, r/slavelabour, r/freelance_forhire and r/jobbit (board = subreddit):
"[Hiring]"/"[Task]" titles or a Hiring/Task flair; "[For Hire]" and "[OFFER]" posts never become listings.

Fixture basis: the real r/forhire/new.json Listing in ../shared/realworld/reddit/ (full t3 field set, parsed
in the tests). The sample capture (scrapers/samples/reddit/) has two r/forhire pages (paged by `after`) and one
page each of the other three subreddits, on the same t3 shape with fictional posts in their own conventions
("[TASK]"/"[OFFER]" on r/slavelabour, "[Hiring]"/"[For Hire]" with or without flair elsewhere), in the
`raw_json=1` form the spider requests (no legacy &lt; &gt; &amp; escaping).
"""
from scrapers.platforms.reddit import SubredditSpider


class RedditSpider(SubredditSpider):
    name = "reddit"
    subreddits = ["forhire", "slavelabour", "freelance_forhire", "jobbit"]
    sample_url = "https://www.reddit.com/r/forhire/new.json?limit=100&raw_json=1"
