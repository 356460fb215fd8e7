"""Where the work is: remote/hybrid/onsite and one ISO 3166-1 alpha-2 country (NULL when several or worldwide)."""
from __future__ import annotations

import re
from functools import lru_cache

import pycountry

WORLDWIDE = re.compile(r"\b(anywhere|worldwide|world ?wide|global(?:ly)?|international|any ?where in the world|"
                       r"weltweit|partout|mundial|todo el mundo)\b", re.I)
REMOTE = re.compile(r"\b(remote|remotely|work from home|wfh|telecommut\w*|home[- ]?office|homeoffice|"
                    r"t[ée]l[ée]travail|teletrabajo|remoto|distance|virtual|anywhere|worldwide)\b", re.I)
HYBRID = re.compile(r"\b(hybrid|hybride|h[íi]brido|teilweise remote|partially remote|flex(?:ible)? office)\b", re.I)
ONSITE = re.compile(r"\b(on[- ]?site|in[- ]office|in[- ]person|vor ort|pr[ée]sentiel|presencial|office[- ]based)\b", re.I)
SITE_VALUES = {
    "remote": "remote", "telecommute": "remote", "fully_remote": "remote", "fullyremote": "remote",
    "hybrid": "hybrid", "onsite": "onsite", "on-site": "onsite", "on_site": "onsite", "office": "onsite",
    "in-office": "onsite", "inoffice": "onsite",
}
ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "us": "US", "united states": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "great britain": "GB", "britain": "GB",
    "deutschland": "DE", "germany": "DE", "españa": "ES", "espana": "ES", "france": "FR", "italia": "IT",
    "nederland": "NL", "the netherlands": "NL", "holland": "NL", "schweiz": "CH", "suisse": "CH",
    "österreich": "AT", "osterreich": "AT", "brasil": "BR", "méxico": "MX", "mexico": "MX", "south korea": "KR",
    "korea": "KR", "russia": "RU", "vietnam": "VN", "czechia": "CZ", "czech republic": "CZ", "türkiye": "TR",
    "turkey": "TR", "uae": "AE", "emirates": "AE", "taiwan": "TW", "iran": "IR", "bolivia": "BO",
    "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "laos": "LA", "syria": "SY", "ivory coast": "CI",
}
# Regions that are not one country: their presence means "several countries" (NULL).
REGIONS = re.compile(r"\b(europe|emea|latam|latin america|americas|apac|asia|africa|oceania|eu|european union|"
                     r"north america|south america|middle east|nordics|dach|cet|est|pst|timezones?)\b", re.I)
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
    keys = sorted((k for k in _names() if len(k) > 3 or "." in k), key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w])", re.I)


@lru_cache(maxsize=1)
def _us_state_names() -> dict[str, str]:
    return {s.name.lower(): "US" for s in pycountry.subdivisions.get(country_code="US")}


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


def countries_in(text: str) -> set[str]:
    """Every country a location text names (names, 'City, ST' US states, trailing codes)."""
    found = {_names()[m.group(1).lower()] for m in _name_pattern().finditer(text)}
    found |= {"GB" if m.group(1) == "UK" else "US" for m in SHORT_CODES.finditer(text)}
    for part in re.split(r"[,;/|()\-–]+", text):
        token = part.strip()
        if token.upper() in ("US", "USA", "UK") or (len(token) == 3 and token.isupper() and country_code(token)):
            code = country_code(token)
            if code:
                found.add(code)
        elif len(token) == 2 and token.isupper() and token in US_STATES and "," in text:
            found.add("US")
        elif len(token) == 2 and token.isupper() and token in CA_PROVINCES and "," in text:
            found.add("CA")
        elif token.lower() in _us_state_names():
            found.add("US")
    return found


def remote_mode(remote_raw, location_text: str | None, description: str | None = None) -> str | None:
    """remote, hybrid, onsite or None, from the site's own value first, then the location text."""
    if isinstance(remote_raw, bool):
        if remote_raw:
            return "remote"
    elif isinstance(remote_raw, str) and remote_raw.strip():
        key = remote_raw.strip().lower().replace(" ", "")
        if key in SITE_VALUES:
            mode = SITE_VALUES[key]
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
        if WORLDWIDE.search(location_text):
            return None
        found = countries_in(location_text)
        if len(found) == 1:
            return found.pop()
        if found or REGIONS.search(location_text):
            return None
    return default_country
