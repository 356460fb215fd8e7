"""Where the work is: remote/hybrid/onsite and one ISO 3166-1 alpha-2 country (NULL when several or worldwide)."""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import pycountry

from normalize.text import trie_pattern

DATA = Path(__file__).parent / "data"

WORLDWIDE = re.compile(r"\b(anywhere|worldwide|world ?wide|global(?:ly)?|international(?! airport| travel)|any ?where in the world|"
                       r"weltweit|partout|mundial|todo el mundo)\b", re.I)
REMOTE = re.compile(r"\b(remote(?![- ](?:sensing|control|controlled|viewing|pilot)\b)|remotely|work from home|wfh|telecommut\w*|(?<!my )(?<!our )home[- ]?office|homeoffice|"
                    r"t[ée]l[ée]travail|teletrabajo|remoto|à distance|travail a distance|a distancia|"
                    r"virtual(?=\s*$|\s*[-–—,;/|()]|\s+(?:role|position|job|work|office|only|team)\b)|anywhere|worldwide)\b"
                    r"|远程|遠程|居家办公|居家辦公|在家办公|在家辦公",  # Chinese has no word boundaries
                    re.I)
HYBRID = re.compile(r"\b(hybrid|hybride|h[íi]brido|teilweise remote|partially remote|partly remote|part[- ]remote|flex(?:ible)? office|"
                    r"[1-4]\s*(?:days?|x)\s*(?:a |per |/\s*)?(?:week|wk)?\s*(?:in(?: the)?[- ]office|on[- ]?site)|"
                    r"(?:in[- ]office|on[- ]?site|in[- ]person)\s*[(:,-]?\s*[1-4]\s*(?:days?|x)(?:\s*(?:a |per |/\s*)(?:week|wk))?)\b"
                    r"|混合办公|混合辦公", re.I)
ONSITE = re.compile(r"\b(on[- ]?site|in[- ]office|in[- ]person|vor ort|pr[ée]sentiel|presencial|office[- ]based|wfo|"
                    r"work(?:ing)? from (?:the |our )?office)\b"
                    r"|坐班|驻场|駐場|现场办公|現場辦公", re.I)
# Remote allowed but not promised ("remote-friendly", "remote possible"): never "remote" alone, never "onsite".
LUKEWARM_REMOTE = re.compile(r"\b(remote[- ](?:friendly|possible|optional|negotiable|considered)|"
                             r"open to remote|remote (?:work )?(?:is )?(?:possible|an option))\b", re.I)
# "Remote OK" is remote work accepted: remote on its own ("Writer (Remote OK)"), allowed only beside an office
REMOTE_OK = re.compile(r"\b(?:remote|telecommut\w*)[- ](?:ok(?:ay)?|accepted|welcome)\b", re.I)
NOT_REMOTE = re.compile(r"\b((?:no|not|non)[- ]remote|remote\s*:\s*no|remote (?:is )?not (?:possible|available|an option))\b",
                        re.I)
