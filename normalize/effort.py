"""Effort and time from text: total hours, weekly load, duration, delivery deadline. NULL beats a guess."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timedelta, timezone

from normalize.dates import format_utc
from normalize.text import folded, folded_pattern, has_any, lines_with_digits, trie_pattern



class AnyOf:
    """Alternatives searched one by one, the leftmost match winning (the first alternative on a tie): what one
    pattern joining them with "|" finds, with its groups numbered the same, several times faster, as each
    alternative on its own is searched at the speed of its first letter or digit. Matched on the folded text."""

    def __init__(self, *sources: str, flags: int = 0, gates: tuple | None = None):
        self.parts = [folded_pattern(source, flags) for source in sources]
        self.gates = gates or (None,) * len(sources)  # per alternative: words one of which each match holds
        self.offsets = [sum(p.groups for p in self.parts[:k]) for k in range(len(self.parts))]
        self.groups = sum(p.groups for p in self.parts)

    def search(self, text: str):
        best = None
        for k, pattern in enumerate(self.parts):
            if self.gates[k] and not has_any(text, self.gates[k]):
                continue
            found = pattern.search(text)
            if found and (best is None or found.start() < best[1].start()):
                best = (k, found)
        return _Found(best[1], self.offsets[best[0]], self.groups) if best else None


class Gated:
    """A folded pattern searched only in a text holding one of its words (a cheap test first)."""

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...]):
        self.pattern, self.words = pattern, words

    def search(self, text: str):
        return self.pattern.search(text) if has_any(text, self.words) else None

    def finditer(self, text: str):
        return self.pattern.finditer(text) if has_any(text, self.words) else iter(())


class _Found:
    """A match of one AnyOf alternative, its groups placed as in the joined pattern."""

    def __init__(self, match: re.Match, offset: int, total: int):
        self.match = match
        self._groups = (None,) * offset + match.groups() + (None,) * (total - offset - len(match.groups()))

    def groups(self) -> tuple:
        return self._groups

    def group(self, index: int = 0):
        return self.match.group(0) if index == 0 else self._groups[index - 1]

    def start(self) -> int:
        return self.match.start()

    def end(self) -> int:
        return self.match.end()


# Numbers start at a digit run's first digit and are short: linear time on a megabyte of digits. The digit is
# tested before the look-behind (no digit, dot or comma before it), so most positions fail at once.
_N = r"(\d(?<![\d.,]\d)\d{0,3}(?:[.,]\d{1,2})?)(?!\d)"
_RANGE = rf"{_N}(?:\s*(?:-|–|—|to|or)\s*{_N})?"
# The same with no slash before either ("(?<![\d/])" in front, tested after the first digit as above): a pattern
# that starts with a digit is searched at the speed of a digit scan, one that starts with a look-behind is not.
_N_ALONE = r"(\d(?<![\d/.,]\d)\d{0,3}(?:[.,]\d{1,2})?)(?!\d)"
_RANGE_ALONE = rf"{_N_ALONE}(?:\s*(?:-|–|—|to|or)\s*{_N})?"
_APPROX = (r"(?:about|around|approx(?:\.|imately)?|roughly|~|est(?:\.|imated?)?(?:\s+(?:effort|time|workload))?:?|ca\.?|circa|"
           r"total(?: of)?|etwa|ungefähr|environ|aproximadamente|unas|unos|cerca de|alrededor de|mais ou menos|około|ok\.|"
           r"cirka|omkring|expect|takes?(?: about)?|should take)")
_AT_MOST = (r"(?:up to|max(?:imum)?\.?:?|at most|no more than|less than|under|"
            r"(?:shouldn'?t|should not|won'?t|will not|doesn'?t|does not|wouldn'?t|would not)\s+take\s+(?:more|longer)\s+than)")
_HOUR = r"(?:hours?|hrs?|h|stunden|std\.?|heures?|horas?|godzin[y]?|timmar|timme|timer)"
_MIN = r"(?:minutes?|mins?)"
_PER_WEEK = (r"(?:/\s*(?:week|wk|w|woche|wo|semaine|semana|sem)\b|(?:per|a|each|every|pro|je|die|par|por|in der|(?:a|à|por) la|na|pela)\s+"
             r"(?:week|woche|semaine|semana)|weekly|wöchentlich|semanales|semanais|hebdomadaires|hebdo|i veckan|om ugen|w tygodniu|"
             r"tygodniowo|p/w|pw)")
_PER_OTHER = r"(?:/\s*(?:day|d|month|mo)|(?:per|a|each|every)\s+(?:day|month|night)|daily|monthly)"

WEEKLY_HOURS = folded_pattern(rf"{_RANGE}\s*\+?\s*(?:{_HOUR}\s*{_PER_WEEK}|wochenstunden)")
TOTAL_HOURS_RANGE = folded_pattern(rf"(\d(?<![\d/.,]\d)(?<!within \d)(?<!in \d)(?<!next \d)(?<!every \d)\d{{0,3}}(?:[.,]\d{{1,2}})?)(?!\d)\s*(?:-|–|—|to)\s*{_N}\s*{_HOUR}\b(?!\s*{_PER_WEEK})(?!\s*{_PER_OTHER})")
TOTAL_HOURS_APPROX = folded_pattern(rf"{_APPROX}\s*{_N}\s*{_HOUR}\b(?!\s*{_PER_WEEK})(?!\s*{_PER_OTHER})")
TOTAL_HOURS_SAID = folded_pattern(rf"{_N_ALONE}\s*{_HOUR}\s+(?:of work|in total|total|insgesamt|au total|en total|no total|"
                              rf"of (?:effort|editing|writing|design|labou?r|recording|research|testing|transcription|translation|"
                              rf"consulting|coaching|support)|project|task|gig|job|de trabajo|de trabalho|de travail|de gravação|"
                              rf"de grabación|arbeit)\b")
TOTAL_HOURS_BETWEEN = Gated(folded_pattern(rf"\b(?:between|zwischen|entre)\s+{_N}\s+(?:and|und|et|y|e)\s+{_N}\s*{_HOUR}\b(?!\s*{_PER_WEEK})"),
                            ("between", "zwischen", "entre"))
# "2 days of work", "a 3-day task": working days of about 8 hours
TOTAL_DAYS = AnyOf(rf"{_RANGE_ALONE}[- ]?(?:full[- ])?(?:days?|tage?n?|jours?|días?)\s+(?:of work|de trabajo|de travail|arbeit)\b",
                   rf"(?:\ba\s+|^\W*){_N}[- ]day\s+(?:task|job|project|gig|assignment)\b",
                   gates=(("of work", "de trabajo", "de travail", "arbeit"), ("day",)))
HOURS_PER_DAY = 8
# "5 hours max", "max 5 hours", "up to 3 hours": only the upper end
TOTAL_HOURS_AT_MOST = AnyOf(rf"{_AT_MOST}\s*{_N}\s*{_HOUR}\b(?!\s*{_PER_WEEK})(?!\s*{_PER_OTHER})",
                            rf"{_N_ALONE}\s*{_HOUR}\s+max(?:imum)?\b",
                            gates=(("up to", "max", "at most", "no more than", "less than", "under", " take "), ("max",)))
# "One 6-hour shift", "a 2-hour guest lecture", "Paid 15-minute survey", ", 8-hour wedding day"
_EVENT = (r"(?:shifts?|sessions?|lectures?|visits?|interviews?|surveys?|calls?|shoots?|galas?|events?|workshops?|meetings?|"
          r"study|studies|tests?|tasks?|jobs?|gigs?|weddings?|wedding day|recordings?|class(?:es)?|seminars?|webinars?|tours?|"
          r"site visit|guest lecture|research session|focus group|conference|(?:micro-?)?projects?|micro-?internships?|"
          r"assignments?|sprints?)")
TOTAL_EVENT = Gated(folded_pattern(rf"(?:\b(?:a|an|one|single|paid|this|the|for)\s+|[,;:(]\s*|^)(\d{{1,3}})[- ](hour|minute|min)s?[- ]"
                         rf"(?:long\s+)?(?:(?!(?:a|per|each|every|week|weekly|month|monthly|day|daily)\b)[a-z]+\s+){{0,2}}{_EVENT}\b"
                         # "a 3-minute wedding highlight clip" is how long the clip runs, not the work
                         rf"(?!\s+(?:[a-z]+\s+)?(?:highlights?|clips?|videos?|reels?|trailers?|films?|edits?|montages?|recaps?|"
                         rf"teasers?|footage|songs?|tracks?|animations?)\b)", re.M),
                    ("hour", "min"))
# "Earn $150 for 90 minutes", "$75 Amazon gift card for 30 min zoom", "$50 for 2 hours": what the money buys
PAID_TIME = Gated(folded_pattern(
    rf"(?:[$€£]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:€|eur|usd|gbp|dollars))(?:\s+[a-z]+){{0,3}}?\s+for\s+"
    rf"(?:about\s+|around\s+|~\s*|roughly\s+)?{_RANGE}\s*(hours?|hrs?|h|minutes?|mins?)\b(?!\s*{_PER_WEEK})(?!\s*{_PER_OTHER})"
    rf"(?!\s*(?:a|per|each|every)\b)"
    rf"|(?<![\d.,]){_RANGE}\s*(hours?|hrs?|minutes?|mins?)\s*[-–:,]?\s*(?:[$€£]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:€|eur|usd|gbp|dollars))"
    rf"(?!\s*(?:/|per|an?|each)\s*(?:hour|hr|h)\b)"), (" for ", "$", "€", "£", "eur", "usd", "gbp", "dollar"))
# "(80 hours)", "40 hours during one office move week", ", 6 hours." after an hourly rate or alone in a list
TOTAL_HOURS_PAREN = Gated(folded_pattern(rf"\(\s*{_RANGE}\s*{_HOUR}\s*(?:\)|,|;|total\b)"), ("(",))
TOTAL_HOURS_SPREAD = folded_pattern(rf"{_RANGE_ALONE}\s*{_HOUR}\s+(?:during|across|spread over|over|throughout|in)\s+"
                                rf"(?:the|a|an|one|this|\d+)\b")
TOTAL_HOURS_LISTED = folded_pattern(
    rf"(?:[,;:|]\s*|\bfor\s+|^)(?<!within )(?<!in )(?<!every )(?<!next ){_RANGE}\s*{_HOUR}(?:\s+(?:of\s+)?(?:work|recording|"
    rf"gravação|grabación|editing|research|testing))?\s*(?=[,.;)|]|$|\s+(?:on|this|next|tomorrow|today|tonight|only)\b)", re.M)
NOT_TOTAL_BEFORE = folded_pattern(r"(?:within|respond|response|reply|turnaround|notice|every|shifts?|open|available|per day|a day|"
                              r"daily|/day)\W{0,12}$")
# "€400 per day, 1 day", "$1,200/day, 3 days on-site": days at a day rate are working days
DAYS_AT_DAY_RATE = Gated(folded_pattern(rf"(?:/\s*day|per day|a day|day rate|par jour|pro tag|por d[ií]a)[^.\n\d]{{0,25}}?{_RANGE}\s*(?:full\s+)?"
                              rf"(?:days?|jours?|tage?|d[ií]as?)\b(?!\s*(?:notice|off|holiday|a week|per week|/\s*week|each week))"), ("day", "par jour", "pro tag", "por d"))
# "1 -2 Day Music Video", "a 3-day shoot, $400/day": the working days a day rate pays for, said anywhere (one reader
# for a rate in the text and in a pay field of its own)
DAYS_SAID = Gated(folded_pattern(
    rf"(?<![\d.,/]){_RANGE}[- ]?(?:full[- ])?(?:days?|jours?|tage?|d[ií]as?)\b(?!\s*(?:a|per|each|every|/)\s*(?:week|month))"
    rf"(?!\s*(?:notice|off|ago|left|remaining|later|before|after|prior|turnaround|delivery))"), ("day", "jour", "tag", "dia", "día"))
NOT_WORKING_DAYS_BEFORE = folded_pattern(r"\b(?:within|in|every|next|after|before|last|past|for the first|than|over the)\s+$")


def days_at_day_rate(text: str) -> tuple[float, float] | None:
    """The working days a post names ("1 -2 Day Music Video") when its pay is a day rate; None when it names none."""
    lowered = folded(text[:4000])
    for found in DAYS_SAID.finditer(lowered):
        if NOT_WORKING_DAYS_BEFORE.search(lowered, max(0, found.start() - 20), found.start()):
            continue
        span = _range(found.group(1), found.group(2))
        if span and span[1] <= 31:
            return span
    return None


# "€400 per day", "$3,000/month": a rate, not recurring work
RATE_PER_PERIOD = folded_pattern(r"\d[\d,.]*\s*(?:[A-Za-z]{3}|[$€£¥₹]|kr|zł)?\s*(?:/\s*|per\s+|a\s+)(?:day|month)\b")
# "for two days, 8 hours a day": a daily load over a stated number of days
DAILY_HOURS = folded_pattern(rf"{_RANGE}\s*{_HOUR}\s*(?:a|per|/|each)\s*day\b")
TOTAL_MINUTES = Gated(folded_pattern(rf"{_RANGE_ALONE}\s*{_MIN}\s*(?:of\s+)?(?:work|task|job|total)\b"), ("min",))
_DURATION_UNIT = (r"(days?|weeks?|wks?|months?|mths?|tage[n]?|tag|wochen|woche|monate[n]?|monat|jours?|semaines?|mois|d[ií]as?|"
                  r"semanas?|meses|mês|mes)")
DURATION = AnyOf(
    rf"(?:(?:for|over|lasting|duration(?: of)?:?|within|during|durante|während|für|über|pendant|durant|sur|sous|innerhalb von|em|en|"
    rf"por|ao longo de|a lo largo de|"
    rf"project of|contract of|engagement of|about|approx\.?|timeline:?|turnaround:?|délai\s*:|plazo\s*:|prazo\s*:|dauer\s*:|"
    rf"laufzeit:?|zeitraum:?|"
    rf"duración\s*:|durée\s*:|stage de|cdd de|contrat de|praktikum von)\s+)"
    rf"{_RANGE}\+?\s*{_DURATION_UNIT}\b",
    rf"{_RANGE}\+?[- ](day|week|month)s?[- ](?:project|contract|engagement|internship|gig|job|assignment|micro-internship|sprint|"
    rf"timeline|turnaround|fixed[- ]term|cover|programme|program|term|trial|build)",
    rf"{_RANGE}\+?\s*(days?|weeks?|months?)\s+(?:at|x|with)\s",
    rf"\({_RANGE}\s*{_DURATION_UNIT}\)",
    rf"(?:[,;:|]\s*|\s[-–]\s|^)(?<!notice: )(?<!holidays: )(?<!holiday: )(?<!vacation: ){_RANGE}\+?\s*"
    rf"(days?|weeks?|months?|semanas|semaines|mois|meses|wochen|monate)(?=\s*[,.;)|]|\s*$)",
    # "6 Wochen lang", "ein 6-wöchiges Projekt"
    rf"{_RANGE}\s*{_DURATION_UNIT}\s+lang\b",
    rf"{_RANGE}[- ]?(wöchig|monatig|tägig)e[snrm]?\b",
    # "Stage non rémunéré de 2 mois", "un proyecto de 6 semanas", "Praktikum von 3 Monaten"
    rf"\b(?:stage|mission|projet|contrat|cdd|proyecto|contrato|prácticas|pasantía|projeto|estágio|praktikum|projekt|vertrag|"
    rf"programa|programme)\b[^\n.;,\d]{{0,25}}?\b(?:de|d['’]une durée de|von|por)\s+{_RANGE}\s*{_DURATION_UNIT}\b", flags=re.M,
    gates=(None, None, None, None, None, ("n lang", "e lang"), ("wöchig", "monatig", "tägig"),
           ("stage", "mission", "projet", "contrat", "cdd", "proyecto", "contrato", "práctica", "pasant", "projeto", "estágio",
            "praktikum", "projekt", "vertrag", "programa", "programme")))
DUE_FALLBACK = folded_pattern(
    r"(?:deliver(?:ed|y)?|due|deadline|completed?|finished|needed|turnaround|done)\s*(?:date)?\s*(?:by|on|before|:)\s*"
    r"([A-Za-zÀ-ÿ]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-zÀ-ÿ]{3,12}\.?(?:\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|end of (?:the )?(?:week|month))")
APPLY_FALLBACK = folded_pattern(
    r"(?:apply|applications?|submit (?:your )?(?:application|proposal)s?)\s*(?:close[sd]?|due|deadline)?\s*(?:by|before|until|on|:)\s*"
    r"([A-Za-zÀ-ÿ]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-zÀ-ÿ]{3,12}\.?(?:\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2}|(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow)")
# A deadline: a word that says so, a connector, then a date or "within N days" read by _resolve_date.
DUE = folded_pattern(
    r"\b(?:deliver(?:ed|y|ables?)?|due(?:\s+date)?|deadline|completed?|finished|needed|need\s+(?:it|them|this)(?:\s+back)?|"
    r"(?:it|them|this)\s+back|done|(?:be|go)\s+live|ready|livraison(?:\s+souhaitée)?|livr[ée]e?s?|rendu|entrega|entregar|"
    r"abgabe|lieferung|fertig)\b"
    r"\s*(?:is\s+|date\s*)?(?P<conn>by|on|before|until|no later than|avant le|avant|le|pour le|sous|d['’]ici le|d['’]ici|"
    r"antes del?|hasta el|até|em|en|bis zum|bis spätestens|bis|innerhalb von|within|in|:)?\s*(?P<when>[^\n]{3,40})")
APPLY_BY = folded_pattern(
    r"\b(?:apply|applications?|submit\s+(?:your\s+)?(?:application|proposal)s?|candidatures?|bewerbungsschluss|bewerbungen|"
    r"postulaciones)\b\s*(?:close[sd]?|are due|due|deadline|accepted)?\s*(?P<conn>by|before|until|on|avant le|avant|bis zum|bis|"
    r"hasta el|:)?\s*(?P<when>[^\n]{3,40})")
DUE_WORDS = ("deliver", "due", "deadline", "complete", "finished", "needed", "need", "back", "done", "live", "ready",
             "livr", "rendu", "entrega", "abgabe", "lieferung", "fertig")
APPLY_WORDS = ("apply", "application", "submit", "candidature", "bewerbung", "postulaciones")
# the words the fallback patterns start with (a text holding none of them gives the fallback nothing to read)
_DUE_FALLBACK_WORDS = ("deliver", "due", "deadline", "complete", "finished", "needed", "turnaround", "done")
_APPLY_FALLBACK_WORDS = ("apply", "application", "submit")
MONTHS = {}
for _number, _names in enumerate((
        "january jan janvier janv enero ene januar jän janeiro", "february feb février févr fevrier febrero februar fevereiro fev",
        "march mar mars marzo märz marz março", "april apr avril abril", "may mai mayo maio",
        "june jun juin junio juni junho", "july jul juillet juil julio juli julho",
        "august aug août aout agosto", "september sep sept septembre septiembre setembro set",
        "october oct octobre octubre oktober outubro okt", "november nov novembre noviembre novembro",
        "december dec décembre decembre diciembre dezember dezembro dez dic"), start=1):
    for _name in _names.split():
        MONTHS[_name] = _number
WEEKDAYS = {}
for _number, _names in enumerate(("monday mon lundi lunes montag segunda", "tuesday tue tues mardi martes dienstag terça terca",
                                  "wednesday wed mercredi miércoles miercoles mittwoch quarta",
                                  "thursday thu thurs jeudi jueves donnerstag quinta", "friday fri vendredi viernes freitag sexta",
                                  "saturday sat samedi sábado sabado samstag", "sunday sun dimanche domingo sonntag")):
    for _name in _names.split():
        WEEKDAYS[_name] = _number
_MONTH = r"([a-zà-ÿ]{3,10})\.?"
DATE_MONTH_DAY = re.compile(rf"^{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
DATE_DAY_MONTH = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|of\s+)?{_MONTH}(?:\s+(?:de\s+)?(\d{{4}}))?", re.I)
DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\b")
DATE_WEEKDAY = re.compile(r"^(?:(next|this|coming|nächsten|prochain)\s+)?([a-zà-ÿ]{3,10})\.?\b(?:\s+(prochain))?", re.I)
DATE_TOMORROW = re.compile(r"^(?:tomorrow|demain|mañana|morgen|amanhã)\b", re.I)
DATE_END = re.compile(r"^(?:the\s+)?(?:end of(?: the)?|fin(?: de)?|ende|fines de|final de)\s+(week|month|semaine|mois|woche|monat|"
                      r"[a-zà-ÿ]{3,10})\b", re.I)
DATE_WITHIN = re.compile(r"^(\d{1,3})\s*(days?|weeks?|jours|semaines?|tage[n]?|wochen|días|dias|semanas?)\b", re.I)
WITHIN_CONNECTORS = {"within", "in", "sous", "innerhalb von", "em", "en"}
# The first word of a date the patterns above read in words: a month, a weekday, "next"/"this", "end of", "tomorrow".
_FIRST_WORD = re.compile(r"[a-zà-ÿ]+", re.I)
_DATE_WORDS = (set(MONTHS) | set(WEEKDAYS) | {"next", "this", "coming", "nächsten", "prochain", "the", "end", "fin", "ende",
                                              "fines", "final", "tomorrow", "demain", "mañana", "morgen", "amanhã"})
# "a number of hours" said at all: a number before an hour or minute word (searched at digits only), or the words
HOURS_HINT = folded_pattern(r"\d\s*\+?\s*(?:[-–—~]\s*\d+\s*)?-?(?:h|std|godz|tim|min|heure|hora|stunde|stünd)")
HOURS_WORDS = Gated(folded_pattern(r"hours?\b|stunden|heures|horas"), ("hour", "stunden", "heures", "horas"))
DAYS_HINT = folded_pattern(r"\d\+?[\s-]*(?:full[- ])?(?:days?|weeks?|wks?|months?|mths?|tage|woche|wöch|monat|tägig|jour|semaine|"
                           r"mois|d[ií]a|semana|mes|uke)")
DAYS_PER_UNIT = {"d": 1, "t": 1, "j": 1, "w": 7, "s": 7, "m": 30}
MAX_TOTAL_HOURS = 2000
# "1 post/day (10-20 mins work)": a recurring task's minutes are not the total effort.
RECURRING = folded_pattern(r"(?:/\s*day|per day|a day|daily|every day|each day|/\s*month|per month|ongoing)\b")
RECURRING_GATE = ("day", "daily", "month", "ongoing")


# ---- Time for something else is not the work's effort: blanked out of the lines with numbers before any reading.
# Each number of hours or minutes is found first (searched at digits), then the words just before or after it.
_TIME = r"(?:hours?|hrs?|heures?|horas?|stunden?|std\.?|minutes?|minutos?|minuten|mins?|min\.?|h)(?![a-z])"
TIME_SAID = folded_pattern(rf"{_RANGE}\+?[- ]?\s*(?:{_TIME}|(minütige[snrm]?|stündige[snrm]?))")
_TALK = (r"(?P<talk>interviews?|calls?|chats?|screenings?|conversations?|entretiens?|entrevistas?|gespräch|vorstellungsgespräch)"
         r"(?!\s+(?:class|classes|lessons?|courses?|practice|club))")  # "45-minute conversation classes" are taught
_HIRING_STEP = (r"(?:test[- ](?:task|project|assignment|job|article|piece|edit|exercise)s?|(?:paid|unpaid|short|small|skills?|coding|"
                r"technical) tests?|trials?(?: task| project| period| run| assignment| job| shift)?|assessments?|take-?home|"
                r"t[âa]che test|test technique|test rémunéré|tarea de prueba|prueba (?:técnica|pagada|remunerada)|probeaufgabe|"
                r"testaufgabe|probearbeit|tarefa(?: de)? teste|teste (?:técnico|pago)|meetings?|réunions?|reuni(?:ón|ones|ão|ões)|"
                r"besprechung(?:en)?|syncs?|check-?ins?|stand-?ups?|office hours)")
# the words before: "reply within 24 hours", "4 hours overlap" said as "overlap of 4 hours", "trial task capped at 3 hours",
# "CET ± 2 hours", "Apply now - takes 2 minutes" (searched in the few characters before a number, up to it)
SIDE_BEFORE = folded_pattern(
    rf"(?:\b(?:respon(?:d|ds|se|ding)|repl(?:y|ies|ying)|turn-?around|notice|sla|réponse|répondre|respuesta|responder|resposta|"
    rf"antwort\w*|reaktionszeit|within|innerhalb(?: von)?|binnen|dentro de|en moins de|en menos de|em até|in under|"
    rf"in less than|overlap\w*|chevauchement|solapamiento|superposición|sobreposição|überschneidung|überlappung|time ?zones?|"
    rf"fuseau horaire|zona horaria|fuso horário|zeitzone|meet(?:s|ing)?|{_TALK}|{_HIRING_STEP})\b"
    rf"(?:[^\n.;,\d]|\b(?:max|ca|approx|env|aprox|min)\.){{0,30}}?"
    rf"|\b(?:interview|hiring|recruiting|recruitment|application|selection) process\b[^\n.;]{{0,40}}?"
    rf"|(?:±|\+/-|\+-|plus or minus)\s*"
    rf"|\b(?:apply|application|sign[- ]?up|register|registration|postuler|candidature|postular|solicitud|bewerbung|inscri\w*)\w*\s+"
    rf"(?:(?:now|form|process|only|here)\s+)?(?:[-–—:]\s*)?(?:only\s+)?(?:takes?|in|within|under|less than)\s+"
    rf"(?:only\s+|just\s+|about\s+|~\s*)?)$")
# the words after: "a 30-minute interview", "a 2-hour test task", "weekly 1-hour meetings", "24-hour turnaround",
# "2 hours of overlap", "5 min read", "a 20-minute drive", "45 minutes of audio", "5 minutes to apply"
SIDE_AFTER = folded_pattern(
    rf"[- ](?:long\s+)?(?:(?:paid|unpaid|video|phone|zoom|teams|intro(?:ductory)?|screening|discovery|kick-?off|onboarding|"
    rf"initial|quick|short|first|second|technical|final|follow-up|team|weekly|daily|bi-?weekly|monthly|recurring|coding|"
    rf"take-?home|skills?)\s+){{0,3}}(?:{_TALK}|tests?|trials?|assessments?|exercises?|challenges?|quiz(?:zes)?|{_HIRING_STEP})\b"
    rf"|['’]?s?\s+(?:of\s+|de\s+)?(?:(?:time\s+)?(?:overlap\w*|difference|offset)|notice|response|turn-?around|reply|delivery|sla|"
    rf"ahead|behind|read|drive|walk|commute|away|time ?zones?|(?:raw\s+|recorded\s+)?(?:audio|video|footage|interviews?|"
    rf"podcasts?)|chevauchement|décalage|diferencia|diferença|zeitverschiebung|zeitunterschied|überschneidung|"
    rf"(?:{_PER_WEEK}\s+)?(?:of\s+)?{_HIRING_STEP})\b"
    rf"|\s+to\s+(?:apply|sign up|register|read|complete (?:the|this|our) (?:application|form))")
# "ein 30-minütiges Interview", "eine 2-stündige Probeaufgabe"
SIDE_AFTER_ADJECTIVE = folded_pattern(r"\s+(?:[a-zäöüß]+\s+)?(?:interview|gespräch|telefonat|call|meeting|besprechung|probeaufgabe|"
                                      r"testaufgabe|probearbeit|test)")
# in a paid study the interview or call is the work ("Paid 60-minute interview", "participants for a 30-minute call")
PAID_STUDY_WORDS = ("participant", "gift card", "study", "studie", "étude", "estudio", "usability", "focus group", "incentive",
                    "user research", "survey")
# "Paid 60-minute interview", "$50 for a 30-minute call": the talk is what is paid for
PAID_FOR = folded_pattern(r"(?:\bpaid|(?:[$€£¥₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|usd|gbp))\s+(?:for|to do))\s+"
                          r"(?:(?:a|an|one|each|your)\s+)?$")
# "Episode 3 - 10 hours", "Q3 - 10 hours", "$300 - 10 hours": a label's number or money is no low end of a range of hours
DASH_BEFORE_HOURS = folded_pattern(rf"[-–—](?=\s*\d{{1,4}}(?:[.,]\d+)?\s*\+?\s*{_TIME})")
NOT_A_LOW_END = folded_pattern(r"(?:(?:\b(?:episode|ep|part|chapter|season|phase|step|module|lesson|level|vol|no|nr|round|stage|"
                               r"sprint|milestone|week|day|folge|teil|kapitel|staffel|woche|tag|schritt|épisode|partie|chapitre|"
                               r"saison|étape|semaine|jour|episodio|capítulo|parte|temporada|etapa|fase|paso|semana|día|dia|"
                               r"episódio|aula|lección|leçon)\.?|#|n°)\s*\d{1,3}|[a-z]\d{1,3}|[$€£¥₹]\s?\d[\d,.]*k?|"
                               r"\d[\d,.]*k?\s?(?:[$€£¥₹]|eur|usd|gbp|chf|cad|aud))\s*$")


def _item_key(noun: str) -> str:
    """What a count and a per-item effort must share to be about the same thing ("clips" and "clip")."""
    noun = unicodedata.normalize("NFKD", noun).encode("ascii", "ignore").decode()
    noun = noun[:-3] + "y" if noun.endswith("ies") else noun
    return noun[:5] if len(noun) > 5 else noun.rstrip("s")


# ---- Work by the piece: "about 3 hours per video, 6 videos", "three evenings, 4 hours each", "3 x 2 hours"
_DELIVERABLES = (
    "video videos vídeo vídeos vidéo vidéos clip clips reel reels shorts tiktok tiktoks episode episodes épisode épisodes "
    "episodio episodios episódio episódios folge folgen article articles artículo artículos artigo artigos artikel blog post "
    "blog posts post posts beitrag beiträge image images imagen imágenes imagem imagens bild bilder photo photos foto fotos "
    "page pages página páginas seite seiten logo logos design designs illustration illustrations ilustración ilustraciones "
    "ilustração ilustrações chapter chapters chapitre chapitres capítulo capítulos kapitel lesson lessons leçon leçons "
    "lección lecciones lektion lektionen module modules módulo módulos slide slides thumbnail thumbnails miniature "
    "miniatures miniatura miniaturas script scripts guion guiones roteiro roteiros song songs chanson chansons canción "
    "canciones track tracks translation translations traduction traductions traducción traducciones übersetzung "
    "übersetzungen tradução traduções review reviews listing listings product products produit produits producto "
    "productos produto produtos produkt produkte email emails e-mail e-mails newsletter newsletters text texts texte textes "
    "texto textos template templates infographic infographics animation animations drawing drawings map maps report "
    "reports rapport rapports informe informes relatório relatórios bericht berichte website websites landing page "
    "landing pages banner banners flyer flyers poster posters affiche affiches recipe recipes recette recettes receta "
    "recetas receita receitas question questions pregunta preguntas pergunta perguntas frage fragen survey surveys task "
    "tasks tâche tâches tarea tareas tarefa tarefas aufgabe aufgaben item items piece pieces file files record records "
    "entry entries row rows podcast podcasts interview interviews entrevista entrevistas entretien entretiens recording "
    "recordings audio audios description descriptions caption captions transcript transcripts summary summaries "
    "profile profiles").split()
_SESSIONS = (
    "session sessions séance séances sesión sesiones sessão sessões sitzung sitzungen evening evenings soirée soirées soir "
    "soirs tarde tardes abend abende abenden night nights noche noches noite noites morning mornings matinée matinées "
    "mañanas manhã manhãs vormittag vormittage afternoon afternoons après-midi nachmittag nachmittage weekend weekends "
    "week-end week-ends saturday saturdays sunday sundays samedi samedis dimanche dimanches sábado sábados domingo domingos "
    "samstag samstage sonntag sonntage shift shifts turno turnos schicht schichten workshop workshops atelier ateliers "
    "taller talleres oficina oficinas class classes cours clase clases aula aulas kurs kurse visit visits visite visites "
    "visita visitas besuch besuche termin termine event events événement événements evento eventos").split()
_DAYS = "day days jour jours journée journées día días dia dias jornada jornadas tag tage tagen".split()
# said of these, "N each" is how long each one runs, not the work ("5 videos, 10 minutes each")
_MEDIA = ("video vídeo vidéo clip reel shorts tiktok episode épisode episodio episódio folge podcast interview entrevista "
          "entretien recording audio song chanson canción track").split()
_MEDIA_KEYS = {_item_key(noun) for noun in _MEDIA}
_ITEM = trie_pattern(_DELIVERABLES + _SESSIONS + _DAYS)
_MEDIA_NOUN = trie_pattern([noun for noun in _DELIVERABLES if _item_key(noun) in _MEDIA_KEYS])
_PER_ITEM_NOUN = trie_pattern(_DELIVERABLES + _SESSIONS)
_SESSION_NOUN = trie_pattern(_SESSIONS + _DAYS)
_NOT_A_COUNTED_WORD = (r"(?:per|a|an|each|every|par|por|pro|je|for|at|of|de|à|the|in|on|to|or|and|et|y|e|und|x|minutes?|mins?|"
                       r"seconds?|secs?|hours?|hrs?|h|words?|mots|palabras|palavras|wörter|k|eur|usd|gbp|dollars?|euros?)\b")
ITEM_COUNT = folded_pattern(rf"{_RANGE}(?:-|\s+(?:(?!{_NOT_A_COUNTED_WORD})[a-zà-ÿ'’-]+\s+){{0,2}}?)({_ITEM})\b")
AT_MOST_BEFORE = folded_pattern(rf"{_AT_MOST}\s*(?:{_APPROX}\s*)?$")
PER_ITEM = folded_pattern(
    rf"{_RANGE}\+?\s*({_TIME})\s*(?:of (?:work|editing|writing)\s+|"
    rf"de (?:travail|trabajo|trabalho)\s+)?(?:per|a|an|each|every|for each|/|par|pour (?:chaque|un|une)|por|por cada|para cada|"
    rf"pro|je|für (?:jede[nsr]?|ein(?:en|e)?))\s*(?:(?:single|finished|edited|final|short|long|new|one|1)\s+)?({_PER_ITEM_NOUN})\b")
PIECE_TAKES = Gated(folded_pattern(
    rf"\b(?:each|every|per|one|a single|chaque|cada|jede[snr]?|pro)\s+({_PER_ITEM_NOUN})\s+(?:takes?|should take|will take|is|requires?|"
    rf"needs?|prend|demande|toma|lleva|leva|demora|dauert|braucht)\s+(?:(?:about|around|roughly|approx\.?|approximately|~|environ|"
    rf"unas?|cerca de|aproximadamente|etwa|ca\.|ungefähr)\s*)?{_RANGE}\s*({_TIME})"),
    ("take", "require", "need", "prend", "demande", "toma", "lleva", "leva", "demora", "dauert", "braucht"))
EACH = AnyOf(rf"{_RANGE}\+?\s*({_TIME})\s*(?:of work\s+)?(?:each|apiece|chacun(?:e)?|cada (?:uno|una|um|uma)|cada|jeweils|"
             rf"pro stück)\b",
             rf"\bjeweils\s+(?:ca\.\s*|etwa\s+)?{_RANGE}\s*({_TIME})",
             rf"\b(?:each|every one|chacun(?:e)?|cada uno|cada una|jede[rs]?)\s+(?:one\s+)?(?:takes?|should take|prend|toma|"
             rf"lleva|leva|dauert|braucht)\s+(?:(?:about|around|roughly|approx\.?|~|environ|unas?|cerca de|etwa|ca\.)\s*)?"
             rf"{_RANGE}\s*({_TIME})",
             gates=(("each", "apiece", "chacun", "cada", "jeweils", "stück"), ("jeweils",),
                    ("take", "prend", "toma", "lleva", "leva", "dauert", "braucht")))
SESSIONS_OF = folded_pattern(
    rf"{_RANGE}\s+(?:[a-zà-ÿ-]+\s+)?({_SESSION_NOUN})\s+(?:of|de|d['’]|à|a|von|mit|with|lasting)\s*(?:(?:about|around|approx\.?|"
    rf"roughly|environ|unas?|cerca de|aproximadamente|ca\.|etwa|je|jeweils|~)\s*)?{_RANGE}\s*({_TIME})")
_COUNT = r"(\d(?<![\w.,$€£¥₹]\d)\d?)(?!\d)"
TIMES = AnyOf(rf"{_COUNT}\s*[x×]\s*{_RANGE}\s*({_TIME})(?![- ]?(?:long\s+)?(?:{_MEDIA_NOUN}))",
              rf"{_COUNT}\s+(?:[x×]\s*)?{_N}[- ]?(hours?|hrs?|h|minutes?|mins?|stunden|heures?|horas?)[- ](?:long\s+)?"
              rf"(?:[a-z-]+\s+){{0,2}}?({_SESSION_NOUN}|{_EVENT})\b",
              gates=(("x", "×"), None))
# "10 clips per week": a count per period, so the total is not stated
COUNT_PER_PERIOD = folded_pattern(r"\s*(?:(?:per|a|each|every|/|par|por|pro|al|au|im|no|ao)\s*(?:week|month|day|semaine|mois|jour|"
                                  r"semana|mes|mês|d[ií]a|woche|monat|tag)|weekly|monthly|daily|hebdo|mensuel|semanal|mensual|"
                                  r"wöchentlich|monatlich|diário|mensal)\b")
# "4 two-hour sessions; roughly 12 hours total": a stated total outranks one worked out from the pieces
STATED_TOTAL = Gated(folded_pattern(rf"{_RANGE_ALONE}\s*{_HOUR}\s+(?:in total|total|insgesamt|au total|en total|no total)\b|"
                                    rf"\btotal(?: of| effort:?| time:?)?\s+(?:about\s+|~\s*)?{_RANGE}\s*{_HOUR}\b"),
                     ("total", "insgesamt"))
# "$120 per article, about 3 hours each": the piece the pay is per
PER_PIECE = folded_pattern(rf"\b(?:per|a|each|every|par|por|pro|je|/)\s*({trie_pattern(_DELIVERABLES)})\b")
# "a 15-hour micro-project", "Aufwand: 15 Stunden", "un projet de 15 heures", "ein 15-stündiges Projekt"
HOURS_STATED = folded_pattern(rf"{_RANGE}\+?\s*{_HOUR}\b(?!\s*{_PER_WEEK})(?!\s*{_PER_OTHER})")
EFFORT_LABEL_BEFORE = folded_pattern(
    rf"(?:\b(?:time commitment|workload|effort|time required|estimated time|aufwand|arbeitsaufwand|zeitaufwand|umfang|"
    rf"stundenumfang|charge(?: de travail)?|volume horaire|durée estimée|carga(?: horaria| horária| de trabajo| de trabalho)?|"
    rf"dedicaci[óo]n|dedica[çc][ãa]o)\s*(?:total\s*)?(?::|-|–|of|de|von|is|est|es|é)?\s*(?:{_APPROX}\s*)?|"
    rf"\b(?:project|projet|proyecto|projeto|projekt|task|t[âa]che|tarea|tarefa|auftrag|job|gig|mission|assignment|encargo|"
    rf"trabajo|trabalho|micro-?(?:project|projet|proyecto|projeto|projekt)s?)\s+(?:of|de|d['’]environ|von|mit)\s+"
    rf"(?:(?:about|around|approx\.?|environ|unas?|aproximadamente|cerca de|ca\.|etwa|~)\s*)?)$")
HOURS_ADJECTIVE_TOTAL = Gated(folded_pattern(rf"{_RANGE}[- ]?stündige[snrm]?\s+(?:[a-zäöü]+\s+)?(?:projekt|auftrag|aufgabe|job|"
                                             rf"einsatz|mission|gig|tätigkeit)"), ("stündig",))
# "should take about 20 minutes", "dauert ca. 15 Minuten", "toma menos de 30 minutos"
_BOUND_WORDS = (r"(?:less than|under|up to|no more than|at most|max(?:imum)?|moins de|menos de|weniger als|maximal|höchstens|"
                r"bis zu|jusqu['’]à|hasta|até)")
TOTAL_MINUTES_TAKE = Gated(folded_pattern(
    rf"\b(?:takes?|taking|should take|will take|would take|to take|expected to take|requires?|needs?|lasts?|prend(?:re|ra)?|"
    rf"dure(?:r|ra)?|tarda(?:r|rá)?|toma(?:r|rá)?|lleva(?:r|rá)?|leva(?:r|rá)?|demora(?:r|rá)?|dauert|dauern|braucht|"
    rf"durée\s*:|duración\s*:|duração\s*:|dauer\s*:|duration\s*:|"
    # "Session length: 30 minutes" is the work; "Animation length: 10–15 minutes" is what is made
    rf"(?<!animation )(?<!video )(?<!song )(?<!clip )(?<!track )(?<!film )(?<!audio )(?<!music )(?<!trailer )length\s*:)\s+(?:(?:only|just|you|us|around|about|approximately|approx\.?|roughly|~|"
    rf"environ|unos|unas|cerca de|aproximadamente|alrededor de|etwa|ca\.|ungefähr|nur|seulement|solo|apenas|no|"
    rf"({_BOUND_WORDS}))\s*)*{_RANGE}\s*(?:minutes?|mins?|minutos?|minuten|min\.?)(?![a-z])"),
    ("minut", "mins", "min ", "min."))


@dataclass
class Effort:
    hours_min: float | None = None
    hours_max: float | None = None
    hours_per_week: float | None = None
    duration_days: float | None = None
    due_at: str | None = None
    expires_at: str | None = None


def _rounded(hours: float | None) -> float | None:
    return None if hours is None else round(hours, 3 if hours < 1 else 1)


def _num(token: str | None) -> float | None:
    if token is None:
        return None
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _range(low: str, high: str | None) -> tuple[float, float] | None:
    a, b = _num(low), _num(high) if high else _num(low)
    if a is None or b is None or a <= 0 or b < a:
        return None
    return a, b


def effort_from_text(text: str | None, *, posted: datetime | None, now: datetime) -> Effort:
    effort = Effort()
    if not isinstance(text, str) or not text:
        return effort
    text, lowered = _digits_for_words(text[:20000])  # "two weeks" -> "2 weeks"
    # the folded text (lower case, the same length and lines) for the word gates and the folded patterns
    gate = lowered if lowered.isascii() else folded(text)
    numeric = lines_with_digits(gate)  # the patterns for hours and durations all need a number
    # cheap gates: most texts name no number of hours or days, and then the costly patterns do not run
    says_hours = bool(HOURS_HINT.search(numeric) or HOURS_WORDS.search(numeric))
    says_days = bool(DAYS_HINT.search(numeric))
    if says_hours or says_days:
        numeric = _without_side_time(numeric, gate)
    weekly = WEEKLY_HOURS.search(numeric) if says_hours else None
    if weekly:
        span = _range(weekly.group(1), weekly.group(2))
        if span and span[1] <= 80:
            effort.hours_per_week = span[1] if span[0] == span[1] else (span[0] + span[1]) / 2
    duration = DURATION.search(numeric) if says_days else None
    duration_unit = None
    if duration:
        groups = duration.groups()
        low, high, unit = next(groups[i:i + 3] for i in range(0, len(groups), 3) if groups[i])
        span = _range(low, high)
        duration_unit = unit
        if span and unit:
            per = DAYS_PER_UNIT.get(unit[0].lower(), None)
            if per and span[1] * per <= 730:
                effort.duration_days = span[1] * per
                if effort.hours_per_week and unit[0].lower() in "wsm":
                    weeks = (span[0] * per / 7, span[1] * per / 7)
                    effort.hours_min = round(weeks[0] * effort.hours_per_week, 1)
                    effort.hours_max = round(weeks[1] * effort.hours_per_week, 1)
    if effort.hours_min is None and says_hours and effort.duration_days and duration_unit and duration_unit[0].lower() in "dtj":
        daily = DAILY_HOURS.search(numeric)  # "for 2 days, 8 hours a day"
        span = _range(daily.group(1), daily.group(2)) if daily else None
        if span and span[1] <= 16 and effort.duration_days <= 31:
            effort.hours_min = effort.hours_max = round(effort.duration_days * span[1], 1)
    # recurring work (read only when a number of hours or days is said and no total yet: it decides nothing otherwise)
    recurring = (effort.hours_min is None and (says_hours or says_days) and has_any(gate, RECURRING_GATE)
                 and bool(RECURRING.search(gate)) and bool(RECURRING.search(RATE_PER_PERIOD.sub(" ", gate)))
                 # "10-15 hours over 2-3 weeks", "20 hours in total": a total said outright is no recurring load
                 and not (says_hours and (STATED_TOTAL.search(numeric) or TOTAL_HOURS_SPREAD.search(numeric)
                                          or TOTAL_HOURS_PAREN.search(numeric))))
    if recurring and says_hours and effort.hours_min is None:  # one piece of recurring work: what a pay per piece buys
        piece, whole, _ = _by_the_piece(numeric)
        if piece and not whole:
            effort.hours_min, effort.hours_max = piece
    if effort.hours_min is None and effort.hours_max is None and not recurring and (says_hours or says_days):
        _total_hours(WEEKLY_HOURS.sub(" ", numeric) if weekly else numeric, effort, says_hours, says_days)
    elif effort.hours_min is None and effort.hours_max is None and says_days:
        found = DAYS_AT_DAY_RATE.search(numeric)  # a day rate recurs only in words
        span = _range(found.group(1), found.group(2)) if found else None
        if span and span[1] <= 250:
            effort.hours_min, effort.hours_max = span[0] * HOURS_PER_DAY, span[1] * HOURS_PER_DAY
    base = posted or now
    # the deadline patterns start with one of these words: skip texts without any
    if has_any(gate, DUE_WORDS):
        effort.due_at = _deadline(DUE, text, gate, base)
    if has_any(gate, APPLY_WORDS):
        effort.expires_at = _deadline(APPLY_BY, text, gate, base)
    return effort


def _total_hours(numeric: str, effort: Effort, says_hours: bool = True, says_days: bool = True) -> None:
    """Total effort from the lines with numbers (a weekly load already taken out)."""
    if says_days:
        found = DAYS_AT_DAY_RATE.search(numeric)
        if found:
            span = _range(found.group(1), found.group(2))
            if span and span[1] <= 250:
                effort.hours_min, effort.hours_max = span[0] * HOURS_PER_DAY, span[1] * HOURS_PER_DAY
                return
        found = days = TOTAL_DAYS.search(numeric)
        if found and not says_hours:
            groups = found.groups()
            low, high = (groups[0], groups[1]) if groups[0] else (groups[2], None)
            span = _range(low, high)
            if span and span[1] * HOURS_PER_DAY <= MAX_TOTAL_HOURS:
                effort.hours_min, effort.hours_max = span[0] * HOURS_PER_DAY, span[1] * HOURS_PER_DAY
            return
    if not says_hours:
        return
    if True:
        piece, _, numeric = _by_the_piece(numeric) if not STATED_TOTAL.search(numeric) else (None, False, numeric)
        if piece:
            effort.hours_min, effort.hours_max = _rounded(piece[0]), _rounded(piece[1])
            return
        found = TOTAL_HOURS_AT_MOST.search(numeric)
        if found:
            span = _range(found.group(1) or found.group(2), None)
            if span and span[1] <= MAX_TOTAL_HOURS:
                effort.hours_max = span[1]
                return
        span = _labelled_total(numeric)
        if span and span[1] <= MAX_TOTAL_HOURS:
            effort.hours_min, effort.hours_max = span
            return
        for pattern in (TOTAL_HOURS_BETWEEN, TOTAL_HOURS_RANGE, TOTAL_HOURS_APPROX, TOTAL_HOURS_SAID, TOTAL_DAYS):
            # TOTAL_DAYS was searched above: not again (told by identity: a dict keyed by patterns hashes each
            # one's compiled code on every lookup, 1.4 µs for these)
            found = days if pattern is TOTAL_DAYS and says_days else pattern.search(numeric)
            if found:
                groups = [g for g in found.groups()]
                if pattern is TOTAL_DAYS:
                    low, high = (groups[0], groups[1]) if groups[0] else (groups[2], None)
                    span = _range(low, high)
                    span = span and (span[0] * HOURS_PER_DAY, span[1] * HOURS_PER_DAY)
                else:
                    two = pattern is TOTAL_HOURS_RANGE or pattern is TOTAL_HOURS_BETWEEN
                    span = _range(groups[0], groups[1] if two else None)
                if span and span[1] <= MAX_TOTAL_HOURS:
                    effort.hours_min, effort.hours_max = span
                    return
        found = TOTAL_MINUTES.search(numeric)
        if found:
            span = _range(found.group(1), found.group(2))
            if span:
                effort.hours_min, effort.hours_max = round(span[0] / 60, 2), round(span[1] / 60, 2)
                return
        found = TOTAL_MINUTES_TAKE.search(numeric)
        if found:
            span = _range(found.group(2), found.group(3))
            if span and span[1] <= 600:
                low, high = round(span[0] / 60, 3), round(span[1] / 60, 3)
                effort.hours_min, effort.hours_max = (None, high) if found.group(1) else (low, high)
                return
        found = PAID_TIME.search(numeric)
        if found:
            groups = found.groups()
            low, high, unit = groups[0:3] if groups[0] else groups[3:6]  # "$150 for 90 minutes" or "3 hours $100"
            span = _range(low, high)
            if span:
                scale = 1 / 60 if unit.startswith("m") else 1
                if span[1] * scale <= MAX_TOTAL_HOURS:
                    effort.hours_min, effort.hours_max = round(span[0] * scale, 2), round(span[1] * scale, 2)
                    return
        found = TOTAL_EVENT.search(numeric)
        if found:
            span = _range(found.group(1), None)
            if span:
                hours = span[0] / 60 if found.group(2).lower().startswith("min") else span[0]
                effort.hours_min = effort.hours_max = round(hours, 2)
                return
        for pattern in (TOTAL_HOURS_PAREN, TOTAL_HOURS_SPREAD, TOTAL_HOURS_LISTED):
            for found in pattern.finditer(numeric):
                if NOT_TOTAL_BEFORE.search(numeric[max(0, found.start() - 30): found.start() + 1]):
                    continue
                span = _range(found.group(1), found.group(2))
                if span and span[1] <= MAX_TOTAL_HOURS:
                    effort.hours_min, effort.hours_max = span
                    return


def _without_side_time(numeric: str, gate: str) -> str:
    """The lines with numbers with time spent on something else blanked out: replies, time zones, the application,
    the hiring steps (interviews, calls, test tasks), meetings; and the dash after a label's number or money."""
    for found in DASH_BEFORE_HOURS.finditer(numeric):
        if NOT_A_LOW_END.search(numeric, max(0, found.start() - 24), found.start()):
            numeric = numeric[:found.start()] + ";" + numeric[found.end():]
    blanks = []
    for found in TIME_SAID.finditer(numeric):
        start, end = found.start(), found.end()
        if found.group(3):  # "30-minütiges": only a noun after it says what for
            side = SIDE_AFTER_ADJECTIVE.match(numeric, end)
            if side:
                blanks.append((start, side.end()))
            continue
        side = SIDE_BEFORE.search(numeric, max(0, start - 64), start)
        if side:
            start = side.start()
        else:
            side = SIDE_AFTER.match(numeric, end)
            end = side.end() if side else end
        if side is None:
            continue
        if side.group("talk") and (has_any(gate, PAID_STUDY_WORDS) or PAID_FOR.search(numeric, max(0, found.start() - 30), found.start())):
            continue
        blanks.append((start, end))
    for start, end in blanks:
        numeric = numeric[:start] + " " * (end - start) + numeric[end:]
    return numeric


