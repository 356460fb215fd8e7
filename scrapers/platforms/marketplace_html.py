"""Project marketplaces' public listing pages, two shapes.

- `MarketplaceHtmlSpider`: server-rendered project cards read by CSS selector (on `HtmlListingSpider`),
  plus what every marketplace card needs: the site's id from the project link (`id_pattern`), the link
  without its tracking suffix, and the pay unit from the budget's kind word (`unit_words`).
- `EmbeddedStateSpider`: a page whose listings ship as one JSON object assigned in an inline script
  (`state_pattern`, a regex that ends right before the object, such as the one for `window.App.initialState =`);
  records, field map and hooks as on `JsonApiSpider`.

Both raise UnparsableResponse for a page without listings (an error, bot-check or login page, or a
changed layout), so a crawl reports it instead of recording an empty catalogue.
"""
from __future__ import annotations

import json
import re
from typing import Any

from scrapers.platforms.html_listing import HtmlListingSpider
from scrapers.platforms.json_api import JsonApiSpider
from scrapers.platforms.base import UnparsableResponse

TRACKING_SUFFIX = re.compile(r"[&?#].*$")


class MarketplaceHtmlSpider(HtmlListingSpider):
    is_marketplace = True
    id_pattern: re.Pattern | None = None  # group 1 = the site's id, searched in the project link
    unit_words: dict[str, str] = {}  # first word(s) of the budget, lower case -> pay_unit_raw
    keep_query: bool = False  # True when the link's query string is part of the project's address

    def post_process(self, item, card, response):
        url = item.get("url")
        if isinstance(url, str) and not self.keep_query:
            item["url"] = TRACKING_SUFFIX.sub("", url)
        found = self.id_pattern.search(item.get("url") or "") if self.id_pattern else None
        item["source_id"] = found.group(1) if found else item.get("url")
        budget = str(item.get("pay_raw") or "").strip().lower()
        for word, unit in self.unit_words.items():
            if budget.startswith(word):
                item["pay_unit_raw"] = unit
                break
        return self.adjust(item, card, response)

    def adjust(self, item, card, response):
        """A site's own quirk, after the common fields."""
        return item


class EmbeddedStateSpider(JsonApiSpider):
    source_kind = "html"
    is_marketplace = True
    state_pattern: str = ""  # regex of the text right before the JSON object in the page

    def load_json(self, response) -> Any:
        text = getattr(response, "text", None)
        found = re.search(self.state_pattern, text) if isinstance(text, str) and self.state_pattern else None
        if found is None:
            raise UnparsableResponse(f"{self.name}: {response.url} has no embedded page state; an error page, "
                                     "a bot-check page, or a changed layout")
        try:
            state, _ = json.JSONDecoder().raw_decode(text, found.end())
        except ValueError as exc:
            raise UnparsableResponse(f"{self.name}: {response.url}: the page state is not JSON ({exc})") from None
        return state