# A way of working ruled out ("WFO, NO HYBRID, NO WFH"): not said of this work
DENIED_MODE = re.compile(r"\b(?:no|not|non)[- ](?:hybrid|wfh|work from home|remote)\b", re.I)
SITE_VALUES = {
    "remote": "remote", "telecommute": "remote", "fully_remote": "remote", "fullyremote": "remote",
    "hybrid": "hybrid", "onsite": "onsite", "on-site": "onsite", "on_site": "onsite", "office": "onsite",
    "in-office": "onsite", "inoffice": "onsite",
}
ALIASES = {
    "northern ireland": "GB", "usa": "US", "u.s.": "US", "u.s.a.": "US", "us": "US", "united states": "US", "united states of america": "US",
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

# The big job-market cities, written as people type them (accents optional: the plain form is added).
# Left out: names that two job markets share (Cambridge, Birmingham, San Jose, Santiago, Valencia, Richmond, Hamilton,
# Halifax, Kingston, Nassau, Durham, Athens, Alexandria, Waterloo, Córdoba, Toledo, Naples, Odessa) and names that are
# also words (Nice, Reading, Mobile, Bath, Split); "Cambridge, MA" and "Paris, TX" are read by their state.
CITIES_BY_COUNTRY = {
    "US": "new york|new york city|nyc|manhattan|brooklyn|queens|san francisco|sf|sf bay area|bay area|"
          "san francisco bay area|silicon valley|palo alto|mountain view|menlo park|sunnyvale|santa clara|cupertino|"
          "redwood city|oakland|berkeley|los angeles|santa monica|irvine|san diego|sacramento|seattle|bellevue|"
          "redmond|kirkland|portland|boston|chicago|austin|dallas|houston|san antonio|fort worth|denver|boulder|"
          "atlanta|miami|orlando|tampa|jacksonville|phoenix|scottsdale|tempe|salt lake city|las vegas|philadelphia|"
          "pittsburgh|washington dc|washington d.c.|dc|d.c.|baltimore|raleigh|charlotte|nashville|minneapolis|"
          "detroit|ann arbor|columbus|cleveland|cincinnati|st. louis|st louis|saint louis|kansas city|indianapolis|"
          "milwaukee|madison|new orleans|honolulu|anchorage|boise|omaha|tulsa|oklahoma city|louisville|memphis|"
          "newark|hoboken|jersey city|stamford|new haven|providence|buffalo|albuquerque|el paso|spokane|"
          "fort lauderdale|san mateo|fremont",
    "CA": "toronto|greater toronto area|montreal|montréal|vancouver|calgary|ottawa|edmonton|winnipeg|"
          "quebec city|québec city|mississauga|kitchener|saskatoon",
    "GB": "london|manchester|edinburgh|glasgow|bristol|leeds|liverpool|oxford|belfast|cardiff|newcastle upon tyne|"
          "sheffield|nottingham|brighton|leicester|aberdeen|southampton|milton keynes",
    "IE": "dublin|cork|galway|limerick",
    "DE": "berlin|munich|münchen|hamburg|frankfurt|frankfurt am main|cologne|köln|stuttgart|düsseldorf|dortmund|"
          "essen|leipzig|dresden|hannover|nuremberg|nürnberg|bremen|karlsruhe|heidelberg|bonn|mannheim",
    "FR": "paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg|rennes|montpellier|grenoble|"
          "sophia antipolis",
    "NL": "amsterdam|rotterdam|utrecht|eindhoven|the hague|den haag|delft|leiden|groningen",
    "BE": "brussels|bruxelles|brussel|antwerp|antwerpen|ghent|gent|leuven|liège",
    "CH": "zurich|zürich|geneva|genève|basel|lausanne|bern",
    "AT": "vienna|wien|graz|linz|salzburg|innsbruck",
    "ES": "madrid|barcelona|seville|sevilla|málaga|bilbao|zaragoza",
    "PT": "lisbon|lisboa|porto|braga",
    "IT": "milan|milano|rome|roma|turin|torino|bologna|napoli",
    "DK": "copenhagen|københavn|aarhus",
    "SE": "stockholm|gothenburg|göteborg|malmö|uppsala",
    "NO": "oslo|bergen|trondheim",
    "FI": "helsinki|espoo|tampere",
    "EE": "tallinn|tartu",
    "LV": "riga",
    "LT": "vilnius|kaunas",
    "PL": "warsaw|warszawa|kraków|krakow|cracow|wrocław|gdańsk|poznań|łódź",
    "CZ": "prague|praha|brno",
    "HU": "budapest",
    "RO": "bucharest|bucurești|cluj-napoca|cluj|iași",
    "RS": "belgrade|beograd|novi sad",
    "HR": "zagreb",
    "GR": "thessaloniki",
    "UA": "kyiv|kiev|lviv|kharkiv|odesa",
    "TR": "istanbul|ankara|izmir",
    "RU": "moscow",
    "IL": "tel aviv|tel aviv-yafo|haifa|herzliya",
    "AE": "dubai|abu dhabi",
    "SA": "riyadh|jeddah",
    "QA": "doha",
    "EG": "cairo",
    "NG": "lagos|abuja",
    "KE": "nairobi",
    "GH": "accra",
    "ZA": "cape town|johannesburg|pretoria|durban",
    "MA": "casablanca|rabat",
    "RW": "kigali",
    "ET": "addis ababa",
    "IN": "bangalore|bengaluru|mumbai|bombay|delhi|new delhi|delhi ncr|gurgaon|gurugram|noida|hyderabad|"
          "chennai|pune|kolkata|ahmedabad|kochi|jaipur|chandigarh|indore|coimbatore",
    "PK": "karachi|lahore|islamabad",
    "BD": "dhaka",
    "LK": "colombo",
    "NP": "kathmandu",
    "SG": "singapore",
    "MY": "kuala lumpur|penang",
    "TH": "bangkok|chiang mai",
    "VN": "ho chi minh city|saigon|hanoi|da nang",
    "PH": "manila|metro manila|makati|cebu|cebu city|quezon city|taguig",
    "ID": "jakarta|bandung|bali",
    "JP": "tokyo|osaka|kyoto|yokohama|fukuoka|nagoya",
    "KR": "seoul|busan|pangyo",
    "CN": "beijing|shanghai|shenzhen|guangzhou|hangzhou|chengdu|nanjing|wuhan|xi'an|suzhou|北京|上海|深圳|广州|"
          "杭州|成都|南京|武汉|西安|苏州|厦门|重庆",
    "HK": "hong kong|香港",
    "TW": "taipei|台北|臺北",
    "AU": "sydney|melbourne|brisbane|perth|adelaide|canberra|gold coast",
    "NZ": "auckland|wellington|christchurch",
    "MX": "mexico city|ciudad de méxico|cdmx|guadalajara|monterrey",
    "BR": "são paulo|sao paulo|rio de janeiro|belo horizonte|porto alegre|curitiba|recife|florianópolis|"
          "brasília|campinas",
    "AR": "buenos aires",
    "CO": "bogotá|bogota|medellín",
    "PE": "lima",
    "UY": "montevideo",
    "EC": "quito",
    "VE": "caracas",
    "GT": "guatemala city", "SV": "san salvador", "DO": "santo domingo", "PY": "asunción", "CU": "havana",
    "GE": "tbilisi", "AM": "yerevan", "AZ": "baku", "KZ": "almaty|astana", "UZ": "tashkent", "BY": "minsk",
    "MD": "chișinău|chisinau", "MK": "skopje", "BA": "sarajevo", "SI": "ljubljana", "SK": "bratislava", "IS": "reykjavik|reykjavík",
    "MT": "valletta|sliema", "CY": "limassol|nicosia", "AL": "tirana", "ME": "podgorica",
    "TN": "tunis", "DZ": "algiers", "SN": "dakar", "UG": "kampala", "TZ": "dar es salaam", "ZM": "lusaka", "ZW": "harare",
    "CI": "abidjan", "CM": "douala|yaoundé", "KH": "phnom penh", "MM": "yangon", "MN": "ulaanbaatar", "JO": "amman",
    "LB": "beirut", "KW": "kuwait city", "BH": "manama", "OM": "muscat",
}
CITY_AFFIXES = re.compile(r"^(?:greater|metro(?:politan)?|downtown|central)\s+|\s+(?:area|metro(?:politan)? area|"
                          r"metro|region|cbd|c b d|city cent(?:re|er))$", re.I)


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


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City name (lower case, also without accents) -> alpha-2, from CITIES_BY_COUNTRY."""
    cities = {}
    for code, names in CITIES_BY_COUNTRY.items():
        for name in names.split("|"):
            cities[name] = code
            cities.setdefault(_plain(name), code)
    return cities


@lru_cache(maxsize=1)
def _us_towns() -> frozenset[str]:
    """US towns of 15,000 people or more that no town of that size elsewhere shares a name with (data/us_towns.json)."""
    return frozenset(json.loads((DATA / "us_towns.json").read_text(encoding="utf-8"))["towns"])


def us_town(part: str) -> bool:
    """Whether a text standing where a place stands is one such town, as written or in capitals ("Framingham",
    "FRAMINGHAM"); a lower-case word ("newton") is not."""
    name = part.strip(" ()[].,")
    if not name or not name[:1].isupper():
        return False
    return name in _us_towns() or (name.isupper() and name.title() in _us_towns())


def _plain(text: str) -> str:
    """The text without accents ("münchen" -> "munchen"); a text in another script as it is ("杭州")."""
    if text.isascii():
        return text
    text = text.translate(_UNDECOMPOSED)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().strip() or text


_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "ı": "i"})  # NFKD keeps these


@lru_cache(maxsize=1)
def _city_pattern() -> re.Pattern:
    """City names inside a text; the short ones (NYC, SF, DC) only as written in capitals, by CITY_CODES."""
    keys = [k for k in _cities() if len(k) > 3 or not k.isascii()]
    return re.compile(r"(?<![\w])(" + trie_pattern(keys) + r")(?![\w])", re.I)


CITY_CODES = re.compile(r"(?<![\w.])(NYC|SF|LA|D\.C\.|DC|CDMX|DFW)(?![\w])")  # LA: Los Angeles or Louisiana, both US


def _city_code(part: str) -> str | None:
    """The country of a part that is one known city ("Bengaluru", "Greater London", "Melbourne CBD")."""
    key = CITY_AFFIXES.sub("", part.strip(" .").lower()).strip(" .")
    return _cities().get(key) or _cities().get(_plain(key))


_GROUPS = re.compile(r"\s*(?:[;|/•]|\s(?:or|and|&|oder|ou|o)\s)\s*", re.I)
_PARTS = re.compile(r"\s*(?:[,()\[\]]|\s[-–—]\s)\s*")


# "Quincy MA", "Bedford ma": a town and a state code with no comma, as people type a place field; not the
# codes that are English words in lower case, nor Delaware's (Germany's "DE")
_TOWN_STATE = re.compile(r"([A-Z][a-z'.]+(?: [A-Z][a-z'.]+){0,2}) ([A-Za-z]{2})")
_WORDY_STATE_CODES = {"in", "or", "me", "ok", "hi", "oh", "la", "id", "de"}
_NOT_TOWNS = {"remote", "remotely", "online", "virtual", "hybrid", "onsite", "office", "home", "anywhere", "work", "job",
              "telecommute", "wfh", "flexible"}


DIRECTION = re.compile(r"^(?:northern|southern|eastern|western|central|upstate|downstate|north|south|east|west)\s+")


def _town_state_code(part: str) -> bool:
    match = _TOWN_STATE.fullmatch(part)
    if not match:
        return False
    town, code = match.groups()
    if code.upper() not in US_STATES or code.upper() == "DE" or (code.islower() and code in _WORDY_STATE_CODES):
        return False
    if not (code.isupper() or code.islower()) or any(w in _NOT_TOWNS for w in town.lower().split()):
        return False  # "Remote OK" is no town in Oklahoma
    return _city_code(town) in (None, "US")


def _group_countries(group: str, whole: str) -> set[str]:
    """The countries one place of a location text names ("Paris, TX"): a country named outright wins, then a
    state or province code ("Victoria, BC"), then its name ("Toronto, Ontario"), then a known city ("Berlin").
    A code that is a known city's own country is that country ("Amsterdam, NL", "Berlin, DE", "Toronto, CA"),
    not a province or state of the same letters."""
    countries, codes, subdivisions, cities = set(), set(), set(), set()
    parts = [p.strip(" .") for p in _PARTS.split(group)]
    own = {code for p in parts if p and (code := _city_code(p))} if len(parts) > 1 else set()
    for part in parts:
        if not part:
            continue
        if len(part) == 2 and part.isupper() and part in own:
            countries.add(part)
            continue
        lower = part.lower()
        if lower in AMBIGUOUS_NAMES:
            continue
        if lower in _names() or part.upper() in ("US", "USA", "UK", "U.S", "U.S.A") or (
                len(part) == 3 and part.isupper() and part not in TIME_ZONES and country_code(part)):
            code = _names().get(lower) or country_code(part) or ("US" if part.upper().startswith("U.S") else None)
            if code:
                countries.add(code)
        elif len(part) == 2 and part.isupper() and "," in whole and part in US_STATES:
            codes.add("US")
        elif len(part) == 2 and part.isupper() and "," in whole and part in CA_PROVINCES:
            codes.add("CA")
        elif _town_state_code(part):
            codes.add("US")
        elif lower in _subdivision_names() or DIRECTION.sub("", lower) in _subdivision_names():
            subdivisions.add(_subdivision_names().get(lower) or _subdivision_names()[DIRECTION.sub("", lower)])
        elif code := _city_code(part) or ("US" if CITY_CODES.fullmatch(part) or us_town(part) else None):
            cities.add(code)
    return countries or codes or subdivisions or cities


def countries_in(text: str) -> set[str]:
    """Every country a location text names, place by place ("New York, NY; London, UK"): whole parts first,
    else names inside the text ("Remote in India"), else city names inside it ("Office in Berlin")."""
    text = text[:2000]
    found = set()
    for group in _GROUPS.split(text):
        if group:
            found |= _group_countries(group, text)
    if found:
        return found
    found = {_names()[m.group(1).lower()] for m in _name_pattern().finditer(text)
             if m.group(1).lower() not in AMBIGUOUS_NAMES}
    found |= {"GB" if m.group(1) == "UK" else "US" for m in SHORT_CODES.finditer(text)}
    if found:
        return found
    found = {_cities().get(m.group(1).lower()) or _cities().get(_plain(m.group(1).lower()))
             for m in _city_pattern().finditer(text)}
    return (found | ({"US"} if CITY_CODES.search(text) else set())) - {None}


# What a place may say besides names: "Remote (US only)", "Onsite in NYC", "US-based", "EU time zones".
_PLACE_FILLER = re.compile(r"\b(only|based|in|within|from|the|or|and|of|across|fully|full|first|friendly|preferred|no|"
                           r"greater|metro(?:politan)?|area|region|downtown|cbd|northern|southern|eastern|western|central|"
                           r"upstate|downstate|"
                           r"time ?zones?|timezones?|zone|residents?|citizens?|located|must be|anywhere in)\b|"
                           r"(?<![\w])(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|GMT|UTC|BST|IST)(?:\s*[+-]\s*\d{1,2})?(?![\w])|"
                           r"\b\d{5}\b|\b100\s*%", re.I)
_STATE_AFTER_COMMA = re.compile(r",\s*(" + "|".join(sorted(US_STATES | CA_PROVINCES)) + r")(?![\w])")
_CAPITALIZED_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}")


@lru_cache(maxsize=1)
def _subdivision_pattern() -> re.Pattern:
    """State and province names inside a text ("Texas", "New South Wales")."""
    return re.compile(r"(?<![\w])(" + trie_pattern([k for k in _subdivision_names() if len(k) > 3]) + r")(?![\w])", re.I)


# Every word the place patterns above can match, for a quick "no" to a text with any other word ("Logo design").
PLACE_WORD_EXTRAS = (
    "remote remotely work from home wfh telecommute telecommuting teleworking homeoffice office télétravail "
    "teletravail teletrabajo remoto remota à distance travail a distancia virtual only role position job team "
    "anywhere worldwide world wide global globally international weltweit partout mundial todo el mundo any where "
    "hybrid hybride híbrido hibrido teilweise partially partly flex flexible days day x per week wk in on site onsite "
    "the person vor ort présentiel presentiel presencial based friendly possible optional negotiable considered ok "
    "okay open to is an option no not non europe emea latam latin america central americas apac asia africa oceania "
    "eu european union north south middle east nordics dach scandinavia caribbean usa us uk u s a nyc sf dc d c cdmx dfw "
    "within or and of across fully full first preferred time zone zones timezone timezones residents resident "
    "citizens citizen located must be greater metro metropolitan area region downtown cbd est edt cst cdt mst mdt "
    "pst pdt cet cest gmt utc bst ist c b northern southern eastern western upstate downstate"
).split()


@lru_cache(maxsize=1)
def _place_tokens() -> frozenset[str]:
    words = set(PLACE_WORD_EXTRAS) | set(US_STATES | CA_PROVINCES)
    for name in (*_names(), *_subdivision_names(), *_cities()):
        words.update(_WORD.findall(name))
    return frozenset(w.lower() for w in words)


_WORD = re.compile(r"[^\W\d_]+")


def _may_be_place(text: str) -> bool:
    """False when a word of the text is in no place name nor place word (a town we do not know is capitalized and
    followed by a comma); the quick test before the patterns, most titles' parts fail it."""
    tokens = _place_tokens()
    return all(word.lower() in tokens or (word[0].isupper() and "," in text) for word in _WORD.findall(text))


def _qualifies_a_town(piece: str, towns: bool) -> bool:
    head = piece.split("(")[0].strip(" .")
    if _STATE_AFTER_COMMA.match(", " + head):
        return True
    lower = head.lower()
    return towns and (lower in _names() or lower in _subdivision_names() or bool(SHORT_CODES.fullmatch(head))
                      or (len(head) == 2 and head.isupper() and country_code(head) is not None))  # "Tokyo, JP"


def is_place(text: str | None, *, towns: bool = False) -> bool:
    """Whether a short text says only where the work is: places, regions and remote/hybrid/onsite words
    ("Remote (US only)", "NYC or remote", "Wilmington, DE (Onsite)"), nothing else ("Logo design", "US hours").
    A town we do not know counts before a state code ("Wilmington, DE"); with `towns`, before a country or state
    name too ("Oftersheim, Germany"): only for a text that stands apart as a place, as a thread header's part."""
    if not isinstance(text, str) or not text.strip() or len(text) > 100:
        return False
    if us_town(text):
        return True  # "(Framingham)", "in Dracut"
    if not _may_be_place(text):
        return False
    town_state = _TOWN_STATE.fullmatch(text.strip())
    if town_state and town_state[2].isupper() and _town_state_code(text.strip()) and (
            towns or _city_code(town_state[1]) == "US"):
        return True  # "Cleveland OH"
    pieces = text.split(",")
    named = 0
    for i in range(len(pieces) - 1):
        if _CAPITALIZED_WORDS.fullmatch(pieces[i].strip()) and _qualifies_a_town(pieces[i + 1], towns):
            pieces[i] = " "
            code = pieces[i + 1].strip()
            if len(code) == 2 and code.isupper() and code not in US_STATES | CA_PROVINCES:
                pieces[i + 1], named = " ", named + 1  # "Tokyo, JP": the country's code, read by country_of
    rest = ",".join(pieces)
    # the longer name first: "Jersey City" before Jersey, "New South Wales" before Wales
    for pattern in (REMOTE, HYBRID, ONSITE, WORLDWIDE, REGIONS, _city_pattern(), _subdivision_pattern(), _name_pattern(),
                    SHORT_CODES, CITY_CODES, _STATE_AFTER_COMMA):
        rest, found = pattern.subn(" ", rest)
        named += found
    rest = _PLACE_FILLER.sub(" ", rest)
    return bool(named) and not re.search(r"[^\s.,;:/()\[\]&+\-–—•·|!]", rest)


_TITLE_SEGMENTS = re.compile(r"\s*\|\s*|\s+[-–—•·/]\s+|\s*[–—]\s+|\s+[–—]\s*")
_BRACKETED = re.compile(r"[\[(]([^\[\]()]{1,100})[\])]")


def place_in_title(title: str | None) -> str | None:
    """The place a title states in a part of its own ("[Hiring] Intern | New York, NY", "Editor (Remote, US only)
    - $20/hr", "Developer, remote (US)"), several joined by ", "; None when the title states none. A place inside
    running words is not taken: "Find 50 dog groomers in Austin" names the market, not where the work is."""
    if not isinstance(title, str) or not title.strip():
        return None
    title = title[:300]
    found: list[str] = []
    segments = _TITLE_SEGMENTS.split(_BRACKETED.sub(lambda m: m.group(0) if is_place(m.group(1)) else " ", title))
    # a bracket's words, then each part; a part after the first stands apart ("Role | Cambridge, UK")
    candidates = [(m.group(1), False) for m in _BRACKETED.finditer(title)]
    candidates += [(segment, index > 0) for index, segment in enumerate(segments)]
    for candidate, apart in candidates:
        pieces = candidate.split(",")
        for start in range(len(pieces)):  # the longest run of trailing pieces that is a place
            run = ",".join(pieces[start:]).strip(" -–—:|")
            if run.count("(") != run.count(")") or run.count("[") != run.count("]"):
                continue  # "US only)" is the end of a bracket, read on its own above
            if is_place(run, towns=apart and start == 0):
                if not any(run in f for f in found):  # "Wilmington, DE (Onsite)" holds "(Onsite)"
                    found = [f for f in found if f not in run] + [run]
                break
    return ", ".join(found) or None


# "Music Video in Boston", "light move Derry NH to Boston", "Photographer needed in Brooklyn, NY": a place the work
# happens in, said in the title's words; not the market a data task is about ("Find 50 dog groomers in Austin")
_PLACE_IN_WORDS = re.compile(r"\b(?i:in|near|around|based in|located in)\s+((?:[A-Z][\w.'-]*)(?:,?\s+[A-Z][\w.'-]*){0,3})")
DATA_TASK = re.compile(r"^\W*(?:\[[^\]]{1,20}\]\W*)*(?:find|list|scrape|research|collect|compile|gather|build a list|"
                       r"lead|leads|email list|database|directory|contacts?)\b|\b(?:list|leads|emails?|contacts?|database) of\b", re.I)


_WORKPLACE = re.compile(r"\b(?:office|studio|shop|store|warehouse|workshop|clinic|restaurant|we are|we're|i am|i'm|"
                        r"located|based|on-?site|in[- ]person|in[- ]office)\b[^.\n]{0,30}?\b(?:in|at)\s+"
                        r"((?:[A-Z][\w.'-]*)(?:,?\s+[A-Z][\w.'-]*){0,3})", re.I)
# "Bangalore based startup", "a Lisbon-based studio": where the employer is
_BASED_EMPLOYER = re.compile(r"((?:[A-Z][\w.'-]*)(?:,?\s+[A-Z][\w.'-]*){0,2})[- ][Bb]ased\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:startup|start-up|company|studio|agency|team|firm|business|brand|office|shop|restaurant)s?\b")


def workplace_place(text: str | None) -> str | None:
    """Where a post's office, shop or studio is ("Our office is located in Alameda, CA"), for work done there."""
    if not isinstance(text, str) or not any(w in text[:3000].lower() for w in ("office", "studio", "shop", "store", "site",
                                                                               "warehouse", "located", "based", "clinic",
                                                                               "person")):
        return None
    for found in _WORKPLACE.finditer(text[:3000]):
        place = _leading_place(found.group(1), towns=True)
        if place:
            return place
    for found in _BASED_EMPLOYER.finditer(text[:3000]):
        place = _trailing_place(found.group(1))
        if place:
            return place
    return None


def _trailing_place(words: str) -> str | None:
    """The shortest run of capitalized words at the end that is a place ("Dat Science Engr Bangalore" -> "Bangalore")."""
    split = words.split()
    for start in range(len(split) - 1, -1, -1):
        place = " ".join(split[start:]).strip(",.")
        if place[:1].isupper() and is_place(place, towns=True) and countries_in(place):
            return place
    return None


def _leading_place(words: str, *, towns: bool = False) -> str | None:
    """The longest run of capitalized words at the start that is a place in one country ("Boston Startup" ->
    "Boston", "Alameda, CA, so" -> "Alameda, CA")."""
    split = words.split()
    for end in range(len(split), 0, -1):
        place = " ".join(split[:end]).strip(",.")
        if place[:1].isupper() and is_place(place, towns=towns) and countries_in(place):
            return place
    return None


def place_in_words(title: str | None) -> str | None:
    """The place a title's words say the work is in ("... Music Video in Boston"), or None."""
    if not isinstance(title, str) or DATA_TASK.search(title[:300]):
        return None
    for found in _PLACE_IN_WORDS.finditer(title[:300]):
        if re.match(r"\s+(?:or|and|/|&)\s+[A-Z]", title[found.end():]):
            continue  # "in New York or London": one of several
        place = _leading_place(found.group(1))
        if place:
            return place
    return None


LABELLED_PLACE = re.compile(r"^[^\w\n]*(?:job |work )?(?:location|where|based in|work(?:place| mode| type| setup| arrangement)?|"
                            r"lieu|localisation|ubicaci[oó]n|standort|"
                            r"arbeitsort)[ \t*_]*(?:[:：]|\s[-–—])[ \t*_]*(?P<place>[^\n]{1,120}?)[ \t*_]*$", re.I | re.M)


# Where the worker must live: "Only freelancers located in the United States may apply", "a U.S.-based developer",
# "US residents only", "must be based in Canada"
_PLACE_WORDS = r"(?:the )?((?:U\.S\.A?\.?|U\.K\.|[A-Z][\w.]*)(?:[ -](?:[A-Z][\w.]*|of [A-Z]\w*)){0,2})"
RESIDENCE = re.compile(
    rf"\b(?:(?i:must|should|needs? to|ha(?:ve|s) to)\s+(?i:be\s+)?|(?:freelancers?|candidates?|applicants?|contractors?|people|"
    rf"talent|workers?|you)\s+(?:who\s+are\s+|are\s+)?)(?i:located|based|residing|resident|reside|living|live)\s+(?i:in)\s+{_PLACE_WORDS}"
    rf"|\b(?:[Mm]ust|[Ss]hould|[Nn]eeds? to)\s+be\s+(?:in\s+{_PLACE_WORDS}|{_PLACE_WORDS}[- ]based\b)"
    rf"|(?<![\w.]){_PLACE_WORDS}(?:[- ]based)?\s+(?i:only)\b"
    rf"|\b(?i:must|should|needs? to)\s+(?i:be|live|reside)\s+(?i:from|in)\s+{_PLACE_WORDS}"
    rf"|(?<![\w.]){_PLACE_WORDS}[- ][Bb]ased\s+(?:[\w/]+\s+){{0,4}}?(?:developers?|engineers?|freelancers?|candidates?|applicants?|contractors?|"
    rf"[Dd]esigners?|[Dd]evelopers?|[Aa]rtists?|designers?|writers?|artists?|editors?|illustrators?|people|individuals?|talent|"
    rf"team members?|va|virtual assistants?|[a-z]{{3,}}(?:er|or|ist|ant)s?)\b"
    rf"|(?<![\w.]){_PLACE_WORDS}\s+(?:residents?|citizens?|applicants?|candidates?)\s+only\b"
    rf"|\b(?i:right to work|authori[sz]ed to work|eligible to work|work permit)\s+(?i:in)\s+{_PLACE_WORDS}")
# A line of its own saying where the worker is based ("🇨🇦 Canada Based - Remote", "US-based | Part-time")
BASED_LINE = re.compile(rf"^[^\w\n]*{_PLACE_WORDS}[- ](?:[Bb]ased|BASED)[ \t]*(?:$|[-–—|(,:/•·])", re.M)
# The people sought and where they are ("looking for experienced designers in India", "applicants from the US"):
# starts with words, so it scans fast, and has its own gate
SOUGHT_FROM = re.compile(
    rf"\b(?:(?:[Ll]ooking for|[Ss]eeking|[Hh]iring|[Nn]eed)\b[^.\n]{{0,40}}?\b(?i:designers?|developers?|engineers?|"
    rf"freelancers?|writers?|editors?|artists?|illustrators?|animators?|candidates?|students?|professionals?|people|talent)|"
    rf"(?:applicants?|candidates?|someone|somebody|freelancers?))\s+(?:from|in|located in|based in)\s+{_PLACE_WORDS}"
    rf"(?!\s+(?:is|are)\s+)(?![^.\n]{{0,20}}\bpreferred\b)")
SOUGHT_WORDS = ("ooking for", "eeking", "iring", "eed", "pplicant", "andidate", "omeone", "omebody", "reelancer")


# A nationality asked of the worker ("Looking for a Canadian Concept Artist", "Filipino only"): where they live. Only
# nationalities that name no language ("a French writer" may be one who writes French)
DEMONYMS = {"American": "United States", "Canadian": "Canada", "British": "United Kingdom", "Australian": "Australia",
            "Indian": "India", "Filipino": "Philippines", "Filipina": "Philippines", "Brazilian": "Brazil",
            "Mexican": "Mexico", "Irish": "Ireland", "Nigerian": "Nigeria", "Pakistani": "Pakistan", "Kenyan": "Kenya",
            "South African": "South Africa", "Singaporean": "Singapore", "Malaysian": "Malaysia", "Indonesian": "Indonesia",
            "Argentinian": "Argentina", "Argentine": "Argentina", "Colombian": "Colombia", "Ukrainian": "Ukraine",
            "Emirati": "United Arab Emirates", "Egyptian": "Egypt", "Bangladeshi": "Bangladesh", "Vietnamese": "Vietnam"}
_DEMONYM = "|".join(sorted(DEMONYMS, key=len, reverse=True))
DEMONYM_ENDINGS = ("an ", "ian", "ino", "ina", "ish", "ese", "ati", "ine", "eri", "ani", "ean")  # a cheap gate: how they end
DEMONYM_SOUGHT = re.compile(
    rf"\b(?:[Ll]ooking for|[Ss]eeking|[Hh]iring|[Nn]eed|[Ww]ant)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?P<demonym>{_DEMONYM})\s+"
    rf"(?:[\w/-]+\s+){{0,3}}?(?i:artists?|designers?|developers?|illustrators?|animators?|editors?|writers?|freelancers?|"
    rf"engineers?|videographers?|photographers?|creators?|talent|people|candidates?|assistants?|va)\b"
    rf"|(?<![\w-])(?P<only>{_DEMONYM})s?\s+(?:(?:residents?|citizens?|applicants?|candidates?|freelancers?)\s+)?(?i:only)\b")
# Every RESIDENCE match holds one of these as written (the pattern is case-sensitive): most posts hold none, and
# then the pattern, which tries every capitalized word, does not run
RESIDENCE_WORDS = ("located", "LOCATED", "based", "Based", "resid", "liv", "only", "Only", "ONLY", "ust be", "hould be", "eed to be",
                   "eeds to be", "UST BE", "to work", "permit")


# The work said to be remote in a sentence of the body ("This is a fully remote position", "100% remote", "work from
# anywhere", "can be done remotely"), not remote as a product or a team ("tools for remote teams")
REMOTE_SAID = re.compile(
    r"\b(?:(?:this|it|position|role|job|gig|work|project|contract)\s+(?:is|'s|’s|will be)\s+(?:an?\s+)?(?:fully\s+|100\s*%\s+|completely\s+|entirely\s+)?remote"
    r"(?!\s+(?:teams?|companies|workers|workforce|tools?|software|monitoring|access|control|sensing))\b|"
    r"(?:fully|100\s*%|completely|entirely|totally)\s+remote\b(?!\s+(?:teams?|companies|workforce))|"
    r"remote\s+(?:(?:independent|freelance|contract|paid|part[- ]time|full[- ]time|short[- ]term)\s+){0,2}"
    r"(?:position|role|job|gig|opportunity|contract|freelance|project|task)"
    r"\s*(?:[.,;!)(]|$|\s(?:for|with|where|that|in|on|and|but|paying)\b)|"
    r"(?:can|may|will)\s+(?:be\s+done\s+|work\s+)(?:fully\s+|entirely\s+|100%\s+)?remotely\b|"
    r"(?:paid|freelance|contract|part[- ]time|flexible)\s*,\s*remote\b|"
    r"(?:looking for|seeking|hiring|need)\b[^.\n]{0,30}?\bremote\s+(?:[\w-]+\s+)?(?:designers?|developers?|editors?|"
    r"videographers?|artists?|writers?|assistants?|freelancers?|animators?|illustrators?|talent|contractors?)\b|"
    r"work\s+(?:from\s+anywhere|remotely)\b|(?:you\s+can|you'll|you\s+will|able\s+to)\s+work\s+from\s+home\b|"
    r"join\s+(?:our|a|the)\s+(?:[\w-]+\s+){0,3}?remote\s+team\b|"  # "to join our small UK remote team"
    r"(?:we\s+are|we're|a|an)\s+(?:[\w-]+\s+){0,2}?remote[- ](?:first|only)\s+(?:[\w-]+\s+){0,3}?(?:studio|company|team|startup|agency)|"
    # a sentence that starts with it: "Remote, async-friendly (Jira + Discord)."
    r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s))remote\s*(?:,|&|and|/)\s*(?:async|flexible|part[- ]time|freelance|contract|paid|worldwide|anywhere))",
    re.I)
