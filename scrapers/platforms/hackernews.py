"""Hacker News hiring threads through the Algolia API: one listing per top-level comment.

The monthly "Ask HN: Who is hiring?" and "Ask HN: Freelancer? Seeking freelancer?" stories are posted by
`whoishiring`; their top-level comments follow the convention `Company | Role | Location | REMOTE | pay`
on the first line. In the freelancer thread only "SEEKING FREELANCER" comments are work offered.

A crawl asks `search_by_date?tags=story,author_whoishiring` for the threads, then each newest thread as one
`items/{id}` tree (top-level comments are the story's `children`; deleted ones have no text). A saved
`search_by_date?tags=comment,story_{id}` page is read too (top-level: `parent_id == story_id`, paged by `nbPages`).

Fixture basis: the real recordings in ../shared/realworld/hn_algolia/ (a `search_by_date` response with
`hits[{comment_text, objectID, parent_id, story_id, created_at}]` and an `items/{id}` tree with
`children[{id, text, created_at}]`), and FIELD_MAPS.md.
"""
from __future__ import annotations

import html
import re
from urllib.parse import urlencode

from normalize.location import is_place, place_in_title
from scrapers.items import ListingItem
from scrapers.platforms.base import ListingSpider, UnparsableResponse

API = "https://hn.algolia.com/api/v1"
HIRING = re.compile(r"^Ask HN: Who is hiring\?", re.I)
FREELANCER = re.compile(r"^Ask HN: Freelancer\? Seeking freelancer\?", re.I)
SEEKING_FREELANCER = re.compile(r"^\W*seeking\s+freelancers?\b", re.I)
SEEKING_WORK = re.compile(r"^\W*seeking\s+work\b", re.I)
ROLE_WORDS = re.compile(r"engineer|developer|designer|manager|analyst|scientist|writer|marketer|intern|lead|"
                        r"architect|specialist|consultant|freelanc|contract|editor|researcher|admin|support|sales|"
                        r"product|data|devops|sre|qa|tester|recruiter|coordinator|assistant|head of|director", re.I)
PLACE_WORDS = re.compile(r"remote|onsite|on-site|hybrid|relocat|anywhere|worldwide", re.I)
PAY_WORDS = re.compile(r"[$€£]\s?\d|\d\s?[$€£]|\d\s?[kK]\b|\bUSD\b|\bEUR\b|/h(?:ou)?r\b|salary|equity", re.I)
WHERE_FIRST = re.compile(r"^\W*(remote|on-?site|hybrid|anywhere|worldwide)\b", re.I)
KIND_WORDS = re.compile(r"full[- ]?time|part[- ]?time|contract|freelance|intern(?:ship)?|temporary|\bFT\b|\bPT\b", re.I)


def first_line(comment_html: str) -> str:
    """The header line of a comment: text before the first paragraph break, entities decoded."""
    head = re.split(r"<p>|<br\s*/?>|\n", comment_html or "", maxsplit=1)[0]
    return html.unescape(re.sub(r"<[^>]+>", "", head)).strip()


def says_where(part: str) -> bool:
    """A header part about the place: a remote/onsite word, or nothing but places ("San Francisco",
    "Utrecht, The Netherlands", "Denver, CO or Remote (US)"), a town we do not know before its country too."""
    return bool(PLACE_WORDS.search(part)) or is_place(part, towns=True)


def header_fields(line: str) -> dict:
    """`Company | Role | Location | REMOTE | $pay | Full-time` read by what each part says."""
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+|\s+\|\s*|\s*\|\s+", line) if p.strip()]
    if len(parts) < 2:
        return {}
    # "SEEKING FREELANCER | Remote (US) | Webflow developer | $3,500": no company named, the parts start with the place
    named = not (WHERE_FIRST.match(parts[0]) or PAY_WORDS.search(parts[0]))
    fields: dict = {"company": parts[0] if named else None}
    rest = parts[1:] if named else parts
    # the role is a part that is not a place, pay, kind of contract or link; a role word makes it surer
    candidates = [p for p in rest if not PAY_WORDS.search(p) and not re.match(r"https?://", p)
                  and not (says_where(p) and len(p) < 40) and not KIND_WORDS.fullmatch(p.strip("() "))]
    roles = [p for p in candidates if ROLE_WORDS.search(p)]
    fields["title"] = (roles or candidates or rest)[0]
    places = [p for p in rest if p != fields["title"] and says_where(p) and not PAY_WORDS.search(p)]
    pays = [p for p in rest if PAY_WORDS.search(p) and p != fields["title"]]
    kinds = [m.group(0) for p in rest for m in [KIND_WORDS.search(p)] if m]
    fields["location_raw"] = ", ".join(places) or None
    fields["remote_raw"] = "remote" if any(re.search(r"\bremote\b", p, re.I) for p in places) else None
    fields["pay_raw"] = " ".join(pays) or None
    fields["employment_type_raw"] = kinds or None
    urls = [p for p in rest if re.match(r"https?://", p)]
    fields["company_url"] = urls[0] if urls else None
    return fields


def is_comment_hit(hit) -> bool:
    """A comment search hit (`comment_text`, `parent_id`); the story search's hits have neither. The body
    decides, not the URL, so a saved page parses whatever address it is given."""
    return not isinstance(hit, dict) or "comment_text" in hit or "parent_id" in hit


