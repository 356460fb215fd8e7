"""Multi-tenant platforms (applicant tracking systems): a list of company boards, one request each.

Boards live in `scrapers/data/<platform>_boards.csv` (token, company, where the token was found, and in the
shipped lists where the name was found: `name_found_in`; a company the list cannot name is left empty, so
listings take it from the postings or show none, never the slug), the
lists shipped with the package, and in the user's own `<platform>_boards.csv` in user_data_dir(), where
`microgigs boards add` writes (never into the installed package); both are read. `-a boards=a,b` on the
command line overrides the list.
"""
from __future__ import annotations

import csv
import os
import re
from pathlib import Path

from scrapers.platforms.base import ListingSpider

DATA = Path(__file__).resolve().parents[1] / "data"


def user_data_dir() -> Path:
    """Where the user's own additions live: $MICROGIGS_DATA_DIR, else $XDG_DATA_HOME/microgigs, else
    ~/.local/share/microgigs (the XDG default that platformdirs gives on Linux)."""
    if os.environ.get("MICROGIGS_DATA_DIR"):
        return Path(os.environ["MICROGIGS_DATA_DIR"])
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "microgigs"


def load_boards(platform: str, *, which: str = "real") -> dict[str, str]:
    """token -> company name from the platform's shipped list and the user's additions: `real` boards, the
    demo's `sample` ones, or `all`."""
    boards: dict[str, str] = {}
    for path in (DATA / f"{platform}_boards.csv", user_data_dir() / f"{platform}_boards.csv"):
        if not path.is_file():
            continue
        with path.open(newline="", encoding="utf-8") as handle:
            boards.update({row["token"].strip(): (row.get("company") or "").strip()
                           for row in csv.DictReader(handle)
                           if (row.get("token") or "").strip() and not row["token"].startswith("#")
                           and (which == "all" or (row.get("sample") == "1") == (which == "sample"))})
    return boards


# What a board token may look like, per platform: it fills a place in a fixed address (a sub-domain, a
# path segment) and must never be able to change the host (no "/", "@", ":" or "." where the host is
# built). Platforms whose token *is* an address (a feed, a sitemap, a career site's host) take a
# public-looking host name; PublicAddressMiddleware still judges where it resolves.
# A path segment ("arch.co", "growthx%20ai", "deltadentalins."); starting with a letter or digit, it is
# never "." or "..", and it holds no "/", "?" or "#".
SLUG = r"(?:[A-Za-z0-9]|%[0-9A-Fa-f]{2})(?:[A-Za-z0-9_.-]|%[0-9A-Fa-f]{2}){0,99}"
LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"  # one DNS label: the token is a sub-domain
HOST_NAME = rf"(?:{LABEL}\.)+[A-Za-z][A-Za-z0-9-]{{0,61}}[A-Za-z0-9]"  # a.b.example, not an IP literal
WEB_ADDRESS = rf"https?://{HOST_NAME}(?::[0-9]{{1,5}})?(?:[/?][^\s#@\\]{{0,500}})?"
TOKEN_PATTERNS = {
    "ashby": SLUG, "greenhouse": SLUG, "smartrecruiters": SLUG, "workable": SLUG,
    "lever": rf"(?:eu/)?{SLUG}",
    "bamboohr": LABEL, "breezy": LABEL, "personio": LABEL, "pinpoint": LABEL, "recruitee": LABEL,
    "teamtailor": LABEL,
    "comeet": r"[0-9A-Za-z]{2}\.[0-9A-Za-z]{3}/[0-9A-Za-z]{1,100}",  # company uid / the page's API token
    "workday": r"[a-z0-9][a-z0-9-]{0,62}\.wd[0-9]{1,3}/[A-Za-z0-9_-]{1,100}",  # tenant.wdN/site
    "eightfold": rf"{HOST_NAME}:{HOST_NAME}",  # career site host : company domain
    "microsoft": rf"{HOST_NAME}:{HOST_NAME}",
    "jobfeeds": WEB_ADDRESS, "sitemapjobs": WEB_ADDRESS,
}
TOKEN_RULES = {platform: re.compile(rf"^{pattern}$") for platform, pattern in TOKEN_PATTERNS.items()}
TOKEN_WORDS = {SLUG: "letters, digits, . _ - and %-escapes, up to 100", LABEL: "one host-name label: letters, digits, -",
               WEB_ADDRESS: "an http(s) address with a host name", TOKEN_PATTERNS["lever"]: "NAME or eu/NAME",
               TOKEN_PATTERNS["comeet"]: "UID/TOKEN, e.g. F6.003/6F329B2D", TOKEN_PATTERNS["workday"]: "tenant.wdN/site",
               TOKEN_PATTERNS["eightfold"]: "career.site.host:company.domain"}