REMOTE_SAID_GATE = ("remote", "anywhere", "from home")
REMOTE_IN_A_LIST = re.compile(r"^[ \t]*[-*•·][ \t]*(?:[\w' -]{1,25},[ \t]*)*(?:fully[ \t]+|100[ \t]*%[ \t]*)?remote(?:[ \t]+work)?"
                              r"(?:,[ \t]*[\w' -]{1,25})*[ \t.]*$|"
                              r"^[ \t*_]*(?:fully[ \t]+|100[ \t]*%[ \t]*)?remote[ \t]*(?:[&,/+]|and)[ \t]*[\w' -]{1,25}[ \t.!]*$",
                              re.I | re.M)


# A line that starts with how the work is done ("- Remote, flexible, your own hours", "🇨🇦 Canada Based - Remote
# (Preference for Atlantic Canada)"), not remote as a subject ("Remote work is the future")
REMOTE_LEAD_LINE = re.compile(r"^[ \t]*(?:[-*•·>][ \t]*)?[^\w\n]{0,3}(?:(?!(?:job |work )?(?:location|where)\b)[\w' .]{1,30}\s[-–—|•·]\s)?(?:fully[ \t]+|100[ \t]*%[ \t]*)?"
                              r"remote(?:[ \t]*\([^)\n]{0,60}\))?[ \t]*(?:[,;&/+|.!:–—-]|and\b|$)", re.I | re.M)