def _labelled_total(numeric: str) -> tuple[float, float] | None:
    """"Aufwand: 15 Stunden", "un projet de 15 heures", "time commitment: 10 hours", "ein 15-stündiges Projekt"."""
    for found in HOURS_STATED.finditer(numeric):
        if EFFORT_LABEL_BEFORE.search(numeric, max(0, found.start() - 48), found.start()):
            return _range(found.group(1), found.group(2))
    found = HOURS_ADJECTIVE_TOTAL.search(numeric)
    return _range(found.group(1), found.group(2)) if found else None


def _hours(low: float, high: float, unit: str) -> tuple[float, float]:
    per = 1 / 60 if unit.startswith("m") else 1
    return low * per, high * per


def _count_of(numeric: str, key: str | None, start: int, end: int, last: bool) -> tuple[tuple[float, float], str] | None:
    """The stated number of the pieces (of `key`, or of any when None) between start and end: the first (or the last)
    that is not per period ("10 clips a week") or money."""
    chosen = None
    for found in ITEM_COUNT.finditer(numeric, start, end):
        noun = found.group(3)
        if key is not None and _item_key(noun) != key:
            continue
        if numeric[max(0, found.start() - 1): found.start()] in ("$", "€", "£", "¥", "₹"):
            continue
        span = _range(found.group(1), found.group(2))
        if span is None or span[1] > 1000:
            continue
        per_period = COUNT_PER_PERIOD.match(numeric, found.end())
        chosen = (None if per_period else span, noun)
        if not last:
            break
    return chosen


