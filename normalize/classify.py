"""What kind of work a listing is: employment type, engagement, paid, micro, entry level, occupation,
skills, safety flags. Vocabularies live in normalize/data/ as JSON."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import compress
from pathlib import Path

from normalize.text import folded, folded_pattern, has_any, trie_pattern as _trie_pattern

DATA = Path(__file__).parent / "data"
EMPLOYMENT_TYPES = ("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER")
EMPLOYMENT_WORDS = [
    (folded_pattern(r"\b(intern|internship|praktikum|stage|pr[áa]cticas|werkstudent|trainee|apprentice\w*)\b"), "INTERN"),
    (folded_pattern(r"\b(volunteer\w*|unpaid|ehrenamt\w*|b[ée]n[ée]vol\w*)\b"), "VOLUNTEER"),
    (folded_pattern(r"\b(temp|temporary|seasonal|befristet|fixed[- ]term|interim)\b"), "TEMPORARY"),
    # "Consultant" alone is a role ("Senior Solution Consultant" is often a permanent job); the contract is said by
    # contract/freelance words, a US tax form (1099) or corp-to-corp (C2C), or "independent consultant"
    (folded_pattern(r"\b(contract\w*|freelanc\w*|contractor|self[- ]employed|1099|b2b|c2c|corp[- ]to[- ]corp|gig|"
                    r"project[- ]based|independent consultant|honorar\w*)\b"), "CONTRACTOR"),
    (folded_pattern(r"\b(per[- ]diem)\b"), "PER_DIEM"),
    (folded_pattern(r"\b(part[- _]?time|parttime|teilzeit|temps partiel|medio tiempo|minijob)\b"), "PART_TIME"),
    (folded_pattern(r"\b(full[- _]?time|fulltime|vollzeit|temps plein|tiempo completo|permanent|festanstellung|cdi)\b"), "FULL_TIME"),
]
# a stated level above entry (The Muse's "Mid Level", "Senior Level", "management"): a "trainee" title is no internship
EXPERIENCED_LEVEL = folded_pattern(r"\b(?:(?:mid|senior|experienced|executive)[- ]level|management)\b")
MICRO_MAX_HOURS = 40
SHORT_DURATION_DAYS = 56  # 8 weeks
SHORT_JOB_DAYS = 5  # a job over at most five working days cannot exceed 40 h
_ROLE = r"(?:position|role|job|employment|opportunity|hire|contract|post|vacancy|staff|employee|w-?2)"
PERMANENT = folded_pattern(
    rf"\b(?:full[- ]time,?\s+permanent|permanent,?\s+full[- ]time|permanent\s+(?:full[- ]time\s+)?{_ROLE}s?|"
    rf"full[- ]time\s+(?:salaried\s+|in[- ]house\s+|w-?2\s+)?{_ROLE}s?|(?:this is|we are hiring|hiring)\s+(?:for\s+)?an?\s+full[- ]time|"
    rf"(?:cdi|festanstellung|unbefristet\w*|contrato indefinido|tempo integral))\b")
PERMANENT_GATE = ("full-time", "full time", "permanent", "cdi", "festanstellung", "unbefristet", "indefinido", "tempo integral")
# One small thing made, asked for ("I'm looking for a pirate flag", "need a logo", "want a portrait of my dog"): a
# one-off task whatever its pay says
_DELIVERABLE = (r"logo|flag|banner|thumbnail|illustration|drawing|portrait|painting|icon|emote|sticker|animation|website|"
                r"landing page|mockup|poster|flyer|book cover|cover art|map|render|sketch|song|jingle|voiceover|voice over|"
                r"mascot|character design|character art|tattoo design|pfp|avatar|reference sheet|ref sheet|consultation|"
                r"token|sprite|line ?art|tattoo|art ?piece|artwork|fan ?art|chibi|pixel art|concept art|comic page|"
                r"album cover|headshot|emblem|oc|character|canvas|triptych|mural|sculpture|patch")
DELIVERABLE_ASK = folded_pattern(
    r"\b(?:looking for|need|needs|want|wanted|seeking)\s+(?:an?|some|one|my|\d+)\s+(?:[\w'-]+\s+){0,3}?"
    rf"(?:{_DELIVERABLE}|commission)s?\b")
ASK_GATE = ("need", "look", "seek", "want", "hire", "search")
# Someone hired to make one thing ("looking to hire an artist specialising in watercolour to create a portrait",
# "searching for a pixel art artist to do the character art/portraits", "someone to provide me with an illustration")
HIRE_TO_MAKE = folded_pattern(
    r"\b(?:looking (?:to hire|for)|searching for|seeking|need|want|hire)\s+(?:an?\s+|some\s+)?(?:[\w'/-]+\s+){0,4}?"
    r"(?:someone|somebody|artists?|illustrators?|designers?|painters?|animators?|editors?|musicians?|composers?|"
    r"photographers?|videographers?|voice actors?)(?:\(s\))?\s+(?:[\w'-]+\s+){0,3}?(?:to|who can|who could|that can)\s+"
    r"(?:help\s+(?:me\s+|us\s+)?)?(?:create|draw|paint|make|do|design|provide|produce|illustrate|animate|edit|record|"
    rf"compose|sketch|render|have)\b[^.\n]{{0,60}}?\b(?:{_DELIVERABLE})s?\b")
# A thing made, named in a hiring post's title ("[Paid] Steam Capsule Art / Game Logo", "[Hiring] Teacher needing a simple
# club logo", "[Hiring] Warframe Matching Icon commission", "graphic designer for a small logo cleanup project")
DELIVERABLE_TITLE = folded_pattern(
    rf"\b(?:{_DELIVERABLE}|capsule art|key art|profile pic(?:ture)?|cover|"
    r"commission(?!s?\s*(?:only|based|-based|structure|plan|rate|pay))|comission|"
    r"character sheet|album art|box art|splash art|book trailer|intro video|outro)s?\b")
HIRING_TITLE = folded_pattern(r"\[\s*(?:hiring|paid|task)\s*\]|\b(?:need(?:ed|ing|s)?|looking for|seeking|wanted|"
                              r"want(?:ed)?|commissioning|hiring)\b")
# A one-off job asked for in a title ("Truck and two guys needed for light move", "Looking for help to darn a wool
# sweater", "Remove 8 snapped off bolts"): a move, an install, a repair is done once
_ONE_OFF_CHORE = (r"move|moving|haul\w*|clean[- ]?out|junk removal|delivery|pick[- ]?up|install\w*|assembl\w*|repair\w*|"
                  r"darn\w*|sew\w*|hem|mount\w*|unload\w*|load\w*|remov\w*|fix\w*")
ONE_OFF_JOB = folded_pattern(
    r"\b(?:help|helpers?|guys?|people|persons?|hands|movers?|truck|someone|somebody|handyman)\b[^.\n|]{0,30}?\b(?:to|for|with)\s+"
    rf"(?:an?\s+|my\s+|the\s+|some\s+)?(?:light\s+|small\s+|quick\s+|local\s+|short\s+)?(?:{_ONE_OFF_CHORE})\b|"
    r"^\W*(?:\[[^\]]{1,20}\]\W*)*(?:(?:remove|move|haul|fix|hang|deliver|pick up|set up|hook up|replace|darn|sew|hem|unload)\s+"
    r"(?:an?|my|the|one|two|three|\d+|some)|(?:install|assemble|mount|repair|organi[sz]e)\s+\w+)\b")
# Work that comes back ("weekly cleaning", "every Saturday", "a part-time position"): never one job done once
RECURRING_WORK = folded_pattern(r"\b(?:weekly|daily|every|regular(?:ly)?|recurring|part[- ]time|full[- ]time|position|"
                           r"per week|a week|each week|/\s*week|/\s*wk|shifts)\b")
# Work that goes on: its words outrank a "gig" or "[TASK]" said of it
ONGOING_WORK = folded_pattern(r"\b(?:ongoing|on-going|long(?:er)?[- ]term|recurring|retainer|over an extended period|"
                              r"regular (?:work|comms?|commissions?|basis|clients?)|permanent (?:artist|designer|editor|writer|"
                              r"illustrator|animator)s?)\b|"
                              r"\bnot an? (?:one[- ]off|one[- ]time)")
HOPED_BEFORE = folded_pattern(r"\b(?:potential(?:ly)?|possibl[ey]|could|may|might|hopefully|chance of|maybe)\b[^.\n]{0,20}$")


def says_ongoing(text: str) -> bool:
    """The work is said to go on ("ongoing", "long-term", "not a one-off"), not hoped to ("ongoing if it works out",
    "potentially long-term")."""
    lowered = folded(text)
    for found in ONGOING_WORK.finditer(lowered):
        if lowered.startswith(" if", found.end()) or HOPED_BEFORE.search(lowered, max(0, found.start() - 30), found.start()):
            continue
        return True
    return False


NEGATED_BEFORE = folded_pattern(r"\b(?:not|no|isn['’]t|never|nor|without|instead of|rather than|or)\W+(?:\w+\W+)?$")
# "gig" as a noun for this work, not "gig economy" or "small gig seekers" (a Remotive "Not a fit" list)
_GIG = r"gig(?!\s+(?:economy|seekers?|workers?|platforms?|apps?|marketplaces?|hunters?))"
MICRO_WORDS = folded_pattern(rf"\b(micro[- ]?internships?|micro[- ]?tasks?|one[- ]off|one[- ]time (?:task|project|job|gig)|"
                         rf"small (?:task|project|job|{_GIG})|quick (?:task|project|job|{_GIG})|{_GIG}|freelance project|"
                         rf"short[- ]term project|fixed[- ]price project|mini[- ]job|commission request|"
                         rf"short,? project[- ]based|project[- ]based (?:engagement|gig|task|job)|one[- ]time work|"
                         rf"short (?:job|task|gig|project)|"
                         rf"(?:art|digital|portrait|custom|character) commissions?|"
                         rf"(?:to|like to|want to|wanting to|looking to) commission|commissioning an?)\b|\[task\]")  # German "Minijob" is an ongoing job  # "[TASK]": no \b before "["
SAYS_GIG = folded_pattern(rf"\b(?:{_GIG}|micro[- ]?tasks?)\b|\[task\]")  # r/slavelabour's [TASK] is a micro-task
SAYS_MICRO_INTERNSHIP = folded_pattern(r"\bmicro[- ]?internships?\b")
SAYS_PROJECT = folded_pattern(r"\b(one[- ]off|one[- ]time|fixed[- ]price|flat fee|per project|freelance project|small project)\b")
# Cheap gates: a word each match of the pattern holds (checked in the folded text before the pattern runs).
MICRO_GATE = ("micro", "one-", "one ", "small ", "quick ", "gig", "freelance project", "short-term", "short term", "commission",
              "short ",
              "project-based", "project based",
              "fixed-price", "fixed price", "mini-job", "mini job", "[task]")
GIG_GATE = ("gig", "micro", "[task]")
PROJECT_GATE = ("one-", "one ", "fixed-price", "fixed price", "flat fee", "per project", "freelance project", "small project")
# Students as the audience ("open to college students", "students welcome"), not as the work ("tutor students").
ENTRY_YES = folded_pattern(r"\b(intern(ship)?s?|new grad(uate)?s?|recent grad(uate)?s?|graduates?|entry[- ]level|"
                       r"junior|júnior|no experience|beginners? welcome|beginner[- ]friendly|trainee|werkstudent|"
                       r"étudiants?|estudiantes?|estudantes?|studierende|praktikum|apprentice\w*|undergrad\w*|early[- ]career|"
                       r"freshers?|recém-formad[oa]s|reci[ée]n egresad[oa]s|débutants?|berufseinsteiger\w*|estágio|estagiári[oa]s?|"
                       r"sin experiencia|sem experiência|ohne (?:berufs)?erfahrung|students? (?:only|welcome|preferred|encouraged|can apply)|"
                       r"(?:for|open to|to|current|college|university|uni|enrolled|grad|pre-med|law|design|pharmacy)\s+"
                       r"(?:[\w-]+\s+){0,2}students|student\s+(?:ambassador|assistant|worker|job|position|role))\b")
ENTRY_GATE = ("intern", "grad", "entry", "junior", "júnior", "no experience", "beginner", "trainee", "werkstudent", "étudiant",
              "estudiant", "estudant", "studierende", "praktikum", "apprentice", "early", "fresher", "recém", "egresad",
              "débutant", "berufseinsteiger", "estágio", "estagiári", "sin experiencia", "sem experiência", "erfahrung",
              "student")
SENIOR_ONLY = folded_pattern(r"\b(senior|sr\.?|lead(?!\s+gen)|principal|staff (?:engineer|software|data|product|designer|scientist|"
                         r"developer|researcher)|director|head of|vp|vice president|chief|"
                         r"\d{1,2}\+?\s*(?:years|yrs)(?: of)? (?:professional )?experience)\b")
# "7+ years of experience", "Mindestens 5 Jahre Erfahrung", "Más de 6 años de experiencia": a senior requirement
YEARS_REQUIRED = folded_pattern(r"(?<![\d.])([3-9]|1\d)\s*\+?\s*(?:years?|yrs|jahre|años|ans|anos)\b[^.\n]{0,40}?"
                            r"(?:experience|erfahrung|experiencia|expérience|experiência|managing|selling|building|producing|"
                            r"with|in|of)\b")
YEARS_GATE = ("year", "yrs", "jahr", "año", "ans", "anos")
SCAM = [
    folded_pattern(r"\b(pay|deposit|fee)\b[^.\n]{0,30}\b(to apply|registration fee|training fee|starter kit|before you start)\b"),
    folded_pattern(r"\b(registration|application|training|onboarding) fee\b"),
    folded_pattern(r"\b(?:only|exclusively|solely)\s+(?:via|on|through|by|over)\s+(?:telegram|whatsapp|signal|wechat)\b"
               r"|\b(?:telegram|whatsapp|wechat)\s*(?:only|is the only)\b|\bno (?:calls|emails?)[^.\n]{0,20}\b(?:telegram|whatsapp)\b"),
    folded_pattern(r"\b(cash(?:ing)? (?:a |the )?checks?|check cashing|deposit (?:a |the )?checks?|deposit \w+ checks? (?:into|in) your|"
               r"mobile deposit)\b"),
    # crypto "investment": returns promised or money asked, not a firm that researches investment strategies
    folded_pattern(r"\b(crypto|bitcoin|usdt|forex)\b[^.\n]{0,40}\b(\d+\s*%\s*(?:daily|weekly|returns?|profits?)|returns? daily|"
               r"daily returns?|guaranteed|profits? of|double)\b"),
    folded_pattern(r"\b(?:you must (?:first )?invest|invest as little as|invest \$?\d|first invest)\b|"
               r"\binvest\w*\b[^.\n]{0,40}\b(crypto\w*|bitcoin|btc|usdt|eth|forex)\b[^.\n]{0,40}\b(?:returns?|profits?|earn)\b"),
    folded_pattern(r"\b(?:buy|purchase)\b[^.\n]{0,30}\bwith your own (?:money|funds)\b"),
    # a promised share per day or week: "earn 2% daily", "earn 5% returns daily", "earn 3% profit per week"
    folded_pattern(r"\bguaranteed\s+(?:returns?|profits?|income|earnings)\b|\bearn\s+(?:a\s+)?(?:guaranteed\s+)?\d+\s*%\s*"
                   r"(?:(?:returns?|profits?|interest)\s+)?(?:daily|weekly|a day|per day|a week|per week)\b"),
    folded_pattern(r"\b(?:receive|get|send you|mail you)\s+(?:a\s+|the\s+)?checks?\b[^.\n]{0,80}\b(?:send|wire|transfer|forward)\b"
               r"|\b(?:via|through|by)\s+(?:western union|moneygram)\b|\bbuy\s+gift\s+cards?\b"),
]
# Asked to move to a chat app or a personal mailbox; "contacted via phone, email, SMS, WhatsApp" in a privacy notice is not.
CHAT_APPS = ("telegram", "whatsapp", "whats app", "wechat", "signal", "discord", "skype", "kik", "viber", "t.me/", "wa.me/")
_CHAT = r"(?:telegram|whatsapp|whats app|wechat|signal|discord|skype|kik|viber)"
OFFSITE_CHAT = folded_pattern(
    rf"\b(?:contact|message|text|dm|reach|add|ping|write|apply|send|chat with)\s+(?:me|us|him|her)?\s*(?:directly\s+)?"
    rf"(?:on|via|through|at|in|over|by)\s+{_CHAT}\b"
    rf"|\b{_CHAT}\s*(?:only|id|number|handle|username|\(|:)\s*[@+\d(]?"
    rf"|\b(?:my|our)\s+{_CHAT}\b"
    r"|(?:t\.me|wa\.me|chat\.whatsapp\.com|discord\.gg)/")
PERSONAL_EMAIL = folded_pattern(r"(?<![\w.+-])[\w.+-]{1,64}@(?:gmail|yahoo|outlook|hotmail|proton(?:mail)?|icloud)\.\w+")


SHORT_ALIAS = 3  # aliases this short only count in the title and tags, not in running text


@lru_cache(maxsize=None)
def _vocabulary(name: str) -> dict[str, list[str]]:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def _matcher(name: str, short: bool) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for all aliases of a vocabulary (one scan per text, longest alias first) and alias -> label."""
    labels = {alias.lower(): label for label, aliases in _vocabulary(name).items() for alias in aliases
              if (len(alias) <= SHORT_ALIAS) == short}
    alternatives = _trie_pattern(labels) or "(?!)"
    return re.compile(rf"(?<![\w.+#/-])(?:{alternatives})(?![\w+#])", re.I), labels


