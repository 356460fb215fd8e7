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


def load_boards(platform: str) -> dict[str, str]:
    """token -> company name, from the platform's data file."""
    path = DATA / f"{platform}_boards.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        return {row["token"].strip(): (row.get("company") or "").strip()
                for row in csv.DictReader(handle) if row.get("token", "").strip() and not row["token"].startswith("#")}


class BoardPlatformSpider(ListingSpider):
    source_kind = "ats"
    platform: str = ""  # data file prefix
    board_url: str = ""  # with {token}
    board_in_url = re.compile(r"")  # captures the token from a response URL

    def __init__(self, *args, boards: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.boards = load_boards(self.platform or self.name)
        if boards:
            self.boards = {t.strip(): self.boards.get(t.strip(), "") for t in boards.split(",") if t.strip()}

    def initial_requests(self):
        for token in self.boards:
            yield self.make_request(self.board_url.format(token=token), callback=self.parse,
                                    meta={"board": token})

    def board_of(self, response) -> str | None:
        token = response.meta.get("board") if response.request is not None and "board" in response.meta else None
        if token:
            return token
        found = self.board_in_url.search(response.url)
        return found.group(1) if found else None
