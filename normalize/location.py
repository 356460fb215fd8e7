"""Where the work is: remote/hybrid/onsite and one ISO 3166-1 alpha-2 country (NULL when several or worldwide)."""
from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from normalize.text import trie_pattern

WORLDWIDE = re.compile(r"\b(anywhere|worldwide|world ?wide|global(?:ly)?|international|any ?where in the world|"
                       r"weltweit|partout|mundial|todo el mundo)\b", re.I)
REMOTE = re.compile(r"\b(remote|remotely|work from home|wfh|telecommut\w*|home[- ]?office|homeoffice|"
                    r"t[ée]l[ée]travail|teletrabajo|remoto|distance|virtual(?! assistant)|anywhere|worldwide)\b", re.I)
HYBRID = re.compile(r"\b(hybrid|hybride|h[íi]brido|teilweise remote|partially remote|flex(?:ible)? office)\b", re.I)
ONSITE = re.compile(r"\b(on[- ]?site|in[- ]office|in[- ]person|vor ort|pr[ée]sentiel|presencial|office[- ]based)\b", re.I)
SITE_VALUES = {
    "remote": "remote", "telecommute": "remote", "fully_remote": "remote", "fullyremote": "remote",
    "hybrid": "hybrid", "onsite": "onsite", "on-site": "onsite", "on_site": "onsite", "office": "onsite",
    "in-office": "onsite", "inoffice": "onsite",
}
ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "us": "US", "united states": "US", "united states of america": "US",
    "uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "great britain": "GB", "britain": "GB",
    "deutschland": "DE", "germany": "DE", "españa": "ES", "espana": "ES", "france": "FR", "italia": "IT",
    "nederland": "NL", "the netherlands": "NL", "holland": "NL", "schweiz": "CH", "suisse": "CH",
    "österreich": "AT", "osterreich": "AT", "brasil": "BR", "polska": "PL", "sverige": "SE", "danmark": "DK",
    "norge": "NO", "suomi": "FI", "česko": "CZ", "magyarország": "HU", "éire": "IE", "belgië": "BE", "belgique": "BE", "méxico": "MX", "mexico": "MX", "south korea": "KR",
    "korea": "KR", "russia": "RU", "vietnam": "VN", "czechia": "CZ", "czech republic": "CZ", "türkiye": "TR",
    "turkey": "TR", "uae": "AE", "emirates": "AE", "taiwan": "TW", "iran": "IR", "bolivia": "BO",
    "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "laos": "LA", "syria": "SY", "ivory coast": "CI",
}
# Regions that are not one country: their presence means "several countries" (NULL).
REGIONS = re.compile(r"\b(europe|emea|latam|latin america|central america|americas|apac|asia|(?<!south )africa|oceania|eu|"
                     r"european union|north america|south america|middle east|nordics|dach|scandinavia|caribbean)\b", re.I)
# Names that are a country and a US state: alone they say nothing certain.
AMBIGUOUS_NAMES = {"georgia"}
ANYWHERE_IN = re.compile(r"\banywhere in(?: the)?\s+(?!the world)", re.I)
SUBDIVISION_COUNTRIES = ("US", "CA", "AU", "IN")  # not DE: "Berlin; London; Paris" lists cities
TIME_ZONES = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "GMT", "UTC", "IST", "BST"}  # EST is no Estonia
US_STATES = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
    "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
}
SHORT_CODES = re.compile(r"(?<![\w.])(USA|US|UK|U\.S\.A?\.?)(?![\w])")  # case-sensitive: "us" is a word
CA_PROVINCES = {"ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE"}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[value.lower()] = country.alpha_2
    names.update({k: v for k, v in ALIASES.items()})
    return names


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern:
    keys = [k for k in _names() if len(k) > 3 or "." in k]
    # as a trie (the longest name first at each place, as a longest-first alternation): one branch per letter
    return re.compile(r"(?<![\w])(" + trie_pattern(keys) + r")(?![\w])", re.I)


@lru_cache(maxsize=1)
def _subdivision_names() -> dict[str, str]:
    """State/province names of countries whose job ads name them ("Ontario", "New South Wales", "Texas")."""
    import unicodedata

    names = {}
    for code in SUBDIVISION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code):
            name = re.sub(r"\s*\[.*\]$", "", sub.name).lower()
            names[name] = code
            plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            names.setdefault(plain, code)
    return names