# On-site work said in a sentence of the body ("Full time WFO", "a full-time onsite opportunity", "onsite only")
ONSITE_SAID = re.compile(r"\b(?:wfo|work(?:ing)? from (?:the |our )?office|(?:fully|full[- ]time|100\s*%|strictly)\s+"
                         r"(?:on[- ]?site|in[- ]office)|(?:on[- ]?site|in[- ]office)\s+(?:only|role|position|job|opportunity))\b", re.I)
# The worker must be on site: "someone local to the area", "locals only", "must be local"
LOCAL_ONLY = re.compile(r"\b(?:(?:someone|somebody|people|candidates?|applicants?)\s+local\s+to|local to the area|"
                        r"locals? only|must be local|only locals?)\b", re.I)


def remote_said(text: str | None) -> str | None:
    """"remote" when a sentence of the post's body says the work is remote, unless it also says it is not;
    "onsite" when it says the worker must be local."""
    if not isinstance(text, str):
        return None
    head = text[:3000]
    lowered = head.lower()
    if "local" in lowered and LOCAL_ONLY.search(head) and "remote" not in lowered:
        return "onsite"
    if ("site" in lowered or "office" in lowered or "wfo" in lowered) and ONSITE_SAID.search(head) and not REMOTE.search(
            DENIED_MODE.sub(" ", NOT_REMOTE.sub(" ", head))):
        return "onsite"  # "Full time WFO, NO HYBRID, NO WFH"
    if not any(word in lowered for word in REMOTE_SAID_GATE) or NOT_REMOTE.search(head):
        return None
    if REMOTE_SAID.search(head) or REMOTE_IN_A_LIST.search(head) or REMOTE_LEAD_LINE.search(head):
        return "remote"
    return None


