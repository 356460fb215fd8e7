"""What normalization needs to know about a source, passed explicitly (normalize/ imports no Scrapy)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceContext:
    name: str
    default_currency: str | None = None  # only a currency the source documents
    default_country: str | None = None  # ISO alpha-2 the source is known to be limited to
    is_marketplace: bool = False  # project marketplace or micro-internship program


class InvalidListing(ValueError):
    """A record that cannot become a listing; `reason` is a short slug counted as rejects/<reason>."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
