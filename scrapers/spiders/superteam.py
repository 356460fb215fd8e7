"""Superteam Earn: paid bounties and short freelance projects (content, design, development) posted by crypto
companies, open to anyone and much used by students; rewards are paid in stablecoins (USDC, USDG...).

Fixture basis: the listings API's own code, SuperteamDAO/earn (open source) src/app/api/listings/route.ts and
src/features/listings/constants/schema.ts @eea1a88 (2026-08-21, read with `fetch`): GET /api/listings
(query tab, status=open, category, context; no key) answers a bare JSON array of listings with the fields of
`listingSelect`: `id`, `rewardAmount`, `deadline`, `type` (bounty|project|hackathon), `title`, `token`,
`winnersAnnouncedAt`, `slug`, `isWinnersAnnounced`, `isFeatured`, `compensationType` (fixed|range|variable),
`minRewardAsk`, `maxRewardAsk`, `agentAccess`, `status` (OPEN|REVIEW|CLOSED|...), `isPro`, `_count{Comments,
Submission}`, `sponsor{name, slug, logo, isVerified, chapter}`; checked against listing items quoted verbatim
from a live answer of 2026-08 in a public research note (`rewardAmount` 5000, `deadline`
"2026-08-23T16:59:59.000Z", `type` "bounty", `token` "USDC", `compensationType` "fixed", `agentAccess`
"HUMAN_ONLY", `status` "OPEN", `sponsor{name, isVerified}`). Listing pages are earn.superteam.fun/listing/{slug}/
as linked in public pages of 2026-08. No complete as-served response was found; the sample capture is written
for microgigs in this format, its listings fictional. The list gives no description and no posting date.
"""
from scrapers.platforms.json_api import JsonApiSpider

SITE = "https://earn.superteam.fun"


class SuperteamSpider(JsonApiSpider):
    name = "superteam"
    source_kind = "api"
    is_marketplace = True  # bounties and fixed-scope projects
    home_url = SITE
    terms_url = "https://superteam.fun/earn/terms-of-use.pdf"
    terms = ("Superteam Earn's Terms of Use (effective 24 June 2026) forbid collecting usernames or email addresses "
             "with bots and getting around access controls; they do not forbid reading the public listings. "
             "microgigs reads only the public listings API (no user data), credits Superteam Earn and links each "
             "listing to its page there.")
    attribution = "Listing via Superteam Earn (earn.superteam.fun)"
    rate_limit = "none published (the API is cached 5 minutes); one request a crawl, at most every 6 hours"
    min_interval_hours = 6
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 5}
    start_urls = [f"{SITE}/api/listings?tab=all&status=open&category=All&context=all"]
    sample_url = start_urls[0]

    records_path = None  # the body is the list
    field_map = {
        "source_id": "id",
        "title": "title",
        "company": "sponsor.name",
        "expires_raw": "deadline",
    }

    def post_process(self, item, record):
        slug = record.get("slug")
        item["url"] = f"{SITE}/listing/{slug}/" if isinstance(slug, str) and slug.strip() else None
        kind, token = record.get("type"), record.get("token")
        token = token if isinstance(token, str) and token.strip() else None
        amount, compensation = record.get("rewardAmount"), record.get("compensationType")
        facts = []
        if kind == "project":
            # one applicant is chosen and paid: a fixed fee, or the range the sponsor accepts in quotes
            if compensation == "fixed" and isinstance(amount, (int, float)) and amount > 0:
                item.update(pay_min_raw=amount, pay_max_raw=amount)
            elif compensation == "range":
                item.update(pay_min_raw=record.get("minRewardAsk"), pay_max_raw=record.get("maxRewardAsk"))
            elif compensation == "variable":
                facts.append("Project: applicants quote their own price.")
            if item.get("pay_min_raw") is not None or item.get("pay_max_raw") is not None:
                item.update(pay_currency_raw=token, pay_unit_raw="project")
            facts.insert(0, "Project: the sponsor picks one applicant, who does the work and is paid.")
        elif isinstance(amount, (int, float)) and amount > 0:
            # a bounty's reward is a pool shared by the winning submissions: no one's pay
            facts.append(f"{'Hackathon track' if kind == 'hackathon' else 'Bounty'}: {amount:,.0f} {token or ''} in prizes "
                         "for the winning submissions, as the sponsor shares them out.".replace("  ", " "))
            item["due_raw"] = record.get("deadline")  # submissions are the work
        if record.get("isPro"):
            facts.append("Open to Superteam Earn Pro members only.")
        count = record.get("_count") if isinstance(record.get("_count"), dict) else {}
        if isinstance(count.get("Submission"), int):
            facts.append(f"Submissions or applications so far: {count['Submission']}.")
        item["description_text"] = "\n".join(facts) or None
        item["tags"] = [t for t in [kind if isinstance(kind, str) else None, token] if t]
        item["remote_raw"] = "remote"
        item["employment_type_raw"] = "contractor"
        return item

