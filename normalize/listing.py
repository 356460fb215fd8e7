"""One raw record -> one row of the `listings` table (../shared/SCHEMA.md). Pure: no clock, no network."""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

from normalize import classify
from normalize.context import InvalidListing, SourceContext
from normalize.dates import format_utc, plausible_datetime, to_utc_iso
from normalize.effort import HOURS_PER_DAY, days_at_day_rate, effort_from_text
from normalize.location import (board_country, country_of, is_place, labelled_place, mode_in_text, names_places, place_in_title, place_in_words,
                                workplace_place,
                                remote_mode, remote_said, residence_place)
from normalize.pay import (Pay, at_most_usd, says_hiring, says_revenue_share, unit_without_amount, counted_item, currency_code, currency_place, hourly_equivalent, MEASURES,
                           one_off_payment, piece_count, pay_from_fields,
                           pay_from_schema_org, pay_from_text, says_salary, task_fee, SHORT_TEXT, says_paid, says_unpaid,
                           unit_from_word, usd_rate)
from normalize.text import (as_text, title_without_tags, body_to_text, clean_text, decode_html_body, html_to_text, lines_with_digits,
                            sanitize_body, sanitize_html, text_to_html)

IMPLAUSIBLE_HOURLY_USD = (2.0, 1000.0)
# A currency sign, code or word, or "50k": without one a description's numbers are no pay (a cheap gate). Three
# searches, not one pattern joining them: that tried every branch at every character (15x slower on a long line).
MONEY_SIGN = re.compile(r"[$€£₹¥₽₩₺₱₦₴￥元块塊薪]")
MONEY_WORD = re.compile(r"(?:\b|(?<=\d))(?:kr|[A-Z]{3}|dollars?|euros?|pounds?|rupees?|reais|yen)\b")  # "30-50CAD"
MONEY_NUMBER = re.compile(r"\d\s*[kK万萬千]|\d\s*(?:/\s*(?:hr|hour)\b|(?:per|an|a) hour\b|hourly\b)|"
                          r"\b(?:budget|price)(?:\s+range)?\W{0,3}(?:is\s+|of\s+)?(?:around\s+|about\s+|roughly\s+|~\s*)?\d|\d\s+(?:via|through|over)\s+(?:paypal|venmo|zelle|cash ?app)\b|"
                          r"\d\s*(?:usd\s+)?budget\b",
                          re.I)


def says_money(text: str) -> bool:
    return bool(MONEY_SIGN.search(text) or "zł" in text or MONEY_NUMBER.search(text) or MONEY_WORD.search(text))


SAYS_FIXED_PRICE = re.compile(r"\b(?:fixed[- ]price|fixed fee|flat fee|flat rate|festpreis|prix fixe|precio cerrado)\b", re.I)
PAID_EMPLOYMENT = ("FULL_TIME", "PART_TIME", "TEMPORARY", "PER_DIEM")  # employees; a freelancer may work for free
MAX_TITLE = 500  # a title longer than this is a page pasted into the wrong field


def listing_id(source: str, source_id) -> str:
    return f"{source}:{source_id_text(source_id)}"


def source_id_text(value) -> str | None:
    """The site's id as text; None unless it is a string or a number (a dict or list is no id)."""
    if isinstance(value, bool) or value is None or not isinstance(value, (str, int, float)):
        return None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        value = int(value) if value.is_integer() else value
    text = " ".join(str(value).split())  # whitespace runs as one space (str.split's whitespace is the regex's \s)
    return text[:200] or None


# "https://host.example:8080/path?q#f": scheme, a plain host (no brackets, no user), then no blank, <, > or quote.
_SIMPLE_URL = re.compile(r"(?i:https?)://[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s<>\"]*)?\Z")


