"""Text clean-up: entities (also double-escaped), whitespace, HTML to text, sanitized HTML."""
from __future__ import annotations

import html
import re
from functools import lru_cache

import ftfy
import nh3

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def collapse_spaces(text: str) -> str:
    """Runs of whitespace (and zero-width spaces) as one space, trimmed: what `re.sub(r"\\s+", " ", ...)` does,
    by str.split (the same whitespace as the regex's \\s, several times faster)."""
    if "\u200b" in text:  # the one character of _SPACES that str.split does not count as whitespace
        text = text.replace("\u200b", " ")
    return " ".join(text.split())
# A tag opens with a letter ("a < b" is text); no "<" inside, so a megabyte of "<" fails fast at each one.
_TAG = re.compile(r"<[/!?]?[a-zA-Z][^<>]{0,2000}>|<!--[^<>]{0,2000}-->")
_ESCAPED_TAG = re.compile(r"&lt;\s*/?\s*[a-zA-Z][a-zA-Z0-9]*[^&]{0,200}?&gt;")
_BLOCK = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|/tr|/ul|/ol|/blockquote|/section|hr)\b[^>]*>", re.I)
_LI = re.compile(r"<\s*li\b[^>]*>", re.I)
_DROP = re.compile(r"<\s*(script|style|noscript|template)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
_DROPPED_WORDS = ("script", "style", "template")  # what _DROP needs ("noscript" holds "script")

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "s", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead",
    "tr", "u", "ul", "span", "div",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
MAX_TEXT = 200_000
MAX_HTML_INPUT = 250_000  # escaping can grow it fourfold; stays under a megabyte
_MOJIBAKE = re.compile("[ÂÃâ][\x80-\xbf€™œž¢£¤¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾]")


def fix_mojibake(text: str) -> str:
    """UTF-8 read as Latin-1/cp1252 ("itâ€™s") repaired by ftfy, only where it shows."""
    if not isinstance(text, str):
        raise TypeError(f"fix_mojibake needs text, not {type(text).__name__}")
    if text.isascii():  # mojibake is made of non-ASCII letters: most texts are skipped at once
        return text
    return ftfy.fix_text(text, normalization="NFC") if _MOJIBAKE.search(text) else text  # longer descriptions are cut: nobody reads 10 MB of job ad


def as_text(value) -> str | None:
    """A raw value as a string, or None (lists are joined, numbers stringified)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (list, tuple)):
        parts = [as_text(v) for v in value]
        value = ", ".join(p for p in parts if p)
    elif isinstance(value, dict):
        return None
    elif isinstance(value, float) and value != value:  # NaN
        return None
    return str(value)


def unescape_fully(text: str, rounds: int = 3) -> str:
    """Decode entities, repeatedly: real feeds double-escape (`&amp;amp;#8211;`)."""
    for _ in range(rounds):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def clean_text(value) -> str | None:
    """One line of display text: entities decoded, tags removed, whitespace collapsed."""
    if type(value) is str and value.isascii() and value.isprintable() and "&" not in value and "<" not in value:
        return collapse_spaces(value[:MAX_TEXT]) or None  # plain text (most names and titles): nothing to decode
    text = as_text(value)
    if text is None:
        return None
    text = fix_mojibake(unescape_fully(text[:MAX_TEXT]))
    if not text.isprintable():  # a printable text holds no control character (cheap check first)
        text = _CONTROL.sub("", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = collapse_spaces(text)
    return text or None


def looks_escaped_html(text: str) -> bool:
    """Mostly entity-escaped tags (Greenhouse), perhaps with a raw tag appended (a tracking pixel)."""
    head = text[:5000]
    if "&lt;" not in head:  # no escaped tag at all (most bodies): nothing to count
        return False
    escaped = len(_ESCAPED_TAG.findall(head))
    return escaped > 0 and escaped > len(_TAG.findall(head))


def decode_html_body(value) -> str | None:
    """An HTML body as HTML: entity-escaped bodies (Greenhouse's `&lt;p&gt;`) are decoded first."""
    text = as_text(value)
    if text is None:
        return None
    text = fix_mojibake(_CONTROL.sub("", text[: MAX_TEXT * 5]))
    for _ in range(3):
        if not looks_escaped_html(text):
            break
        text = html.unescape(text)
    return text


def html_to_text(value) -> str | None:
    """Plain text for search and snippets; block elements become line breaks."""
    return body_to_text(decode_html_body(value))


def body_to_text(text: str | None) -> str | None:
    """html_to_text of a body already through decode_html_body."""
    if text is None:
        return None
    if has_any(folded(text), _DROPPED_WORDS):
        text = _DROP.sub(" ", text)
    text = _LI.sub("\n• ", text)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub(" ", text)
    text = unescape_fully(text)
    if "<" in text:  # tags that were escaped inside a raw body
        text = _TAG.sub(" ", _DROP.sub(" ", text))
    text = _CONTROL.sub("", text)
    if "\u200b" in text:
        text = text.replace("\u200b", " ")  # what collapse_spaces does, once for the whole text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    text = "\n".join(line for line in lines if line)
    return text[:MAX_TEXT] or None




def sanitize_html(value) -> str | None:
    """Sanitized HTML on an allow-list: no script, style, event handlers, images or javascript: links."""
    return sanitize_body(decode_html_body(value))


def sanitize_body(text: str | None) -> str | None:
    """sanitize_html of a body already through decode_html_body."""
    if text is None:
        return None
    text = text[:MAX_HTML_INPUT]
    cleaned = _sanitizer().clean(text).strip()
    return cleaned or None


@lru_cache(maxsize=1)
def _sanitizer() -> "nh3.Cleaner":
    """nh3's sanitizer with our allow-list, built once (nh3.clean builds it again on every call: twice as slow)."""
    return nh3.Cleaner(tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes={"http", "https", "mailto"},
                       link_rel="nofollow noopener noreferrer", strip_comments=True)


_DIGIT = re.compile(r"\d")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_OTHER_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")  # where str.splitlines splits too


@lru_cache(maxsize=16)
def folded(text: str) -> str:
    """The text lower-cased for cheap `word in text` gates before a case-insensitive pattern: every word such a
    pattern can match is then a substring (also for the letters re.IGNORECASE equates: İ/ı with i, ſ with s).
    Remembered for the last few texts: one listing's head is gated by several classifiers in a row."""
    if not isinstance(text, str):
        raise TypeError(f"folded needs text, not {type(text).__name__}")
    lowered = text.lower()
    if not lowered.isascii() and any(c in lowered for c in "\u0307\u0131\u017f"):
        lowered = text.replace("\u0130", "i").lower().replace("\u0131", "i").replace("\u017f", "s")
    return lowered


def folded_pattern(source: str, flags: int = 0) -> re.Pattern:
    """A pattern to match case-sensitively on the `folded` text: the same matches, at the same places, as
    re.IGNORECASE on the text as written (folding keeps the length), several times faster, as an alternation of
    lower-case literals is then skipped on its first letter. Its literal words are written in lower case."""
    return re.compile(source, flags)


def trie_pattern(words) -> str:
    """The words as a regex shaped like a trie ("data (?:entry|labeling)"): one branch tried per letter,
    six times faster than a flat alternation of hundreds of words; a longer word wins over its prefix."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def has_any(lowered: str, words) -> bool:
    """Whether one of the words occurs in a `folded` text (map over the bound method: no generator per word)."""
    return any(map(lowered.__contains__, words))


def lines_with_digits(text: str | None) -> str:
    """Only the lines holding a digit: amounts and efforts are numbers, and the other lines are most of a job ad."""
    found = _DIGIT.search(text) if isinstance(text, str) else None
    if found is None:
        return ""
    if _OTHER_LINE_BREAKS.search(text):
        return "\n".join(line for line in text.splitlines() if _DIGIT.search(line))
    # lines split at "\n" only (every text the normalizer builds): from each digit to its line's ends, then on
    # from the next line (what a "^[^\d\n]*\d.*$" findall gives, without trying every line)
    lines, search, find, rfind = [], _DIGIT.search, text.find, text.rfind
    while found is not None:
        end = find("\n", found.end())
        if end == -1:
            lines.append(text[rfind("\n", 0, found.start()) + 1:])
            break
        lines.append(text[rfind("\n", 0, found.start()) + 1: end])
        found = search(text, end + 1)
    return "\n".join(lines)


def text_to_html(text: str | None) -> str | None:
    """Plain text (e.g. a Reddit post) as minimal safe HTML paragraphs."""
    if not isinstance(text, str) or not text:
        return None
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs) or None


# "[Hiring] [Remote] Logo for my bakery - $150 (fixed)": thread titles carry tags and the pay; the
# listing's title is the work itself (the pay stays in pay_raw, read before the title is cleaned).
_LEADING_TAGS = re.compile(r"^\s*(?:(?:[\[(\{][^\])\}]{1,25}[\])\}]|(?:hiring|task|paid task)\s*:)\s*[-:|–—]?\s*)+", re.I)
_TRAILING_PAY = re.compile(
    r"\s*[-–—|:,(]\s*(?:budget\s*:?\s*|pay\s*:?\s*|paying\s+)?(?:(?:us|ca|au|nz)?[$€£₹]|usd|eur|gbp)\s?\d[\d,.]*\s*[kK]?"
    r"(?:\s*(?:-|–|to)\s*(?:[$€£₹])?\s?\d[\d,.]*\s*[kK]?)?"
    r"(?:\s*(?:/\s*(?:hr|hour|h|day|week|month)|per\s+(?:hour|hr|day|week|month|project|task)|usd|eur|gbp|each|"
    r"budget|fixed|flat|total|obo))*"
    r"\s*\)?\s*(?:\((?:fixed|flat|hourly|per hour|negotiable|obo|total|budget)[^)]{0,15}\))?\s*$", re.I)


# A title's tail from a separator on is pay when it holds an amount and only pay or effort words
# ("- $150 (fixed)", "| $22/hr | ~10 hrs", "($35/hr, ~4 hours)", "- 80 EUR", ", $0.08/word", "(£15/h, 8h/week)").
_TAIL_SEPARATOR = re.compile(r"\s[-–—|]\s|,\s|\s?\(|\s[-–—]\s?|\s\|")
_TAIL_AMOUNT = re.compile(
    r"(?:(?:us|ca|au|nz|c|a|r|s)?[$€£₹¥]\s?\d[\d,.]*\s*[kK]?|\d[\d,.]*\s*[kK]?\s?(?:usd|eur|gbp|cad|aud|inr|chf|€|£|zł|kr)\b|"
    r"(?:usd|eur|gbp|cad|aud|inr|chf)\s?\d[\d,.]*\s*[kK]?)", re.I)
# what every match of _TAIL_AMOUNT and of _TRAILING_PAY holds, in the folded text
_TAIL_CURRENCIES = ("$", "€", "£", "₹", "¥", "usd", "eur", "gbp", "cad", "aud", "inr", "chf", "zł", "kr")
_TRAILING_CURRENCIES = ("$", "€", "£", "₹", "usd", "eur", "gbp")
_TAIL_TOKEN = re.compile(
    r"\s*(?:"
    + _TAIL_AMOUNT.pattern +
    r"|[~≈]?\s*\d[\d,.]*\s*(?:-|–|to)\s*\d[\d,.]*\s*(?:hours?|hrs?|h|mins?|minutes?)\b"
    r"|[~≈]?\s*\d[\d,.]*\s*(?:hours?|hrs?|h|mins?|minutes?)\b"
    r"|/\s*[a-z]{1,8}\b"
    r"|per\s+[a-z]{1,10}\b"
    r"|(?:fixed|flat|fee|price|budget|total|each|obo|negotiable|hourly|rate|max|maximum|about|around|approx\.?|for|"
    r"up to|week|a week|month|a month|usd|eur|gbp|in total|one-?time|paid|pay|paying|budget:)\b"
    # what is said of the pay after it: the tax or contract form ("$60/hr W2", "C2C", "on 1099"), "DOE",
    # "OBO", "negotiable", the currency's code, "+ bonus"
    r"|(?:-|–|—|to)\s*\d[\d,.]*\s*[kK]?(?![\w$€£₹¥])"  # a range's upper end ("$50-60/hr CAD")
    r"|(?:on\s+)?(?:w-?2|1099|c2c|corp[- ]to[- ]corp)(?:\s+only)?\b"
    r"|(?:doe|doq|obo|ono|neg\.?|nego|negotiable|or best offer|depending on experience|cad|aud|nzd|inr|chf|sgd|"
    r"bonus(?:es)?|tips|commission|benefits|plus|and up)(?!\w)"
    r"|[-–—|,:()~/+.]"
    r")", re.I)
_TAIL_STARTS = re.compile(r"\s*[-–—|,(]*\s*(?:(?:budget|pay|paying|paid|rate|fixed|flat)\b\s*:?\s*)?" + _TAIL_AMOUNT.pattern, re.I)


def _is_pay_tail(tail: str) -> bool:
    """Only pay and effort tokens, starting with the pay (a greedy scan: linear, no backtracking)."""
    if not _TAIL_STARTS.match(tail):
        return False
    position = 0
    while position < len(tail):
        token = _TAIL_TOKEN.match(tail, position)
        if not token or token.end() == position:
            return tail[position:].strip() == ""
        position = token.end()
    return True


def title_without_tags(title: str | None) -> str | None:
    """A thread or marketplace title without its leading tags and trailing pay, when words remain."""
    if not isinstance(title, str) or not title:
        return title
    cleaned = _LEADING_TAGS.sub("", title)
    if _DIGIT.search(cleaned):  # a pay tail holds an amount: a title without digits keeps its end
        lowered = folded(cleaned)  # an amount names a currency: a title naming none has no pay tail (cheap test first)
        if len(cleaned) <= 300 and has_any(lowered, _TAIL_CURRENCIES) and _TAIL_AMOUNT.search(cleaned):
            for separator in _TAIL_SEPARATOR.finditer(cleaned):
                if separator.start() > 0 and _is_pay_tail(cleaned[separator.start():]):
                    cleaned = cleaned[: separator.start()]
                    break
        if has_any(lowered, _TRAILING_CURRENCIES):
            cleaned = _TRAILING_PAY.sub("", cleaned)
    cleaned = cleaned.strip(" -–—|:,")
    return cleaned if len(cleaned) >= 3 and _TWO_LETTERS.search(cleaned) else title