class HackerNewsSpider(ListingSpider):
    source_kind = "thread"
    home_url = "https://news.ycombinator.com"
    terms_url = "https://hn.algolia.com/api"
    terms = ("Hacker News content through the public Algolia HN Search API; link each listing to its comment "
             "on news.ycombinator.com and credit its author.")
    attribution = "Posted on Hacker News (news.ycombinator.com) by its author"
    rate_limit = "Algolia HN API: 10,000 requests an hour per IP; we make a few per crawl, 1 s apart"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 1}
    start_urls = [f"{API}/search_by_date?{urlencode({'tags': 'story,author_whoishiring', 'hitsPerPage': 20})}"]
    sample_url = start_urls[0]

    def parse(self, response, **kwargs):
        data = self.load_json(response)
        if not isinstance(data, dict):
            raise UnparsableResponse(f"{self.name}: {response.url} is not an HN Algolia response")
        if isinstance(data.get("children"), list):  # an items/{id} tree
            story = {"id": data.get("id"), "title": data.get("title")}
            # a top-level comment's replies are other people's words, not part of the listing
            comments = [{k: v for k, v in c.items() if k != "children"} if isinstance(c, dict) else c
                        for c in data["children"]]
            yield from self.items_from_records(comments, lambda c: self.item_from_comment(c, story))
            return
        hits = data.get("hits")
        if not isinstance(hits, list):
            raise UnparsableResponse(f"{self.name}: {response.url} has no `hits` or `children`")
        if not any(is_comment_hit(h) for h in hits):  # the thread search: stories, not comments
            yield from self.thread_requests(hits)
            return
        story_id = data.get("story_id")
        story = {"id": story_id, "title": data.get("story_title")}
        top_level = [h for h in hits if not isinstance(h, dict) or str(h.get("parent_id")) == str(h.get("story_id"))]
        if top_level and isinstance(top_level[0], dict):
            story = {"id": top_level[0].get("story_id"), "title": top_level[0].get("story_title") or story["title"]}
        yield from self.items_from_records(top_level, lambda c: self.item_from_comment(c, story))
        page, pages = data.get("page"), data.get("nbPages")
        if isinstance(page, int) and isinstance(pages, int) and page + 1 < pages and story.get("id"):
            yield self.make_request(self.comments_url(story["id"], page + 1), callback=self.parse)

    def thread_requests(self, stories):
        """The newest hiring thread and the newest freelancer thread, each as one items/{id} tree (a comment
        search stops at Algolia's 1,000-hit limit, which a busy hiring thread passes)."""
        wanted = {"hiring": HIRING, "freelancer": FREELANCER}
        for kind, pattern in wanted.items():
            story = next((s for s in stories if isinstance(s, dict) and pattern.match(s.get("title") or "")), None)
            if story and str(story.get("objectID") or "").isdigit():
                yield self.make_request(f"{API}/items/{story['objectID']}", callback=self.parse)

    @staticmethod
    def comments_url(story_id, page: int = 0) -> str:
        return f"{API}/search_by_date?{urlencode({'tags': f'comment,story_{story_id}', 'hitsPerPage': 1000, 'page': page})}"

    def item_from_comment(self, comment, story) -> ListingItem | None:
        if not isinstance(comment, dict):
            raise TypeError(f"comment is {type(comment).__name__}, not an object")
        text = comment.get("comment_text") or comment.get("text")
        if not text or comment.get("deleted") or comment.get("dead"):
            return None  # deleted or dead: nothing to list
        freelancer_thread = bool(FREELANCER.match(story.get("title") or ""))
        line = first_line(text)
        if freelancer_thread:
            if not SEEKING_FREELANCER.match(line):
                return None  # "SEEKING WORK" posts are people offering themselves
            line = SEEKING_FREELANCER.sub("", line).strip(" -:|")
        elif SEEKING_WORK.match(line):
            return None
        fields = header_fields(line)
        if not fields and line:  # "This Dot Labs" alone on the first line: the roles come next
            following = first_line(re.split(r"<p>|\n", text, maxsplit=1)[1]) if re.search(r"<p>|\n", text) else ""
            fields = {"company": line[:120], "title": following[:160] or None,
                      "location_raw": place_in_title(line)}  # "Acme – Backend Engineer – Remote (US)": no pipes
        comment_id = comment.get("objectID") or comment.get("id")
        return ListingItem(
            source_id=comment_id,
            board=str(story.get("id")) if story.get("id") else None,
            url=f"https://news.ycombinator.com/item?id={comment_id}" if comment_id else None,
            title=fields.get("title") or (line[:120] if line else None),
            company=fields.get("company"),
            company_url=fields.get("company_url"),
            description_html=text,
            posted_raw=comment.get("created_at") or comment.get("created_at_i"),
            location_raw=fields.get("location_raw"),
            remote_raw=fields.get("remote_raw"),
            pay_raw=fields.get("pay_raw"),
            employment_type_raw=fields.get("employment_type_raw") or (["freelance"] if freelancer_thread else None),
            tags=["Seeking freelancer" if freelancer_thread else "Who is hiring"],
            raw=comment,
        )