def absolute_url(value) -> str | None:
    """An absolute http(s) URL as given, or None (a list or a number is no URL)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) <= 4000 and _SIMPLE_URL.match(text):  # the common shape, which urlsplit would accept as well
        return text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in text for c in " \n\r\t<>\"") or len(text) > 4000:
        return None
    return text


def language_code(value, text: str | None) -> str | None:
    if isinstance(value, str) and re.match(r"^[A-Za-z]{2}([-_][A-Za-z]{2,4})?$", value.strip()):
        return value.strip()[:2].lower()
    if text and len(text) >= 40:
        quick = _stopword_language(text[:300])
        if quick:
            return quick
        code, _ = _language_model().classify(text[:200])  # two sentences tell the language (cost grows with length)
        return code
    return None


# Languages no job ad is written in, though the model knows them ("per annum" reads as Latin).
NOT_WRITTEN = {"la", "sa", "eo", "vo"}


@lru_cache(maxsize=1)
def _language_model():
    """py3langid (langid.py's maintained fork, offline), loaded once, restricted to languages with an ISO 639-1
    code as SCHEMA.md says: its full model also answers ISO 639-3 codes such as "pcm" or "ext"."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE)
    model.set_languages(sorted({code for code in model.nb_classes if len(code) == 2} - NOT_WRITTEN))
    import numpy

    # set_languages keeps a column slice of the model's table: a contiguous copy gathers its rows 1.5x faster
    model.nb_ptc = numpy.ascontiguousarray(model.nb_ptc)
    return model


# The commonest function words of the sources' languages: when one language's words clearly dominate a
# paragraph, that is its language and the model (about 0.1 ms a call) is not needed; otherwise it decides.
# Checked against the model on every labelled snippet, sample and real recording (1,280 texts): it decides
# two thirds of them and agrees with the model on all but one mixed English/French sentence.
STOPWORDS = {
    "en": {"the", "and", "to", "of", "you", "we", "for", "with", "our", "is", "are", "a", "in", "will", "your", "this",
           "be", "on", "or", "as", "at", "from", "that", "have", "by", "an", "it", "who", "can", "all", "us", "if",
           "about", "into", "what", "more"},
    "de": {"und", "der", "die", "das", "wir", "sie", "mit", "für", "ist", "ein", "eine", "zu", "den", "auf", "bei", "dich",
           "sich", "nicht", "auch", "von", "im", "oder", "dem", "des", "du", "ihr", "unser", "unsere", "werden", "wird",
           "sind", "als", "nach", "über", "zum", "zur", "deine", "dein"},
    "fr": {"et", "le", "la", "les", "des", "nous", "vous", "pour", "avec", "est", "une", "du", "dans", "sur", "un", "au",
           "votre", "nos", "notre", "ou", "par", "qui", "que", "en", "aux", "ce", "ces", "sont", "être", "pas", "plus",
           "sera", "vos"},
    "es": {"y", "el", "los", "las", "para", "con", "una", "es", "por", "del", "que", "tu", "en", "nuestro", "somos", "un",
           "de", "la", "se", "al", "lo", "como", "su", "sus", "más", "o", "nuestra", "nuestros", "este", "esta", "será",
           "trabajo"},
    "pt": {"e", "o", "os", "as", "para", "com", "uma", "é", "do", "da", "que", "você", "em", "nosso", "no", "na",
           "de", "se", "ao", "dos", "das", "como", "seu", "sua", "mais", "ou", "nossa", "nossos", "este", "esta", "são",
           "será", "não"},
    "nl": {"en", "de", "het", "een", "voor", "met", "wij", "je", "van", "is", "jij", "ons", "op", "te", "zijn", "bij",
           "niet", "ook", "dat", "die", "naar", "om", "aan", "als", "jouw", "onze", "wordt", "heb", "hebben", "kun",
           "bent"},
}
_WORDS = re.compile(r"[^\W\d_]+")


_LANGUAGES_OF = {}
for _code, _vocabulary in STOPWORDS.items():
    for _word in _vocabulary:
        _LANGUAGES_OF.setdefault(_word, []).append(_code)


def _stopword_language(text: str) -> str | None:
    words = _WORDS.findall(text.lower())
    if len(words) < 8:
        return None
    counts = dict.fromkeys(STOPWORDS, 0)
    for codes in filter(None, map(_LANGUAGES_OF.get, words)):  # one pass: a word's languages at once
        for code in codes:
            counts[code] += 1
    scores = sorted(((count, code) for code, count in counts.items()), reverse=True)
    (best, code), (second, _) = scores[0], scores[1]
    return code if best >= 3 and best >= 2.5 * max(second, 1) and best >= len(words) * 0.12 else None


def _tags(value) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else [value]
    seen, out = set(), []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name") or item.get("value")
        tag = clean_text(item)
        if tag and tag.lower() not in seen and len(tag) <= 200:
            seen.add(tag.lower())
            out.append(tag)
    return out[:50]


def _pay(raw: dict, *, country, source: SourceContext, title: str, description: str) -> Pay:
    pay = _stated_pay(raw, country=country, source=source, title=title, description=description)
    if pay.pay_unit == "piece" and pay.pieces is None:  # "$150 per video" in the title, "two videos" below
        if pay.piece == "item":
            counted = counted_item(title)
            if counted:
                pay.piece, pay.pieces = counted
        elif pay.pay_raw and pay.pay_raw in title:  # the rate was read from the title: count in the text below
            pay.pieces = piece_count(description[:4000], pay.piece)
    if "currency_assumed" in pay.flags and isinstance(raw.get("pay_currency_raw"), str):
        stated = currency_code(raw["pay_currency_raw"], country=country, default=source.default_currency)
        if stated:  # the site's own currency field settles a "$" in its pay text
            pay.pay_currency = stated
            pay.flags = [f for f in pay.flags if f != "currency_assumed"]
    return pay


def _unit_from_pay_text(pay: Pay, text: str) -> None:
    """The unit the site's own pay text states for the same amounts its number fields give."""
    said = pay_from_text(clean_text(text), dedicated=True)
    if said.pay_unit and (said.pay_min, said.pay_max) == (pay.pay_min, pay.pay_max):
        pay.state_unit(said.pay_unit)
        pay.piece, pay.pieces = said.piece, said.pieces


def _stated_pay(raw: dict, *, country, source: SourceContext, title: str, description: str) -> Pay:
    default = source.default_currency
    has_fields = any(raw.get(k) not in (None, "") for k in ("pay_min_raw", "pay_max_raw"))
    if has_fields:
        pay = pay_from_fields(raw.get("pay_min_raw"), raw.get("pay_max_raw"), raw.get("pay_currency_raw"),
                              raw.get("pay_unit_raw"), raw=raw.get("pay_raw") or {
                                  k: raw.get(k) for k in ("pay_min_raw", "pay_max_raw", "pay_currency_raw", "pay_unit_raw")},
                              country=country, default_currency=default)
        if pay.has_amount and pay.pay_unit is None and isinstance(raw.get("pay_raw"), str):
            _unit_from_pay_text(pay, raw["pay_raw"])  # Pinpoint: min/max 0.05, "$0.05 per image" beside them
        if pay.has_amount:
            return pay
    given = raw.get("pay_raw")
    if isinstance(given, dict):
        pay = pay_from_schema_org(given, country=country, default_currency=default)
        if pay is not None and pay.has_amount:
            return pay
    elif isinstance(given, (int, float)) and not isinstance(given, bool):
        return pay_from_fields(given, given, None, None, raw=given, country=country, default_currency=default)
    elif isinstance(given, str) and given.strip():
        if says_unpaid(given):
            return Pay(pay_raw=given[:2000])  # "Equity Only": the body's amounts are something else's ("Pro $12/mo")
        pay = pay_from_text(clean_text(given), country=country, default_currency=default, dedicated=True)
        pay.pay_raw = given[:2000]
        if pay.has_amount:
            if pay.pay_unit is None and pay.pay_currency is None and title:
                # "Heavy Chores - $25/hr + Travel Time" with "20-25" in the pay field: the title says what the numbers are
                titled = pay_from_text(title, country=country, default_currency=default)
                if titled.pay_unit and titled.pay_currency and titled.pay_max in (pay.pay_min, pay.pay_max):
                    pay.state_unit(titled.pay_unit)
                    pay.pay_currency = titled.pay_currency
            # the site's own unit/currency fields complete a pay text that leaves them out
            stated_unit = unit_from_word(raw.get("pay_unit_raw"))
            if pay.pay_unit is None and stated_unit:
                pay.state_unit(stated_unit)
            if pay.pay_currency is None and raw.get("pay_currency_raw"):
                pay.pay_currency = currency_code(raw.get("pay_currency_raw"), country=country, default=default)
            return pay
    # pay said in running text ("[Hiring] Logo – $300 flat"); in a description only next to a unit or a pay word
    short_post = len(description) <= SHORT_TEXT
    digits = lines_with_digits(LABEL_ON_ITS_LINE.sub(r"\1 ", description))  # "Budget:\n\n💰 $100 USD": one line
    money_lines = digits if says_money(digits) else ""
    for text, needs_context in ((title, False), (money_lines, True)):
        pay = pay_from_text(text, country=country, default_currency=default, needs_context=needs_context,
                            short_post=short_post)
        if pay.has_amount:
            if pay.pay_unit is None and not needs_context:
                # "[HIRING] Designer – India $30" over "**Budget:** ₹1,500–₹3,000 per creative": the body's pay line
                # says the pay with its unit
                lined = _pay_line(description, country=country, default=default)
                if lined is not None:
                    return lined
            if pay.pay_unit is None and SAYS_FIXED_PRICE.search(f"{title}\n{description[:4000]}"):
                pay.state_unit("project")  # "[Hiring] Cold email copy - $150" + "Fixed price, paid on delivery."
            if not needs_context and money_lines and (pay.pay_currency is None or pay.pay_min == pay.pay_max):
                body = pay_from_text(money_lines, country=country, default_currency=default, needs_context=True)
                if pay.pay_currency is None and body.pay_currency and (body.pay_min, body.pay_max) == (pay.pay_min, pay.pay_max):
                    # "(India Only, Budget 1500)" over "(Budget 1500 INR)": the body names the same amount's currency
                    pay.pay_currency, pay.flags = body.pay_currency, [f for f in pay.flags if f != "currency_unknown"]
                elif (body.pay_min is not None and body.pay_max is not None and body.pay_min < body.pay_max
                      and pay.pay_min in (body.pay_min, body.pay_max) and body.pay_currency == pay.pay_currency
                      and pay.pay_unit in (None, body.pay_unit)):
                    return body  # "~$240 per project" in the title, "$240 to $400 per project" below: the whole range
            return pay
    return Pay(pay_raw=clean_text(given) if isinstance(given, str) else None)


# A label alone on its line, its value on the next ("Budget:", blank line, "💰 $100 USD")
LABEL_ON_ITS_LINE = re.compile(r"^([^\n\d:]{1,30}:)[ \t]*\n+[ \t]*(?=[^\n]*\d)", re.M)
PAY_LINE = re.compile(r"^[\W_]*(?:budget|pay|payment|rate|compensation|price|salary|stipend)[\W_]*:[ \t*_]*(?P<said>[^\n]{1,160})$",
                      re.I | re.M)


def _pay_line(description: str, *, country, default) -> Pay | None:
    """The pay a body's labelled pay line states with its unit ("Budget: ₹1,500–₹3,000 per creative"), or None."""
    for found in PAY_LINE.finditer(description[:4000]):
        pay = pay_from_text(found.group("said"), country=country, default_currency=default, dedicated=True)
        if pay.has_amount and pay.pay_unit is not None:
            return pay
    return None


# "ONLINE: Focus group about ...", "(Online) survey": the work is done online
# Markdown's escapes in a plain-text body (Reddit's selftext: "Budget: \\~$5K", "\\*not\\* paid"): the character meant
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~$>|^])")
ONLINE_TAG = re.compile(r"^\W*online\s*[:|\-–—)\]]|[(\[]\s*online\s*[)\]]", re.I)
# Work done online, said in a title ("Zoom focus group", "Paid online study", "test websites from home") or as the whole
# place ("Online", "from home"): remote, wherever the poster's town is
REMOTE_ACTIVITY = re.compile(r"\b(?:online|virtual|zoom|phone|telephone)\s+(?:paid\s+)?(?:research\s+)?(?:study|studies|surveys?|"
                             r"focus groups?|interviews?|usability (?:tests?|sessions?)|sessions?|tutor(?:ing|s)?|panels?)\b|"
                             r"\bonline\s+(?:[\w-]+\s+)?(?:teachers?|tutors?|lessons?|classes|coach(?:es|ing)?|instructors?)\b|"
                             r"\b(?:via|over|on|through) (?:zoom|skype|google meet|facetime|discord|the phone)\b|"
                             r"\bfrom (?:your |the comfort of your )?home\b", re.I)
