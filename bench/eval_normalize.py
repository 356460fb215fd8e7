"""Evaluate the normalizer on the labelled snippets (tests/data/normalize_eval/snippets.jsonl).

    .venv/bin/python bench/eval_normalize.py [--split dev|heldout|all]

Prints, per split, how often each field comes out as labelled, the issue's targets with PASS/FAIL, and
the scam flags raised on every real recording in ../shared/realworld (each one a false positive).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from normalize.context import SourceContext  # noqa: E402
from normalize.listing import normalize_listing  # noqa: E402

SNIPPETS = ROOT / "tests" / "data" / "normalize_eval" / "snippets.jsonl"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
CONTEXT = SourceContext(name="eval")
TARGETS = {"pay exact": 0.95, "effort hours": 0.90, "is_micro F1": 0.90, "occupation": 0.85}


def close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= max(0.01, 0.005 * abs(float(b)))


def evaluate(rows: list[dict]) -> dict:
    """Scores of one split: per field (correct, total) and is_micro precision/recall/F1."""
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tp = fp = fn = 0
    misses: dict[str, list] = defaultdict(list)
    for row in rows:
        out = normalize_listing(dict(row["raw"]), source=CONTEXT, now=NOW)
        expected = row["expected"]
        if "pay_min" in expected:
            keys = ("pay_min", "pay_max", "pay_currency", "pay_unit")
            ok = all(close(out[k], expected[k]) if k in ("pay_min", "pay_max") else out[k] == expected[k] for k in keys)
            scores["pay exact"][0] += ok
            scores["pay exact"][1] += 1
            if not ok:
                misses["pay exact"].append((row["kind"], row["raw"].get("pay_raw") or row["raw"]["description_text"][:90],
                                            [out[k] for k in keys], [expected[k] for k in keys]))
        if expected.get("hours_max") is not None:
            ok = close(out["hours_min"], expected["hours_min"]) and close(out["hours_max"], expected["hours_max"])
            scores["effort hours"][0] += ok
            scores["effort hours"][1] += 1
            if not ok:
                misses["effort hours"].append((row["kind"], row["raw"]["description_text"][-90:],
                                               [out["hours_min"], out["hours_max"]], [expected["hours_min"], expected["hours_max"]]))
        if expected.get("occupation"):
            ok = out["occupation"] == expected["occupation"]
            scores["occupation"][0] += ok
            scores["occupation"][1] += 1
            if not ok:
                misses["occupation"].append((row["raw"]["title"], out["occupation"], expected["occupation"]))
        if expected.get("is_paid") is not None:
            scores["is_paid"][0] += out["is_paid"] == expected["is_paid"]
            scores["is_paid"][1] += 1
        if expected.get("is_micro") is not None:
            truth, said = expected["is_micro"] == 1, out["is_micro"] == 1
            tp += truth and said
            fp += said and not truth
            fn += truth and not said
            if truth != said:
                misses["is_micro"].append((row["kind"], row["raw"]["title"], out["micro_reasons"], expected["is_micro"]))
        if "scam" in expected:
            said = "scam_signals" in out["flags"]
            scores["scam flag"][0] += said == bool(expected["scam"])
            scores["scam flag"][1] += 1
            if said != bool(expected["scam"]):
                misses["scam flag"].append((row["raw"]["description_text"][:90], said))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"scores": dict(scores), "micro": (precision, recall, f1, tp + fp + fn), "misses": misses}


def real_recording_scam_flags() -> list[str]:
    """Listings of every real recording of the five spine sources that get `scam_signals`."""
    sys.path.insert(0, str(ROOT))
    from tests.conftest import REALWORLD, normalize_items, parse_items
    from scrapers.runner import spider_classes

    if not REALWORLD.is_dir():
        return ["(../shared/realworld is absent: not checked)"]
    spiders = spider_classes()
    found = []
    for folder, name in (("remotive", "remotive"), ("remoteok", "remoteok"), ("reddit", "reddit"),
                         ("greenhouse", "greenhouse"), ("jsonld", "jsonld"), ("hn_algolia", "hackernews"),
                         ("lever", "lever"), ("ashby", "ashby"), ("himalayas", "himalayas"), ("jobicy", "jobicy")):
        for path in sorted((REALWORLD / folder).glob("*.json*")) + sorted((REALWORLD / folder).glob("*.html")):
            try:
                items = [i for i in parse_items(spiders[name], path) if not i.get("extract_error")]
                rows = normalize_items(spiders[name], items)
            except Exception:  # noqa: BLE001 - a file this spider does not read
                continue
            found += [f"{path.name}: {r['title'][:60]}" for r in rows if "scam_signals" in r["flags"]]
    return found


def report(split: str, result: dict) -> bool:
    passed = True
    print(f"\n== {split} ==")
    for field, (correct, total) in sorted(result["scores"].items()):
        print(f"  {field:14} {correct:4}/{total:<4} {correct / total:6.1%}" + (
            f"   target {TARGETS[field]:.0%} {'PASS' if correct / total >= TARGETS[field] else 'FAIL'}" if field in TARGETS else ""))
        if field in TARGETS and correct / total < TARGETS[field]:
            passed = False
    precision, recall, f1, _ = result["micro"]
    ok = f1 >= TARGETS["is_micro F1"]
    passed &= ok
    print(f"  is_micro       precision {precision:.1%} recall {recall:.1%} F1 {f1:.3f}   target 0.90 {'PASS' if ok else 'FAIL'}")
    return passed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--misses", type=int, default=0, help="show up to N misses per field")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in SNIPPETS.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{len(rows)} labelled snippets ({sum(r['split'] == 'heldout' for r in rows)} held out)")
    passed = True
    for split in (["dev", "heldout"] if args.split == "all" else [args.split]):
        result = evaluate([r for r in rows if r["split"] == split])
        passed &= report(split, result)
        for field, misses in result["misses"].items():
            for miss in misses[: args.misses]:
                print(f"    miss {field}: {miss}")
    flags = real_recording_scam_flags()
    print(f"\nscam flags on real recordings: {len(flags)} (target 0) {'PASS' if not flags else 'FAIL'}")
    for flag in flags:
        print(f"  {flag}")
    return 0 if passed and not flags else 1


if __name__ == "__main__":
    sys.exit(main())
