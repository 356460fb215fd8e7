"""Topcoder: paid development, design, data-science and QA challenges from Topcoder's public challenge API
(v6, the one its own challenge listing loads; no key: an anonymous request sees the public challenges).
Open to any member 18 or older, students included; a challenge pays its placement prizes to the winning
entries (a "Task" pays its one prize to the member it is assigned to), so each listing says how the pay works.

Fixture basis: a genuine as-served response, https://api.topcoder.com/v6/challenges?status=ACTIVE fetched
2026-09-27 and stored in zarfatinimrod-creator/automaton research/rendered/topcoder-active-challenges.json
@baab472 (one challenge; found with `find_files`/`read_file`): a bare JSON array (no total in the body) of
challenges with `id` (uuid), `name`, `description` (markdown, `descriptionFormat`), `status` "ACTIVE",
`registrationStartDate`/`registrationEndDate`/`submissionStartDate`/`submissionEndDate`/`startDate`/`endDate`
(ISO with milliseconds, Z), `currentPhaseNames` ["Review"], `phases[{name, isOpen, ...}]`, `prizeSets[{type
"PLACEMENT"|"COPILOT", prizes[{type "USD", value 2500}]}]`, `overview{totalPrizes, type}`, `skills[{name,
category{name}}]`, `track{name "Development", track}`, `type{name "Challenge"}`, `task{isTask, isAssigned}`,
`legacy{confidentialityType, isTask, ...}`, `numOfRegistrants`, `numOfSubmissions`, `funChallenge`,
`discussions[{type "CHALLENGE", url "https://www.topcoder.com/opportunities/challenge/{id}?tab=forum"}]`,
`tags`, `terms`. Every field the spider reads is in that record, with the same type. Paging (`page`,
`perPage`) is from Topcoder's challenge-api wiki ("Community App Challenge Listing"). The sample capture is
written for microgigs in that format; its challenges and amounts are fictional.
"""
from urllib.parse import parse_qs, urlencode, urlsplit

from scrapers.platforms.json_api import JsonApiSpider

API = "https://api.topcoder.com/v6/challenges"
PER_PAGE = 50
MAX_PAGES = 4
PAID_PRIZES = ("PLACEMENT",)  # COPILOT and REVIEWER prizes go to Topcoder's own roles, not to entrants


def usd_prizes(record: dict) -> list[float]:
    """The placement prizes in US dollars, first place first (POINT prizes are no money)."""
    prizes = []
    for prize_set in record.get("prizeSets") or []:
        if not isinstance(prize_set, dict) or str(prize_set.get("type", "")).upper() not in PAID_PRIZES:
            continue
        for prize in prize_set.get("prizes") or []:
            value = prize.get("value") if isinstance(prize, dict) else None
            if isinstance(prize, dict) and prize.get("type") == "USD" and isinstance(value, (int, float)) and value > 0:
                prizes.append(float(value))
    return prizes


class TopcoderSpider(JsonApiSpider):
    name = "topcoder"
    source_kind = "api"
    is_marketplace = True  # a marketplace of paid challenges
    home_url = "https://www.topcoder.com"
    terms_url = "https://www.topcoder.com/community/how-it-works/terms/"
    terms = ("Topcoder's public challenge API (GET, no key: the public challenges its own listing shows to anyone, "
             "also used openly for research); its Terms of Use govern the website and entries. microgigs reads only "
             "public challenges, credits Topcoder and links each challenge to its page on topcoder.com.")
    attribution = "Challenge via Topcoder (topcoder.com)"
    rate_limit = "none published; at most 4 pages of 50, one request every 3 s, every 6 hours"
    min_interval_hours = 6
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 3}
    start_urls = [f"{API}?status=ACTIVE&perPage={PER_PAGE}&page=1"]
    sample_url = start_urls[0]

    records_path = None  # the body is the list
    field_map = {
        "source_id": "id",
        "title": "name",
        "description_text": "description",  # markdown: read as plain text
        "posted_raw": "registrationStartDate",
        "expires_raw": "registrationEndDate",  # the last moment to register
        "due_raw": "submissionEndDate",  # when the work is handed in
    }

    def post_process(self, item, record):
        challenge = record.get("id")
        forum = next((d.get("url") for d in record.get("discussions") or []
                      if isinstance(d, dict) and d.get("type") == "CHALLENGE" and isinstance(d.get("url"), str)), None)
        # the challenge's page is where its forum link points, without the tab; else the listing's address
        item["url"] = forum.split("?")[0] if forum else (f"https://www.topcoder.com/challenges/{challenge}"
                                                          if isinstance(challenge, str) and challenge else None)
        item["posted_raw"] = item.get("posted_raw") or record.get("startDate")
        prizes = usd_prizes(record)
        is_task = bool((record.get("task") or {}).get("isTask")) if isinstance(record.get("task"), dict) else False
        if prizes:
            # from the last paid place to the first: what an entry that places can earn
            item.update(pay_min_raw=prizes[0] if is_task else min(prizes), pay_max_raw=prizes[0],
                        pay_currency_raw="USD", pay_unit_raw="project")
        names = lambda key: (record.get(key) or {}).get("name") if isinstance(record.get(key), dict) else None  # noqa: E731
        skills = [s.get("name") for s in record.get("skills") or [] if isinstance(s, dict) and isinstance(s.get("name"), str)]
        item["tags"] = [t for t in [names("track"), names("type"), *skills] if isinstance(t, str) and t]
        item["remote_raw"] = "remote"  # entries are submitted online
        item["employment_type_raw"] = "contractor"  # members work as independent contractors
        facts = []
        if prizes and is_task:
            facts.append(f"Task: ${prizes[0]:,.0f} paid to the member it is assigned to.")
        elif prizes:
            facts.append("Competition: only winning entries are paid. Prizes: "
                         + ", ".join(f"${p:,.0f}" for p in prizes) + ".")
        elif record.get("funChallenge"):
            facts.append("Fun challenge: no prize money.")
        phases = [p for p in record.get("currentPhaseNames") or [] if isinstance(p, str)]
        if phases:
            facts.append("Current phase: " + ", ".join(phases) + ".")
        if isinstance(record.get("numOfRegistrants"), int) and isinstance(record.get("numOfSubmissions"), int):
            facts.append(f"Registered: {record['numOfRegistrants']}; submissions so far: {record['numOfSubmissions']}.")
        item["description_text"] = "\n\n".join(t for t in [item.get("description_text"), *facts] if t)
        return item

    def next_page(self, response, data):
        if not isinstance(data, list) or len(data) < PER_PAGE:
            return None  # a short page is the last (the body holds no total)
        query = parse_qs(urlsplit(response.url).query)
        page = int((query.get("page") or ["1"])[0] or 1)
        total_pages = response.headers.get(b"X-Total-Pages") if hasattr(response, "headers") else None
        if page >= MAX_PAGES or (total_pages and total_pages.isdigit() and page >= int(total_pages)):
            return None
        query["page"] = [str(page + 1)]
        return self.make_request(f"{API}?{urlencode(query, doseq=True)}", callback=self.parse)
