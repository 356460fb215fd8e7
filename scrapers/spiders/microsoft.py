"""Microsoft careers: its public job search at apply.careers.microsoft.com (an Eightfold career site),
searched for internships, contract, temporary and part-time roles (full-time roles are out of scope).

Fixture basis: the response shape of the real Eightfold recording
../shared/realworld/other_ats/ergon_eightfold_jobs.json, and public job-search code naming
apply.careers.microsoft.com as Microsoft's Eightfold-based careers site (found with the `search` tool);
no Microsoft response was recorded, so the sample capture follows that shape. The site's `domain`
parameter (microsoft.com) is taken from its address and was not checked against the live site here.
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

    def initial_requests(self):  # one site, not a list of company boards
        for query in self.queries:
            yield self.make_request(self.board_request_url(self.site, 0, query), callback=self.parse,
                                    meta={"board": self.site})

    def post_process(self, item, record, board):
        item["company"] = "Microsoft"
        return super().post_process(item, record, board)
    sample_url = "https://apply.careers.microsoft.com/api/apply/v2/jobs?domain=microsoft.com&start=0&num=10&query=intern"