# Work only done where the worker is ("Snow removal", "Need helpers to load household items", "pet sitter needed",
# "Female Life Drawing Model"): on site, when nothing says otherwise
IN_PERSON_WORK = re.compile(
    r"\b(?:house ?clean\w*|cleaning (?:lady|service|crew|job)|janitor\w*|"
    r"snow (?:removal|shovel\w*|plow\w*)|shovel(?:er|ers|ing)|lawn|yard work|back ?yard|landscap\w*|gutters?|drainage|"
    r"plumb(?:er|ers|ing)|electricians?|handy(?:man|men|woman|women|person)|movers?|moving (?:help|job|truck)|"
    r"helpers? to (?:move|load|unload)|(?:load|unload)(?:ing)? (?:a |the |household |furniture)|pick ?up truck|"
    r"furniture assembly|assemble (?:a |my |the |ikea )|install (?:a |an |the |my |push|new )|intercom|"
    r"paint(?:ers?|ing)? (?:a |my |the |our )?(?:room|house|apartment|fence|deck|walls?|interior|exterior)|"
    r"pet ?sit\w*|dog ?walk\w*|house ?sit\w*|babysit\w*|nann(?:y|ies)|caregivers?|pca|cna|bartend\w*|servers|waiters?|"
    r"waitress\w*|prep cooks?|dishwashers?|warehouse|forklift|baristas?|valets?|coat check|event staff|security guards?|"
    r"(?:delivery|truck|van|bus|cdl|uber|lyft|rideshare|p/t|part[- ]time)\s+drivers?|drivers?\s+(?:needed|wanted)|"
    r"(?:male|female|fitness|hand|life drawing|figure|hair|artist|photo|art) models?|organi[sz]e (?:my|our|a|the) (?:home|house|garage|closet|"
    r"office|basement|apartment)|"
    # trades and jobs done where the work is: "Gas fitter", "Fence Installation", "Usher for piano concert"
    r"carpent\w+|house painters?|pintor\w*|roofing|roofers?|masons?|albañil\w*|drywall\w*|garage framing|"
    r"demo(?:lition)? (?:of |porch|deck|kitchen)|"
    r"(?:fence|sign|hvac|solar|window|door|floor\w*|cabinet|tile|carpet|tv|appliance|shel(?:f|ving)|light|fixture)s? "
    r"install(?:er|ers|ation)|hvac|gas fitter|welders?|auto mechanics?|(?:appliance|scooter|"
    r"bike|car) repair|tree (?:service|work|removal)|grass cutting|mow\w*|farm (?:help|hand|work)|labou?r(?:er|ers)? crews?|"
    r"(?:hiring|general) labou?r|construction (?:worker|crew|labou?r)|clean[- ]?up crew|housekeep\w*|cleaners?|"
    r"(?:child|elder) ?care|baby ?sitter|doordash|grubhub|instacart|ushers?|tour guides?|sign (?:walkers?|wavers?|spinners?)|"
    r"packaging assistant|professional organi[sz]ers?|second shooter|"
    r"(?:portrait|wedding|event|real estate|property) (?:photographer|videographer|photos?|pictures?)|property pictures?|"
    r"av techs?|sailing (?:delivery )?crew|odd jobs|moving (?:furniture|pavers|boxes|helpers?)|help moving|auto ?body|"
    r"clean(?:ing)? (?:\w+ ){0,2}(?:apartment|house|home|room|office|garage|basement|yard)|household (?:assistance|help)|"
    r"models? for (?:a |an |paid |the )*(?:photo|video)? ?shoot|photo ?shoots?|hours of labou?r|"
    # a home, a venue or a vehicle is where these are done
    r"(?<!product )(?<!remote )(?<!online )photographers?|videographers?|camera ?(?:man|person|operator)|dj(?:/emcee)? (?:work|needed|wanted|for)|emcee|"
    r"dancers?|wait ?staff|local brand ambassadors?|(?:pass|hand|give) out (?:\w+ )?flyers|"
    r"(?:wine|food|grocery|package|furniture) deliver\w*|delivery (?:person|people|helpers?)|box truck|u-?haul|"
    r"pickup/dropoff|help around the house|help(?:ing)? (?:to )?clean|gardening|gardeners?|pool (?:closing|opening|"
    r"cleaning|service)|remodel\w*|siding|tile work|toilet|doorbell|light ?bulb|junk removal|"
    r"(?:electrical|plumbing|carpentry|hvac|electrician) apprentice|event support|bike mechanic|body (?:person|shop)|"
    r"(?:carpet|vinyl|plank|floor\w*) (?:installers?|binders?)|dog (?:boarding|housing)|housing for my (?:dog|cat|pet)|"
    r"helper for my (?:senior|elderly)|senior care|move \d+ (?:sofas|couches|boxes)|moving an? (?:futon|couch|sofa|bed))\b",
    re.I)