def _by_the_piece(numeric: str) -> tuple[tuple[float | None, float] | None, bool, str]:
    """Effort stated per piece: (hours, whether a count made it the total, the text with a length said of media blanked).
    Hours are (None, max) when only an upper bound is said."""
    found = PER_ITEM.search(numeric)  # "about 3 hours per video, 6 videos"
    if found:
        low, high, unit, noun = found.groups()
        at_most = AT_MOST_BEFORE.search(numeric, max(0, found.start() - 40), found.start())
        span = _range(low, high)
        if span and span[1] <= (600 if unit.startswith("m") else 40):
            hours = _hours(*span, unit)
            key = _item_key(noun)
            count = _count_of(numeric, key, 0, len(numeric), last=False)
            sessions = noun in _SESSIONS
            if count and count[0]:
                total = (hours[0] * count[0][0], hours[1] * count[0][1])
                return ((None, total[1]) if at_most else total), True, numeric
            if not sessions:  # one piece's effort: what the pay per piece buys
                return ((None, hours[1]) if at_most else hours), False, numeric
    found = PIECE_TAKES.search(numeric)  # "each video takes about 3 hours", "20 descriptions; each takes 15 minutes"
    if found:
        noun, low, high, unit = found.groups()
        span = _range(low, high)
        if span and span[1] <= (600 if unit.startswith("m") else 40):
            hours = _hours(*span, unit)
            count = _count_of(numeric, _item_key(noun), 0, len(numeric), last=False)
            if count and count[0]:
                return (hours[0] * count[0][0], hours[1] * count[0][1]), True, numeric
            if noun not in _SESSIONS:
                return hours, False, numeric
    found = EACH.search(numeric)  # "three evenings, 4 hours each"
    if found:
        said_after = next(k for k in (0, 3, 6) if found.groups()[k])  # 6: "each takes 3 hours", the work
        low, high, unit = found.groups()[said_after:said_after + 3]
        span = _range(low, high)
        sentence = max(numeric.rfind(".", 0, found.start()), numeric.rfind("\n", 0, found.start())) + 1
        count = _count_of(numeric, None, sentence, found.start(), last=True)
        if span and count:
            if said_after != 6 and _item_key(count[1]) in _MEDIA_KEYS:  # how long each video runs: no effort
                return None, False, numeric[:found.start()] + " " * (found.end() - found.start()) + numeric[found.end():]
            hours = _hours(*span, unit)
            if count[0] and hours[1] <= 40:
                return (hours[0] * count[0][0], hours[1] * count[0][1]), True, numeric
            if count[1] in _DELIVERABLES and hours[1] <= 40:
                return hours, False, numeric
        elif span and span[1] <= 40:
            paid_per = PER_PIECE.search(numeric, sentence, found.start())
            if paid_per and _item_key(paid_per.group(1)) not in _MEDIA_KEYS:
                return _hours(*span, unit), False, numeric
    counted = []  # (count, hours, unit): "3 sessions of 2 hours", then "3 x 4 h", "two 4-hour evenings"
    found = SESSIONS_OF.search(numeric)
    if found:
        counted.append((_range(found.group(1), found.group(2)), _range(found.group(4), found.group(5)), found.group(6)))
    found = TIMES.search(numeric)
    if found:
        groups = found.groups()
        counted.append((_range(groups[0], None), _range(groups[1], groups[2]), groups[3]) if groups[0] else
                       (_range(groups[4], None), _range(groups[5], None), groups[6]))
    for count, span, unit in counted:
        if count and span and count[1] <= 100:
            hours = _hours(*span, unit)
            if hours[1] <= 24:
                return (hours[0] * count[0], hours[1] * count[1]), True, numeric
    return None, False, numeric


