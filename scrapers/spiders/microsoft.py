"""Microsoft careers: its public job search at apply.careers.microsoft.com (an Eightfold career site),
searched for internships, contract, temporary and part-time roles (full-time roles are out of scope).

The careers page loads /api/pcsx/search?domain=microsoft.com&query=...&start=N, positions under
data.positions (see the Eightfold platform base); the older /api/apply/v2/jobs shape is still read.
Fixture basis: public clients of that endpoint in 2026 (scrapers and test fixtures in public repositories,
found with the `search` tool: the domain microsoft.com, positionUrl "/careers/job/{id}", postedTs, locations,
workLocationOption); no Microsoft response is in ../shared, so the sample capture follows those field names.
"""
from scrapers.platforms.eightfold import EightfoldPlatform


class MicrosoftSpider(EightfoldPlatform):
    name = "microsoft"
    platform = "microsoft"
    home_url = "https://careers.microsoft.com"
    terms_url = "https://www.microsoft.com/en-us/legal/terms-of-use"
    terms = "Microsoft's public careers search; link to each job on careers.microsoft.com."
    attribution = "Jobs from Microsoft Careers (careers.microsoft.com)"
    queries = ("intern", "internship", "contract", "temporary", "part time")
    site = "apply.careers.microsoft.com:microsoft.com"
    search_api = "pcsx"
    board_from_url = False  # one site: Microsoft's own

    def initial_requests(self):  # one site, not a list of company boards
        for query in self.queries:
            yield self.make_request(self.board_request_url(self.site, 0, query), callback=self.parse,
                                    meta={"board": self.site})

    def post_process(self, item, record, board):
        item["company"] = "Microsoft"
        return super().post_process(item, record, board)
    sample_url = "https://apply.careers.microsoft.com/api/pcsx/search?domain=microsoft.com&query=intern&start=0"