def residence_place(text: str | None) -> str | None:
    """The country a post requires its worker to live in, as it says it, when the words name one; else None."""
    if not isinstance(text, str):
        return None
    head = text[:5000]
    for pattern, words in ((RESIDENCE, RESIDENCE_WORDS), (SOUGHT_FROM, SOUGHT_WORDS), (BASED_LINE, ("ased", "ASED"))):
        if not any(map(head.__contains__, words)):
            continue
        for match in pattern.finditer(head):
            place = next((g for g in match.groups() if g), "")
            if countries_in(place):
                return place
    found = DEMONYM_SOUGHT.search(head) if any(map(head.__contains__, DEMONYM_ENDINGS)) else None
    return DEMONYMS[found["demonym"] or found["only"]] if found else None  # a nationality names its country


def labelled_place(text: str | None) -> str | None:
    """The value of a "Location:" line in a post's body ("**Location:** Wilmington, DE (5 days onsite)"), when it
    says a place or a remote/onsite word we can read; None for any other ("Location: we'll discuss")."""
    if not isinstance(text, str):
        return None
    for match in LABELLED_PLACE.finditer(text[:5000]):
        value = re.sub(r"[*_`]+", "", match.group("place")).strip(" .,;")
        if value and (is_place(value) or countries_in(value) or mode_in_text(value)):
            return value
    return None


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
        mode = SITE_VALUES.get(key) or mode_in_text(text.replace("_", " "))
        if mode:
            if mode == "remote" and location_text and HYBRID.search(location_text):
                return "hybrid"
            return mode
    if location_text:
        mode = mode_in_text(location_text)
        if mode:
            return mode
    if isinstance(remote_raw, bool) and not remote_raw and location_text:
        return "onsite"
    return None