BOARD_COLUMNS = ["token", "company", "found_in", "sample"]


def token_problem(platform: str, token: str) -> str | None:
    """Why `token` is no valid board token of `platform` (None when it is one)."""
    rule = TOKEN_RULES.get(platform)
    if rule is None:
        return f"{platform!r} has no rule for its board tokens"
    if rule.match(token):
        return None
    shape = TOKEN_WORDS[TOKEN_PATTERNS[platform]]
    return f"{token[:120]!r} does not look like a {platform} board token ({shape})"


def add_board(platform: str, token: str, *, company: str = "", found_in: str = "") -> Path:
    """Append a real board to the user's list of the platform (user_data_dir(), created when missing; the
    shipped lists are never written); refuses an unknown platform, a bad token or a repeated one."""
    if not (DATA / f"{platform}_boards.csv").exists():
        known = sorted(p.name.removesuffix("_boards.csv") for p in DATA.glob("*_boards.csv"))
        raise ValueError(f"unknown platform {platform!r}; known: {', '.join(known)}")
    path = user_data_dir() / f"{platform}_boards.csv"
    token = token.strip()
    problem = token_problem(platform, token)
    if problem:
        raise ValueError(problem)
    if token in load_boards(platform, which="all"):
        raise ValueError(f"{platform} board {token!r} is already listed")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        handle = path.open("a", newline="", encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"cannot write {path}: {exc.strerror} (set MICROGIGS_DATA_DIR to a writable folder)") from None
    with handle:
        if not text:
            csv.DictWriter(handle, BOARD_COLUMNS).writeheader()
        elif not text.endswith("\n"):
            handle.write("\n")
        csv.DictWriter(handle, BOARD_COLUMNS).writerow(
            {"token": token, "company": company.strip() or token, "found_in": found_in, "sample": "0"})
    return path


class BoardPlatformSpider(ListingSpider):
    source_kind = "ats"
    board_from_url = True  # which company a response belongs to is read from its URL (or its records)
    platform: str = ""  # data file prefix
    board_url: str = ""  # with {token}
    board_in_url = re.compile(r"")  # captures the token from a response URL

    def __init__(self, *args, boards: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.boards = load_boards(self.platform or self.name, which="all")
        self.board_filter = boards

    def initial_requests(self):
        # A replay holds the demo's sample boards; the network has the real ones.
        replaying = bool(self.settings.get("MICROGIGS_REPLAY_URL"))
        boards = load_boards(self.platform or self.name, which="sample" if replaying else "real")
        if self.board_filter:
            boards = {t.strip(): self.boards.get(t.strip(), "") for t in self.board_filter.split(",") if t.strip()}
        if not boards:  # nothing to crawl is no "ok, 0 listings"
            self.crawl_status = "skipped"
            self.failures.append(f"{self.name}: skipped, no {'sample' if replaying else 'real'} boards are listed "
                                 f"(add one with `microgigs boards add {self.platform or self.name} TOKEN`)")
            return
        for token in self.valid_tokens(boards):
            yield self.make_request(self.board_request_url(token), callback=self.parse, meta={"board": token})

    def valid_tokens(self, tokens):
        """The tokens that fit the platform's rule; each other one is a failure of the run, never a request
        (a data file edited by hand, `-a boards=`)."""
        for token in tokens:
            problem = token_problem(self.platform or self.name, token)
            if problem:
                self.failures.append(f"board refused: {problem}")
                self.crawler.stats.inc_value("boards/refused_token")
            else:
                yield token

    def board_request_url(self, token: str) -> str:
        return self.board_url.format(token=token)

    def board_of(self, response) -> str | None:
        token = response.meta.get("board") if response.request is not None and "board" in response.meta else None
        if token:
            return token
        found = self.board_in_url.search(response.url)
        return found.group(1) if found else None