# A subject, not the work: "Blog writer: 4 articles on home gardening", "market research on campus food delivery"
TOPIC_BEFORE = re.compile(r"\b(?:on|about|regarding|research|articles?|blog|posts?|writ\w*|copy\w*|content|data|analysis|"
                          r"reports?|study|survey)\b", re.I)


def in_person_work(title: str) -> bool:
    """The title names work only done where it is ("Gas fitter", "Need helpers to load household items"), not as the
    subject of other work."""
    return any(not TOPIC_BEFORE.search(title, 0, found.start()) for found in IN_PERSON_WORK.finditer(title[:300]))


PAID_IN_TITLE = re.compile(r"\[\s*paid\s*\]|\bpaid\b(?!\s+in\s)", re.I)
ONLINE_PLACE = re.compile(r"\W*(?:online|virtual|internet|from home|home[- ]based|at home|zoom)(?:\s+only)?(?:\s*[:(,-][^\n]{0,40})?\W*",
                          re.I)  # "Online", "Online: Computer or Phone"


TRAILING_LINK = re.compile(r"\s+(?:https?://|www\.)\S*$", re.I)


def header_parts(description: str) -> list[str]:
    """The "|"-separated parts of a post's first line ("Acme | Engineer | Seattle | ONSITE"), or none."""
    first = description[:300].split("\n", 1)[0]
    # "Tokyo, JP www.example.com/careers": a link run into a part is not part of it
    return [TRAILING_LINK.sub("", part).strip() for part in first.split("|")] if "|" in first else []