_WORD_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "un": 1, "une": 1, "uno": 1, "una": 1, "um": 1, "uma": 1, "ein": 1,
                "eine": 1, "einen": 1, "deux": 2, "dos": 2, "dois": 2, "duas": 2, "zwei": 2, "trois": 3, "tres": 3, "três": 3,
                "drei": 3, "quatre": 4, "cuatro": 4, "quatro": 4, "vier": 4, "cinq": 5, "cinco": 5, "fünf": 5, "six": 6,
                "seis": 6, "sechs": 6, "sept": 7, "siete": 7, "sete": 7, "sieben": 7, "huit": 8, "ocho": 8, "oito": 8, "acht": 8,
                "neuf": 9, "nueve": 9, "nove": 9, "neun": 9, "dix": 10, "diez": 10, "dez": 10, "zehn": 10, "fifteen": 15,
                "quinze": 15, "quince": 15, "fünfzehn": 15, "twenty": 20, "vingt": 20, "veinte": 20, "vinte": 20, "zwanzig": 20,
                "thirty": 30, "trente": 30, "treinta": 30, "trinta": 30, "dreißig": 30, "forty": 40, "fifty": 50, "sixty": 60}
_WORD_NUMBERS = folded_pattern(
    r"\b(" + trie_pattern(_WORD_NUMBER) + r")(?=[\s-]+(?:full[- ])?(?:hours?|days?|weeks?|months?|"
    r"heures?|jours?|semaines?|mois|horas?|d[ií]as?|semanas?|meses|stunden|tage[n]?|wochen|monate[n]?|minutes?|minutos?|minuten)\b"
    # a count of pieces ("three evenings", "six videos", "two 4-hour workshops")
    r"|\s+(?:(?:short|long|full|separate|different|more|extra|paid|small|quick|new)\s+)?" + _ITEM + r"\b"
    r"|\s+\d{1,2}[- ]?(?:hours?|hrs?|h|minutes?|mins?|stunden|heures?|horas?)\b)")