def mode_in_text(text: str) -> str | None:
    """hybrid, remote or onsite as a location text says it ("Hybrid - London", "Remote (US only)", "On-site in
    Austin"); None when remote is only allowed ("remote-friendly") or denied with no other word ("no remote")."""
    text = text[:2000]
    lukewarm = LUKEWARM_REMOTE.search(text)
    if not lukewarm and REMOTE_OK.search(text) and ONSITE.search(text):
        lukewarm = True
        text = REMOTE_OK.sub(" ", text)
    rest = DENIED_MODE.sub(" ", NOT_REMOTE.sub(" ", LUKEWARM_REMOTE.sub(" ", text)))
    if HYBRID.search(rest):
        return "hybrid"
    if REMOTE.search(rest):
        return "remote"
    if ONSITE.search(rest) and not lukewarm:
        return "onsite"
    return None


def names_places(location_text: str | None) -> bool:
    """Whether a location text names a country, a region or the whole world (so that no other text is asked)."""
    return bool(location_text) and bool(WORLDWIDE.search(location_text) or REGIONS.search(location_text)
                                        or countries_in(location_text))


_LOWER_TOWN_STATE = re.compile(r"^([a-z][a-z'. ]{1,40}?)[ ,]+([a-z]{2})$")
STATE_CODES_ONLY = re.compile(r"^[A-Z]{2}(?:\s*[-/,&]\s*[A-Z]{2})+$")


