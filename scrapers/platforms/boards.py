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
            yield self.make_request(self.board_url.format(token=token), callback=self.parse,
                                    meta={"board": token})

    def board_of(self, response) -> str | None:
        token = response.meta.get("board") if response.request is not None and "board" in response.meta else None
        if token:
            return token
        found = self.board_in_url.search(response.url)
        return found.group(1) if found else None