_TIME_UNIT_AFTER = folded_pattern(r"[\s-]+(?:full[- ])?(?:hours?|days?|weeks?|months?|heures?|jours?|semaines?|mois|horas?|"
                                  r"d[ií]as?|semanas?|meses|stunden|tage[n]?|wochen|monate[n]?|minutes?|minutos?|minuten)\b")


# what each time unit of _WORD_NUMBERS's look-ahead holds ("d[ií]as?": "dia" or "día")
_UNIT_STEMS = ("hour", "day", "week", "month", "heure", "jour", "semaine", "mois", "hora", "dia", "día", "semana", "mes",
               "stunde", "tag", "woche", "monat", "minut")


# "half an hour", "about an hour": an hour said in words, before the number words are read
_HOUR_IN_WORDS = folded_pattern(r"\b(?:(half an hour|half-hour|half hour|une demi-heure|une demi heure|media hora|meia hora|"
                                r"eine halbe stunde)|(an hour))\b(?!\s+or\b)")  # "an hour or two" stays unread
AN_HOUR_IS_EFFORT_AFTER = folded_pattern(r"\b(?:about|around|approximately|roughly|takes?|than|under|up to|only|just|almost|"
                                         r"nearly|over)\s+$")  # not "$20 an hour"
_HOUR_IN_WORDS_GATE = ("half an hour", "half-hour", "half hour", "an hour", "demi-heure", "demi heure", "media hora", "meia hora",
                       "halbe stunde")


