"""Multi-tenant platforms (applicant tracking systems): a list of company boards, one request each.

Boards live in `scrapers/data/<platform>_boards.csv` (token, company, where the token was found);
`-a boards=a,b` on the command line overrides the list.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from scrapers.platforms.base import ListingSpider

DATA = Path(__file__).resolve().parents[1] / "data"


def load_boards(platform: str, *, which: str = "real") -> dict[str, str]:
    """token -> company name from the platform's data file: `real` boards, the demo's `sample` ones, or `all`."""
    path = DATA / f"{platform}_boards.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        return {row["token"].strip(): (row.get("company") or "").strip()
                for row in csv.DictReader(handle)
                if row.get("token", "").strip() and not row["token"].startswith("#")
                and (which == "all" or (row.get("sample") == "1") == (which == "sample"))}


TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~/-]{0,120}$")
BOARD_COLUMNS = ["token", "company", "found_in", "sample"]


def add_board(platform: str, token: str, *, company: str = "", found_in: str = "") -> Path:
    """Append a real board to the platform's data file; refuses an unknown platform or a repeated token."""
    path = DATA / f"{platform}_boards.csv"
    if not path.exists():
        known = sorted(p.name.removesuffix("_boards.csv") for p in DATA.glob("*_boards.csv"))
        raise ValueError(f"unknown platform {platform!r}; known: {', '.join(known)}")
    token = token.strip()
    if not TOKEN.match(token):
        raise ValueError(f"{token!r} does not look like a board token (letters, digits, . _ - / only)")
    if token in load_boards(platform, which="all"):
        raise ValueError(f"{platform} board {token!r} is already listed in {path.name}")
    text = path.read_text(encoding="utf-8")
    with path.open("a", newline="", encoding="utf-8") as handle:
        if text and not text.endswith("\n"):
            handle.write("\n")
        csv.DictWriter(handle, BOARD_COLUMNS).writerow(
            {"token": token, "company": company.strip() or token, "found_in": found_in, "sample": "0"})
    return path


class BoardPlatformSpider(ListingSpider):
    source_kind = "ats"
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
        for token in boards:
            yield self.make_request(self.board_request_url(token), callback=self.parse, meta={"board": token})

    def board_request_url(self, token: str) -> str:
        return self.board_url.format(token=token)

    def board_of(self, response) -> str | None:
        token = response.meta.get("board") if response.request is not None and "board" in response.meta else None
        if token:
            return token
        found = self.board_in_url.search(response.url)
        return found.group(1) if found else None