def header_mode(description: str) -> str | None:
    """remote, hybrid or onsite said in a short part of a post's first line ("Acme | Remote | $90k")."""
    return next(filter(None, (mode_in_text(part) for part in header_parts(description) if len(part) <= 40)), None)


def without_place_tail(title: str) -> str:
    """A title without the places its last "|" parts name ("Social media manager | Chicago, IL" -> "Social media
    manager"): that is where the work is (location_raw, country), not what it is."""
    if "|" not in title:
        return title
    parts = title.split("|")
    while len(parts) > 1 and is_place(parts[-1].strip(), towns=True) and names_places(parts[-1]):
        parts.pop()  # "| Chicago, IL" moves; "| 100 % Remote" says how, not where, and stays
    kept = "|".join(parts).strip(" -–—|:,")
    return kept if len(kept) >= 3 else title


def header_place(description: str) -> str | None:
    """The places a post's first line names in parts of their own ("Silkline | Engineer | Seattle | ONSITE")."""
    return ", ".join(part for part in header_parts(description) if is_place(part, towns=True)) or None


def fetched_moment(value, *, now: datetime) -> datetime | None:
    """When the response was served, if said and not after `now` (a clock ahead is no reference)."""
    moment = plausible_datetime(value, now=now, future_years=0) if value else None
    return moment if moment is not None and moment <= now else None