def _counts(pattern: re.Pattern, labels: dict[str, str], text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for found in pattern.findall(text):
        label = labels[found.lower()]
        counts[label] = counts.get(label, 0) + 1
    return counts


MAX_MEANINGFUL_TAGS = 10  # boards that pad tags with every category (Remote OK, Remotive) say nothing by them
TITLE_WEIGHT, TAG_WEIGHT, TEXT_CAP = 6, 2, 5


_TOKEN = re.compile(r"[\w+#]+(?:[.'’][\w+#]+)*")
_PLAIN_ALIAS = re.compile(r"^[\w][\w .'’&/-]*$")


@lru_cache(maxsize=None)
def _token_table(name: str) -> tuple[dict[str, tuple[str, bool]], frozenset, int]:
    """Aliases as token sequences ("front-end" -> "front end"): key -> (label, short), the first tokens of the
    multi-token keys, and the longest key in tokens. Aliases with leading punctuation (".net") stay on the regex."""
    table: dict[str, tuple[str, bool]] = {}
    for label, aliases in _vocabulary(name).items():
        for alias in aliases:
            if not _PLAIN_ALIAS.match(alias):
                continue
            tokens = _TOKEN.findall(alias.lower().replace("-", " ").replace("/", " ").replace("&", " "))
            if tokens:
                table.setdefault(" ".join(tokens), (label, len(alias) <= SHORT_ALIAS))
    firsts = frozenset(key.split(" ")[0] for key in table if " " in key)
    return table, firsts, max((key.count(" ") + 1 for key in table), default=1)


@lru_cache(maxsize=None)
def _odd_matcher(name: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """The few aliases that are not plain words (".net", "c++", "ci/cd" stays plain): one small regex."""
    labels = {alias.lower(): label for label, aliases in _vocabulary(name).items() for alias in aliases
              if not _PLAIN_ALIAS.match(alias)}
    if not labels:
        return None
    return re.compile(rf"(?<![\w.+#/-])(?:{_trie_pattern(labels)})(?![\w+#])", re.I), labels


@lru_cache(maxsize=None)
def _longest_after(name: str) -> dict[str, int]:
    """For the first word of each multi-word alias, the most words an alias starting with it has: longer spans
    cannot match, and are not tried."""
    table, _, _ = _token_table(name)
    longest: dict[str, int] = {}
    for key in table:
        words = key.split(" ")
        if len(words) > 1:
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


@lru_cache(maxsize=None)
def _starts(name: str) -> frozenset:
    """The tokens an alias can start with: a one-word alias or the first word of a longer one."""
    table, firsts, _ = _token_table(name)
    return firsts | frozenset(key for key in table if " " not in key)


@lru_cache(maxsize=None)
def _prepared(name: str) -> tuple:
    """What _token_counts reads of a vocabulary, looked up once per call instead of once per table."""
    table, firsts, _ = _token_table(name)
    return table, firsts, _longest_after(name), _starts(name), _odd_matcher(name)


@lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[str, ...]:
    """A text's lower-case word tokens; remembered for the last few texts, as occupation and skills read the same
    title, tags and description one after the other."""
    return tuple(_TOKEN.findall(text.lower().replace("-", " ").replace("/", " ")))


def _token_counts(name: str, text: str, *, with_short: bool) -> dict[str, int]:
    """Aliases found in a text, longest first at each word, as the regex would (one pass, dictionary lookups:
    several times faster than a regex over hundreds of aliases)."""
    table, firsts, longest_after, starts, odd = _prepared(name)
    tokens = _tokens(text)
    counts: dict[str, int] = {}
    n = len(tokens)
    following = 0  # tokens before this one were taken by a longer alias
    for i in compress(range(n), map(starts.__contains__, tokens)) if not starts.isdisjoint(tokens) else ():
        # most words start no alias (and many texts hold none: a set test in C says so first)
        if i < following:
            continue
        step = 1
        if tokens[i] in firsts:
            for size in range(min(longest_after[tokens[i]], n - i), 1, -1):
                hit = table.get(" ".join(tokens[i:i + size]))
                if hit and (with_short or not hit[1]):
                    counts[hit[0]] = counts.get(hit[0], 0) + 1
                    step = size
                    break
            else:
                hit = table.get(tokens[i])
                if hit and (with_short or not hit[1]):
                    counts[hit[0]] = counts.get(hit[0], 0) + 1
        else:
            hit = table.get(tokens[i])
            if hit and (with_short or not hit[1]):
                counts[hit[0]] = counts.get(hit[0], 0) + 1
        following = i + step
    if odd and has_any(folded(text), odd[1]):  # ".net", "c++", "c#": rare, and found by their letters first
        for label, count in _counts(odd[0], odd[1], text).items():
            counts[label] = counts.get(label, 0) + count
    return counts


def _hits(name: str, *, title: str, tags: str, text: str) -> dict[str, int]:
    if tags.count(" | ") >= MAX_MEANINGFUL_TAGS:
        tags = ""
    scores: dict[str, int] = {}
    for field, weight, cap, with_short in ((title, TITLE_WEIGHT, None, True), (tags, TAG_WEIGHT, 2, True),
                                           (text, 1, TEXT_CAP, False)):
        if not field:
            continue
        for label, count in _token_counts(name, field, with_short=with_short).items():
            scores[label] = scores.get(label, 0) + weight * (min(count, cap) if cap else count)
    return scores


def employment_type(value, *, title: str = "") -> str | None:
    """The Google enum from a site's value (string or list), else from words in the title."""
    values = value if isinstance(value, (list, tuple)) else [value]
    found, experienced = [], False
    for item in values:
        if isinstance(item, dict):  # SmartRecruiters {"id": "permanent", "label": "Full-time"}
            item = item.get("label") or item.get("name") or item.get("id")
        if not isinstance(item, str) or not item.strip():
            continue
        key = item.strip().upper().replace("-", "_").replace(" ", "_")
        key = {"FULLTIME": "FULL_TIME", "PARTTIME": "PART_TIME", "CONTRACT": "CONTRACTOR", "INTERNSHIP": "INTERN",
               "FREELANCE": "CONTRACTOR", "TEMP": "TEMPORARY"}.get(key, key)
        if key in EMPLOYMENT_TYPES:
            found.append(key)
            continue
        lowered = folded(item.replace("_", " "))  # the folded patterns match the folded text
        for pattern, enum in EMPLOYMENT_WORDS:
            if pattern.search(lowered):
                found.append(enum)
                break
        else:
            experienced = experienced or bool(EXPERIENCED_LEVEL.search(lowered))
    if not found and title:
        lowered = folded(title)
        for pattern, enum in EMPLOYMENT_WORDS:
            if enum != "FULL_TIME" and not (experienced and enum == "INTERN") and pattern.search(lowered):
                found.append(enum)
                break
    if not found:
        return None
    # a listing that is both (e.g. ["FULL_TIME", "CONTRACTOR"]) is described by the shorter commitment
    for enum in ("INTERN", "VOLUNTEER", "TEMPORARY", "CONTRACTOR", "PER_DIEM", "PART_TIME", "FULL_TIME", "OTHER"):
        if enum in found:
            return enum
    return None


def engagement(employment: str | None, *, pay_unit: str | None, text: str, is_marketplace: bool) -> str | None:
    lowered = folded(text)
    if "micro" in lowered and SAYS_MICRO_INTERNSHIP.search(lowered):
        return "micro_internship"
    says_gig = has_any(lowered, GIG_GATE) and SAYS_GIG.search(lowered)
    if (pay_unit == "project" and not says_gig) or (has_any(lowered, PROJECT_GATE) and SAYS_PROJECT.search(lowered)):
        return "project"
    if pay_unit == "piece" or says_gig:
        return "gig"  # paid per word, image or task, or called a gig or [TASK] whatever its price
    mapped = {"INTERN": "internship", "PART_TIME": "part_time", "CONTRACTOR": "contract", "TEMPORARY": "temporary",
              "FULL_TIME": "full_time", "PER_DIEM": "temporary"}.get(employment or "")
    if mapped:
        return mapped
    return "project" if is_marketplace else None


def micro_reasons(*, is_paid: int | None, employment: str | None, engagement_value: str | None,
                  hours_max: float | None, duration_days: float | None, hours_per_week: float | None,
                  pay_unit: str | None, project_fee_usd: float | None, is_marketplace: bool, text: str,
                  hours_min: float | None = None, title: str = "") -> list[str]:
    """Why a listing is short paid project work (SCHEMA.md's rule); empty when it is not. A stated total effort
    over 40 h outranks every other rule: the source, the fee and the title's words."""
    if is_paid == 0 or (hours_min is not None and hours_min > MICRO_MAX_HOURS):
        return []
    lowered = folded(text)
    ongoing = says_ongoing(lowered)
    said = MICRO_WORDS.search(lowered) if has_any(lowered, MICRO_GATE) else None
    if said and (NEGATED_BEFORE.search(lowered, max(0, said.start() - 25), said.start()) or ongoing):
        said = None  # "Not a one-off. Real recurring volume", "ongoing monthly work, not a one-off gig"
    if engagement_value == "full_time" or (employment == "FULL_TIME" and not said):
        return []
    reasons = []
    if hours_max is not None and hours_max <= MICRO_MAX_HOURS:
        reasons.append("hours_max<=40")
    part_time = (hours_per_week is not None and hours_per_week < 35) or employment == "PART_TIME"
    if duration_days is not None and duration_days <= SHORT_DURATION_DAYS and part_time:
        reasons.append("duration<=8w_part_time")
    elif duration_days is not None and duration_days <= SHORT_JOB_DAYS and pay_unit != "piece" and not ongoing:
        # (a piece rate's few days are each piece's turnaround)
        reasons.append("duration<=5d")  # "2 day job", "1-2 day music video": five working days hold at most 40 h
    if pay_unit in ("project", "piece") and project_fee_usd is not None and project_fee_usd <= 5000 and not ongoing:
        reasons.append("project_fee_usd<=5000")  # a fee for one of many pieces of ongoing work prices no short project
    if is_marketplace:
        reasons.append("source=marketplace")
    if said:
        reasons.append("says:" + re.sub(r"[\s\[\]]+", "-", said.group(0).lower()).strip("-"))
        return reasons
    if ongoing or hours_per_week is not None:
        return reasons  # work that goes on, or a weekly load, is no one-off ask
    title = folded(title)
    recurring_unit = pay_unit in ("week", "month", "year")
    if employment in (None, "CONTRACTOR") and (
            (has_any(lowered, ASK_GATE) and (DELIVERABLE_ASK.search(lowered) or HIRE_TO_MAKE.search(lowered)))
            or (not recurring_unit and HIRING_TITLE.search(title) and DELIVERABLE_TITLE.search(title))):
        reasons.append("asks:one-deliverable")  # "I'm looking for a pirate flag", "need a logo for my bakery"
    elif employment is None and not recurring_unit and ONE_OFF_JOB.search(title) and not RECURRING_WORK.search(lowered):
        reasons.append("asks:one-off-job")  # "Truck and two guys needed for light move", "Remove 8 snapped off bolts"
    return reasons


def says_task(text: str) -> bool:
    """The text calls the work a task, gig or one-off project ("[TASK]", "one-off", "small project", "quick job")."""
    lowered = folded(text)
    return has_any(lowered, MICRO_GATE) and bool(MICRO_WORDS.search(lowered))


def says_permanent(text: str) -> bool:
    """The text says the role is full-time permanent employment ("full-time, permanent", "a permanent position",
    "this is a full-time role"), not as a negation ("not a full-time role") nor of people ("full-time students")."""
    lowered = folded(text)
    if not has_any(lowered, PERMANENT_GATE):
        return False
    for found in PERMANENT.finditer(lowered):
        if not NEGATED_BEFORE.search(lowered, max(0, found.start() - 25), found.start()):
            return True
    return False


def entry_level(*, title: str, text: str, employment: str | None) -> int | None:
    if employment == "INTERN":
        return 1
    lowered, title = folded(text[:5000]), folded(title)  # the folded patterns match the folded texts
    if ENTRY_YES.search(title) or (has_any(lowered, ENTRY_GATE) and ENTRY_YES.search(lowered)):
        return 1
    if SENIOR_ONLY.search(title) or (has_any(lowered, YEARS_GATE) and YEARS_REQUIRED.search(lowered)):
        return 0
    return None


def occupation(*, title: str, tags: str, text: str) -> str | None:
    scores = _hits("occupations.json", title=title, tags=tags, text=text[:20000])
    if not scores:
        return None
    best = max(scores.values())
    if best < 2:
        return None  # one passing word in a long text is not enough
    label = sorted((label for label, s in scores.items() if s == best))[0]
    return None if label == OFFLINE_WORK else label  # a warehouse or nursing job is in no online-work class


OFFLINE_WORK = "offline_work"


def skills(*, title: str, tags: str, text: str) -> list[str]:
    scores = _hits("skills.json", title=title, tags=tags, text=text[:20000])
    return sorted(scores, key=lambda s: (-scores[s], s))[:20]


# Per scam pattern, words one of which each of its matches holds: only the patterns whose words occur run.
SCAM_GATES = [
    ("to apply", "registration fee", "training fee", "starter kit", "before you start"),
    ("registration fee", "application fee", "training fee", "onboarding fee"),
    ("telegram", "whatsapp", "signal", "wechat"),
    ("check", "mobile deposit"),
    ("crypto", "bitcoin", "usdt", "forex"),
    ("invest",),
    ("with your own",),
    ("guaranteed", "earn"),
    ("check", "western union", "moneygram", "gift"),
]
# Words every scam pattern needs one of: most ads have none, and then no pattern runs.
SCAM_WORDS = ("fee", "own money", "own funds", "telegram", "whatsapp", "wechat", "signal", "check", "crypto", "bitcoin", "btc", "usdt", "eth",
              "forex", "invest", "guarantee", "western union", "moneygram", "gift card", "deposit", "% daily", "% weekly",
              "% a day", "% per")


_NEGATION = re.compile(r"\b(?:never|not|no|don['’]t|won['’]t|will not|do not|does not|nor)\b[^.\n]{0,40}$", re.I)


def _negated(text: str, found: re.Match) -> bool:
    """"We will never ask you to pay a fee to apply" warns against the scam; it is not one."""
    return bool(_NEGATION.search(text[max(0, found.start() - 50): found.start()]))


def safety_flags(text: str) -> list[str]:
    flags = []
    if not isinstance(text, str):
        return flags
    lowered = folded(text)  # the folded patterns run on it; a match's place is the same in the text as written
    if has_any(lowered, SCAM_WORDS) and any(
            not _negated(text, found) for pattern, words in zip(SCAM, SCAM_GATES) if has_any(lowered, words)
            for found in pattern.finditer(lowered[:20000])):
        flags.append("scam_signals")
    # cheap checks first: most ads name no chat app and hold no "@"
    if (has_any(lowered, CHAT_APPS) and OFFSITE_CHAT.search(lowered)) or ("@" in text and PERSONAL_EMAIL.search(lowered)):
        flags.append("offsite_contact")
    return flags