def country_code(value) -> str | None:
    """An alpha-2 code from a code (alpha-2/3, any case) or a country name; None when unknown."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("code") or value.get("addressCountry")
    if not isinstance(value, str):
        return None
    text = value.strip().strip(".").strip()
    if not text or len(text) > 80:
        return None
    lower = text.lower()
    if lower in _names():
        return _names()[lower]
    if len(text) in (2, 3) and text.isalpha():
        found = pycountry.countries.get(alpha_2=text.upper()) if len(text) == 2 else pycountry.countries.get(alpha_3=text.upper())
        if found:
            return "GB" if found.alpha_2 == "UK" else found.alpha_2
        if text.upper() == "UK":
            return "GB"
    return None


_PARTS = re.compile(r"\s*(?:[,;/|()\[\]•]|\s[-–—]\s|\s(?:or|and|&|oder|ou|o)\s)\s*", re.I)


def countries_in(text: str) -> set[str]:
    """Every country a location text names. Whole parts that are countries win ("New South Wales, Australia");
    else a state or province ("Pittsburgh, PA", "Toronto, Ontario"); else names inside the text ("Remote in India")."""
    parts = [p.strip(" .") for p in _PARTS.split(text[:2000]) if p and p.strip(" .")]
    countries, subdivision = set(), None
    for part in parts:
        lower = part.lower()
        if lower in AMBIGUOUS_NAMES:
            continue
        if lower in _names() or part.upper() in ("US", "USA", "UK", "U.S", "U.S.A") or (
                len(part) == 3 and part.isupper() and part not in TIME_ZONES and country_code(part)):
            code = _names().get(lower) or country_code(part) or ("US" if part.upper().startswith("U.S") else None)
            if code:
                countries.add(code)
        elif len(part) == 2 and part.isupper() and "," in text and part in US_STATES:
            subdivision = "US"
        elif len(part) == 2 and part.isupper() and "," in text and part in CA_PROVINCES:
            subdivision = "CA"
        elif lower in _subdivision_names():
            subdivision = _subdivision_names()[lower]
    if countries:
        return countries
    if subdivision:
        return {subdivision}
    found = {_names()[m.group(1).lower()] for m in _name_pattern().finditer(text[:2000])
             if m.group(1).lower() not in AMBIGUOUS_NAMES}
    found |= {"GB" if m.group(1) == "UK" else "US" for m in SHORT_CODES.finditer(text[:2000])}
    return found


def remote_mode(remote_raw, location_text: str | None, description: str | None = None) -> str | None:
    """remote, hybrid, onsite or None, from the site's own value first, then the location text."""
    if isinstance(remote_raw, bool):
        if remote_raw:
            return "remote"
    elif isinstance(remote_raw, (str, list, tuple)) and remote_raw:
        # a site value: "OnSite", "TELECOMMUTE", "telecommuting", "remote_anywhere", ["TELECOMMUTE"]
        values = remote_raw if isinstance(remote_raw, (list, tuple)) else [remote_raw]
        text = " ".join(v for v in values if isinstance(v, str))[:200]
        key = text.strip().lower().replace(" ", "")
        mode = SITE_VALUES.get(key) or next((m for p, m in ((HYBRID, "hybrid"), (REMOTE, "remote"), (ONSITE, "onsite"))
                                             if p.search(text.replace("_", " "))), None)
        if mode:
            if mode == "remote" and location_text and HYBRID.search(location_text):
                return "hybrid"
            return mode
    if location_text:
        if HYBRID.search(location_text):
            return "hybrid"
        if REMOTE.search(location_text):
            return "remote"
        if ONSITE.search(location_text):
            return "onsite"
    if isinstance(remote_raw, bool) and not remote_raw and location_text:
        return "onsite"
    return None


def country_of(country_raw, location_text: str | None, default_country: str | None = None) -> str | None:
    """One country, or None for worldwide, several countries, a region, or unknown."""
    code = country_code(country_raw) if country_raw not in (None, "") else None
    if code:
        return code
    if isinstance(country_raw, (list, tuple)):
        codes = {country_code(c) for c in country_raw} - {None}
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return None
    if location_text:
        if WORLDWIDE.search(location_text) and not ANYWHERE_IN.search(location_text):
            return None
        found = countries_in(location_text)
        if REGIONS.search(location_text) or len(found) > 1:  # "Americas, Europe, Israel": several countries
            return None
        if found:
            return found.pop()
    return default_country