def as_typed_place(location_text: str) -> str:
    """A location field typed in lower case, read as a place ("lynn ma" -> "Lynn MA"); any other as it is."""
    found = _LOWER_TOWN_STATE.match(location_text.strip())
    if found and found[2].upper() in US_STATES and found[2] not in _WORDY_STATE_CODES:
        return f"{found[1].title()} {found[2].upper()}"
    return location_text


def board_country(url) -> str | None:
    """The country of a city board a listing's address names ("https://boston.craigslist.org/..." is Boston's board):
    where the poster put the work when the text names no place."""
    if not isinstance(url, str) or ".craigslist.org" not in url[:60]:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed address ("http://[::1")
        return None
    found = countries_in(host.split(".", 1)[0].title()) if host.endswith(".craigslist.org") else set()
    return found.pop() if len(found) == 1 else None


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
        location_text = as_typed_place(location_text)
        if STATE_CODES_ONLY.match(location_text.strip()) and all(
                code in US_STATES for code in re.findall(r"[A-Z]{2}", location_text)):
            return "US"  # "MA-RI-NH"
        if WORLDWIDE.search(location_text) and not ANYWHERE_IN.search(location_text):
            return None
        found = countries_in(location_text)
        if REGIONS.search(location_text) or len(found) > 1:  # "Americas, Europe, Israel": several countries
            return None
        if found:
            return found.pop()
    return default_country