def _digits_for_words(text: str) -> tuple[str, str]:
    """"two weeks" -> "2 weeks", "una semana" -> "1 semana", "three evenings" -> "3 evenings" (only before a time unit
    or a counted piece; cheap when absent); with the result lower-cased."""
    lowered = text.lower()
    if has_any(lowered, _HOUR_IN_WORDS_GATE):
        folded_text = lowered if lowered.isascii() else folded(text)  # the same length as the text
        pieces, last = [], 0
        for found in _HOUR_IN_WORDS.finditer(folded_text):
            if found.group(1) or AN_HOUR_IS_EFFORT_AFTER.search(folded_text, max(0, found.start() - 16), found.start()):
                pieces += [text[last: found.start()], "30 minutes" if found.group(1) else "1 hour"]
                last = found.end()
        if pieces:
            text = "".join(pieces) + text[last:]
            lowered = text.lower()
    # a number word counts before a time unit or a piece, and a time unit is said: else nothing changes
    if not has_any(lowered if lowered.isascii() else folded(text), _UNIT_STEMS) or \
            _WORD_NUMBER.keys().isdisjoint(lowered.replace("-", " ").split()):
        return text, lowered
    gate = lowered if lowered.isascii() else folded(text)  # the same length as the text: spans carry over
    pieces, last = [], 0
    for found in _WORD_NUMBERS.finditer(gate):
        if found.group(1) == "dos" and not _TIME_UNIT_AFTER.match(gate, found.end()):
            continue  # Portuguese "dos vídeos" is "of the videos"
        pieces += [text[last: found.start()], str(_WORD_NUMBER[found.group(1)])]
        last = found.end()
    text = "".join(pieces) + text[last:]
    return text, text.lower()