def required_problem(raw: dict) -> InvalidListing | None:
    """Why a record cannot be a listing (what the schema requires is missing or unusable), or None."""
    return _required(raw)[0]


def _required(raw: dict) -> tuple[InvalidListing | None, str | None, str | None, str | None]:
    """required_problem, with the id, title and URL it read (normalize_listing uses them, not reading twice)."""
    if raw.get("extract_error"):
        return InvalidListing("extract_error", str(raw["extract_error"])[:500]), None, None, None
    sid = source_id_text(raw.get("source_id"))
    if not sid:
        given = raw.get("source_id")
        if given is not None and not isinstance(given, (str, int, float)):
            return InvalidListing("invalid_source_id", f"the id is {type(given).__name__}, not text or a number"), None, None, None
        return InvalidListing("missing_source_id", "the record has no id"), None, None, None
    title = raw.get("title")
    if title is not None and not isinstance(title, (str, int, float)):
        return InvalidListing("invalid_title", f"{sid}: title is {type(title).__name__}, not text"), None, None, None
    title = clean_text(title)
    if not title:
        return InvalidListing("missing_title", f"{sid}: no title"), None, None, None
    if raw.get("url") in (None, ""):
        return InvalidListing("missing_url", f"{sid}: no url"), None, None, None
    url = absolute_url(raw.get("url"))
    if not url:
        return InvalidListing("invalid_url", f"{sid}: {str(raw.get('url'))[:200]!r} is not an absolute http(s) URL"), None, None, None
    return None, sid, title, url


