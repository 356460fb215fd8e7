"""Builds dev.jsonl and heldout.jsonl from the hand-written snippets in heldout_src.py and dev_src.py.

Run: .venv/bin/python tests/data/normalize_eval/build.py   (the JSON Lines files are committed; this only
expands the compact notation, it computes no label: every expected value is written by hand in *_src.py).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OCC = {"SW": "software_dev_tech", "CR": "creative_multimedia", "WR": "writing_translation",
       "CL": "clerical_data_entry", "SM": "sales_marketing", "PS": "professional_services", None: None}
POSTED = "2026-10-12T09:00:00Z"  # a Monday
NOW = "2026-11-25T12:00:00Z"
_MISSING = object()


class Collector:
    def __init__(self, split: str):
        self.split = split
        self.rows: list[dict] = []

    def __call__(self, title, desc=None, *, html=None, pay=None, pmin=None, pmax=None, pcur=None, punit=None,
                 loc=None, emp=None, tags=None, posted=POSTED, remote_raw=None, country_raw=None,
                 cur=None, ctry=None, market=False,
                 P=None, H=None, W=None, D=None, due=None, exp=None, paid=_MISSING, micro, occ,
                 entry=None, rem=None, c=None, scam=0, t=None):
        n = len(self.rows) + 1
        raw = {"source_id": f"{self.split}-{n:03d}", "url": f"https://eval.example.org/{self.split}/{n}",
               "title": title}
        for key, value in (("description_text", desc), ("description_html", html), ("pay_raw", pay),
                           ("pay_min_raw", pmin), ("pay_max_raw", pmax), ("pay_currency_raw", pcur),
                           ("pay_unit_raw", punit), ("location_raw", loc), ("employment_type_raw", emp),
                           ("tags", tags), ("posted_raw", posted), ("remote_raw", remote_raw),
                           ("country_raw", country_raw)):
            if value is not None:
                raw[key] = value
        raw["raw"] = {k: v for k, v in raw.items() if k not in ("source_id", "url")}
        pay_min, pay_max, currency, unit = P if P else (None, None, None, None)
        hours_min, hours_max = H if H else (None, None)
        if paid is _MISSING:
            paid = 1 if P else None
        expected = {
            "pay_min": pay_min, "pay_max": pay_max, "pay_currency": currency, "pay_unit": unit,
            "hours_min": hours_min, "hours_max": hours_max, "hours_per_week": W, "duration_days": D,
            "due_at": due, "expires_at": exp, "is_paid": paid, "is_micro": micro, "occupation": OCC[occ],
            "entry_level": entry, "remote": rem, "country": c, "scam": scam,
        }
        if t is not None:
            expected["title"] = t
        self.rows.append({"id": f"{self.split}-{n:03d}", "split": self.split, "now": NOW,
                          "source": {"name": "eval", "default_currency": cur, "default_country": ctry,
                                     "is_marketplace": market},
                          "input": raw, "expected": expected})


def build(split: str) -> list[dict]:
    collector = Collector(split)
    code = (HERE / f"{split}_src.py").read_text(encoding="utf-8")
    exec(compile(code, f"{split}_src.py", "exec"), {"S": collector})  # noqa: S102 - our own data file
    return collector.rows


def main() -> None:
    for split in ("heldout", "dev"):
        rows = build(split)
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        print(split, len(rows))


if __name__ == "__main__":
    main()