def _resolve_date(conn: str, when: str, base: datetime) -> datetime | None:
    """A deadline after `base` from the text after its connector: "March 3", "3 mars", "Friday", "next Monday",
    "tomorrow", "end of week", "fin novembre", or "within 2 weeks". None when it is none of these."""
    when = when.strip()
    if not when[:1].isdigit():  # a date in words starts with a word one of the patterns below knows
        first = _FIRST_WORD.match(when)
        if first is None or first.group(0).lower() not in _DATE_WORDS:
            return None
    day0 = base.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=base.tzinfo)
    found = DATE_WITHIN.match(when)
    if found:
        if conn.lower() not in WITHIN_CONNECTORS:
            return None
        unit = found.group(2)[0].lower()
        return day0 + timedelta(days=int(found.group(1)) * (1 if unit in "dtj" else 7))
    if DATE_TOMORROW.match(when):
        return base + timedelta(days=1)
    found = DATE_ISO.match(when)
    if found:
        try:
            return day0.replace(year=int(found.group(1)), month=int(found.group(2)), day=int(found.group(3)))
        except ValueError:
            return None
    for pattern, month_group, day_group in ((DATE_MONTH_DAY, 1, 2), (DATE_DAY_MONTH, 2, 1)):
        found = pattern.match(when)
        if found and found.group(month_group).lower() in MONTHS:
            month, day = MONTHS[found.group(month_group).lower()], int(found.group(day_group))
            year = int(found.group(3)) if found.group(3) else base.year
            try:
                moment = day0.replace(year=year, month=month, day=day)
                if not found.group(3) and moment < day0:
                    moment = moment.replace(year=year + 1)
            except ValueError:
                return None
            return moment
    found = DATE_END.match(when)
    if found:
        word = found.group(1).lower()
        if word in ("week", "semaine", "woche"):
            return day0 + timedelta(days=(4 - base.weekday()) % 7)  # Friday
        month = base.month if word in ("month", "mois", "monat") else MONTHS.get(word)
        if month:
            year = base.year + (1 if month < base.month else 0)
            first_next = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=base.tzinfo)
            return first_next - timedelta(days=1)
        return None
    found = DATE_WEEKDAY.match(when)
    if found and found.group(2).lower() in WEEKDAYS:
        target = WEEKDAYS[found.group(2).lower()]
        if (found.group(1) or found.group(3) or "").lower() in ("next", "nächsten", "prochain"):
            return day0 + timedelta(days=7 - base.weekday() + target)  # that day of the following week
        ahead = (target - base.weekday()) % 7
        return day0 + timedelta(days=ahead or 7)
    return None