def normalize_listing(raw: dict, *, source: SourceContext, now: datetime) -> dict:
    """The schema's columns for one raw item. Raises InvalidListing for a record that is no listing."""
    problem, sid, title, url = _required(raw)
    if problem:
        raise problem
    # "Posted 3 days ago" counts from when the response was served (a saved file is parsed later), not from now
    now = fetched_moment(raw.get("fetched_at"), now=now) or now
    title = title[:MAX_TITLE].rstrip()
    apply_url = absolute_url(raw.get("apply_url"))
    body = decode_html_body(raw.get("description_html"))  # once: entities and mojibake, for both forms below
    description_html = sanitize_body(body)
    description_text = body_to_text(body)
    if not description_text and raw.get("description_text"):
        plain = MARKDOWN_ESCAPE.sub(r"\1", as_text(raw.get("description_text")) or "")
        description_text = html_to_text(plain.replace("\n", "<br>"))
        description_html = description_html or sanitize_html(text_to_html(description_text))
    description = description_text or ""
    tags = _tags(raw.get("tags"))
    tag_text = " | ".join(tags)

    posted_moment = plausible_datetime(raw.get("posted_raw"), now=now)
    posted_at = format_utc(posted_moment) if posted_moment else None
    location_text = clean_text(raw.get("location_raw"))
    # the site's value and the location first; else the title ("(Remote) Live Streamer", "Part-time remote
    # support role") or a header line's short parts ("40GRID - Full-time Remote | Product Manager")
    remote = (remote_mode(raw.get("remote_raw"), location_text) or remote_mode(None, title)
              or ("remote" if ONLINE_TAG.search(title) or REMOTE_ACTIVITY.search(title)
                  or (location_text and ONLINE_PLACE.fullmatch(location_text)) else None)
              or header_mode(description) or mode_in_text(labelled_place(description) or "")
              or remote_said(description)
              or ("onsite" if in_person_work(title) else None))
    country = country_of(raw.get("country_raw"), location_text)
    if country is None and not names_places(location_text):  # "ONSITE (5 days/week)" names no place
        # "[Hiring] X | Austin, TX", "Silkline | Engineer | Seattle | ONSITE", "Location: Wilmington, DE"
        # the first that names a place: a title's "– Remote –" part says how, and the body may still say where
        where = next(filter(names_places, (
            place_in_title(title), place_in_words(title), header_place(description), labelled_place(description),
            residence_place(description), residence_place(title),  # "Only freelancers located in the US may apply"
            # on-site work is where the office is: "Our office is located in Alameda, CA"
            workplace_place(description) if remote in ("onsite", "hybrid") else None)), None)
        country = country_of(None, where, source.default_country or board_country(raw.get("url")))
    language = language_code(raw.get("language_raw"), description_text)

    # a shared sign (元, ¥, kr) is settled by the listing's country, else by the places and language of its text
    pay_country = country or currency_place(f"{title}\n{description[:2000]}", language)
    pay = _pay(raw, country=pay_country, source=source, title=title, description=description)
    # the site's own pay line may say what the pay buys ("$25 per hour, 4 hours", "$80 for a 4 hour shift")
    pay_line = raw.get("pay_raw") if isinstance(raw.get("pay_raw"), str) else ""
    if not pay.has_amount and pay.pay_unit is None:
        pay.pay_unit = unit_without_amount(pay_line, f"{title}\n{description}")  # "Hourly", "we pay your hourly rate"
    effort = effort_from_text(f"{title}\n{pay_line[:300]}\n{description}" if pay_line else f"{title}\n{description}",
                              posted=posted_moment, now=now)
    # pay, effort and place were read from the title as posted; the card's title is the work itself
    posted_title, title = title, without_place_tail(title_without_tags(title))

    employment = classify.employment_type(raw.get("employment_type_raw"), title=title)
    # what kind of work it is, also from the title as posted: a thread's "[TASK]" or "[Unpaid]" tag says so
    head = f"{posted_title}\n{description[:4000]}"
    safety = classify.safety_flags(head)  # a scam's "pay" ("keep $300 as your pay") is no fee and no short project
    if employment is None and classify.says_permanent(head):
        employment = "FULL_TIME"  # "full-time, permanent" said in the text, not in a field

    fx_date = pay_min_usd = pay_max_usd = None
    if pay.has_amount and pay.pay_currency:
        on = (posted_moment or now).date()
        rate = usd_rate(pay.pay_currency, on)
        if rate:
            # "Up to $500" has only a maximum, "from €20/h" only a minimum
            pay_min_usd = round(pay.pay_min * rate[0], 2) if pay.pay_min is not None else None
            pay_max_usd = round(pay.pay_max * rate[0], 2) if pay.pay_max is not None else None
            fx_date = rate[1].isoformat()
    if pay.pay_unit is None and says_salary(pay, employment=employment, top_usd=pay_max_usd or pay_min_usd):
        pay.state_unit("year")  # "$95k-120k, full-time", "Salary: £35,000", "$150k-200k + equity"
    elif one_off_payment(pay, head, top_usd=pay_max_usd or pay_min_usd):
        pay.state_unit("project")  # "Seeking adults for an MRI research study - $500"
    elif "scam_signals" not in safety and task_fee(
            pay, head, top_usd=pay_max_usd or pay_min_usd, employment=employment, effort_hours=effort.hours_max,
            hours_per_week=effort.hours_per_week, due_at=effort.due_at, duration_days=effort.duration_days):
        pay.state_unit("project")  # "[TASK] Transcribe a 10 minute audio file - $5"
    if pay.pay_unit == "day" and effort.hours_max is None and (days := days_at_day_rate(f"{posted_title}\n{description}")):
        # "1 -2 Day Music Video" with "150 -300 per day" in the site's pay field: the days are the work
        effort.hours_min, effort.hours_max = days[0] * HOURS_PER_DAY, days[1] * HOURS_PER_DAY
    effort_args = dict(hours_min=effort.hours_min, hours_max=effort.hours_max, hours_per_week=effort.hours_per_week,
                       pieces=pay.pieces)
    hourly_min = hourly_equivalent(pay_min_usd, pay.pay_unit, use_max_hours=True, **effort_args)
    hourly_max = hourly_equivalent(pay_max_usd, pay.pay_unit, use_max_hours=False, **effort_args)
    # the poster's own "[PAID]" or "Paid Study" outranks a word of the body ("volunteers" for a study's participants,
    # "not ... asking anyone to work for free"), unless the title itself offers a share or no pay
    title_paid = bool(PAID_IN_TITLE.search(posted_title)) and not says_unpaid(posted_title) and not says_revenue_share(
        posted_title)
    if pay.has_amount:
        is_paid = 0 if employment == "VOLUNTEER" and not title_paid else 1
    elif title_paid:
        is_paid = 1
    elif says_unpaid(head) or says_unpaid(pay.pay_raw) or employment == "VOLUNTEER":  # a stipend field saying "Unpaid"
        is_paid = 0
    elif says_paid(head) or employment in PAID_EMPLOYMENT or says_paid(pay_line, pay_field=True):
        # an employee or contractor is paid; a pay field saying "Negotiable", "DOE" or "TBD" says there is pay
        is_paid = 1
    elif says_revenue_share(head):
        is_paid = 0  # "[Hiring] [RevShare] ...", "Roblox Dev Team | Revenue Share": a share of takings, no pay said
    elif says_hiring(head):
        is_paid = 1  # "[HIRING] End of Campaign Poster", "looking to commission a piece"
    else:
        is_paid = None
    engagement = classify.engagement(employment, pay_unit=pay.pay_unit, text=head, is_marketplace=source.is_marketplace)
    reasons = classify.micro_reasons(
        is_paid=is_paid, employment=employment, engagement_value=engagement, hours_min=effort.hours_min,
        hours_max=effort.hours_max, duration_days=effort.duration_days, hours_per_week=effort.hours_per_week,
        pay_unit=pay.pay_unit, project_fee_usd=_project_fee_usd(pay, pay_min_usd, pay_max_usd),
        is_marketplace=source.is_marketplace, text=head, title=posted_title,
    )

    flags = list(pay.flags)
    if is_paid == 0:
        flags.append("unpaid")
    elif not pay.has_amount:
        flags.append("pay_missing")
    low, high = IMPLAUSIBLE_HOURLY_USD
    if any(h is not None and not (low <= h <= high) for h in (hourly_min, hourly_max)):
        flags.append("pay_implausible")
    if pay.has_amount and pay.pay_currency is None:
        flags.append("currency_unknown")
    flags += safety
    if "scam_signals" in safety:
        reasons = []

    return {
        "id": f"{source.name}:{sid}",
        "source": source.name,
        "source_id": sid,
        "board": clean_text(raw.get("board")),
        "url": url,
        "apply_url": apply_url if apply_url != url else None,
        "title": title,
        "company": clean_text(raw.get("company")),
        "company_url": absolute_url(raw.get("company_url")),
        "description_text": description_text,
        "description_html": description_html,
        "posted_at": posted_at,
        "expires_at": to_utc_iso(raw.get("expires_raw"), now=now) or effort.expires_at,
        "due_at": to_utc_iso(raw.get("due_raw"), now=now) or effort.due_at,
        "employment_type": employment,
        "engagement": engagement,
        "pay_min": pay.pay_min,
        "pay_max": pay.pay_max,
        "pay_currency": pay.pay_currency,
        "pay_unit": pay.pay_unit,
        "pay_raw": pay.pay_raw,
        "pay_min_usd": pay_min_usd,
        "pay_max_usd": pay_max_usd,
        "fx_date": fx_date,
        "hourly_usd_min": round(hourly_min, 2) if hourly_min is not None else None,
        "hourly_usd_max": round(hourly_max, 2) if hourly_max is not None else None,
        "hours_min": effort.hours_min,
        "hours_max": effort.hours_max,
        "hours_per_week": effort.hours_per_week,
        "duration_days": effort.duration_days,
        "remote": remote,
        "location_raw": as_text(raw.get("location_raw")),
        "country": country,
        "occupation": classify.occupation(title=title, tags=tag_text, text=description),
        "skills": classify.skills(title=title, tags=tag_text, text=description),
        "tags": tags,
        "is_paid": is_paid,
        "is_micro": 1 if reasons else 0,
        "micro_reasons": reasons,
        "entry_level": classify.entry_level(title=title, text=description, employment=employment),
        "flags": sorted(set(flags)),
        "language": language,
        "first_seen_at": None,
        "last_seen_at": None,
        "closed_at": None,
        "raw": raw.get("raw"),
        "pay_piece": pay.piece,
        "pieces": pay.pieces,
    }


def _project_fee_usd(pay: Pay, pay_min_usd: float | None, pay_max_usd: float | None) -> float | None:
    """The whole work's fee in USD (a flat fee, or a piece rate times the stated count), or an upper bound of it
    for an unresolved shared sign; None when the pay is no fee for the work. (Work said to go on gets no fee reason
    from it: classify.micro_reasons asks says_ongoing once for every reason.)"""
    top = pay_max_usd if pay_max_usd is not None else pay_min_usd
    if pay.pay_unit == "piece":  # a deliverable's own fee is a project fee when the count is not said
        if top is None:
            return None
        return top * pay.pieces if pay.pieces else (top if pay.piece not in MEASURES else None)
    if pay.pay_unit != "project":
        return None
    if pay.pay_currency:
        return top
    return at_most_usd(pay.pay_max if pay.pay_max is not None else pay.pay_min, pay.sign)