def _deadline(pattern: re.Pattern, text: str, gate: str, base: datetime) -> str | None:
    """The first deadline phrase that reads as a date after posting (own parser first: no dateparser on the hot path).
    The pattern runs on the folded text `gate`; the date is read from the same span of the text as written."""
    if base.tzinfo is None:
        base = base.replace(tzinfo=timezone.utc)
    for count, found in enumerate(pattern.finditer(gate)):
        if count >= 5:
            break
        moment = _resolve_date(found.group("conn") or "", text[found.start("when"): found.end("when")], base)
        if moment is not None:
            if moment.date() < base.date() or (moment - base).days > 400:
                return None
            return format_utc(moment)
    fallback, words = (DUE_FALLBACK, _DUE_FALLBACK_WORDS) if pattern is DUE else (APPLY_FALLBACK, _APPLY_FALLBACK_WORDS)
    return _date_after(fallback, text, gate, base) if has_any(gate, words) else None


@lru_cache(maxsize=4096)
def _future_date(phrase: str, relative_base: datetime) -> datetime | None:
    """A deadline phrase ("March 3", "Friday") as the next such date: each phrase parsed once per minute."""
    import dateparser

    return dateparser.parse(
        phrase, languages=["en", "de", "fr", "es"],
        settings={"RELATIVE_BASE": relative_base, "PREFER_DATES_FROM": "future",
                  "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True},
    )


def _date_after(pattern: re.Pattern, text: str, gate: str, base: datetime) -> str | None:
    found = pattern.search(gate)
    if not found:
        return None
    moment = _future_date(text[found.start(1): found.end(1)], base.replace(tzinfo=None, second=0, microsecond=0))
    if moment is None or moment < base or (moment - base).days > 400:
        return None
    return format_utc(moment)
