"""The normalizer against the labelled snippets' dev split (the held-out split stays out of tests:
bench/eval_normalize.py reports it)."""
import json
from pathlib import Path

import pytest

from bench.eval_normalize import SNIPPETS, TARGETS, evaluate

ROWS = [json.loads(line) for line in SNIPPETS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_is_large_varied_and_split():
    assert len(ROWS) >= 400
    heldout = [r for r in ROWS if r["split"] == "heldout"]
    assert len(heldout) >= len(ROWS) // 4
    currencies = {r["expected"].get("pay_currency") for r in ROWS} - {None}
    units = {r["expected"].get("pay_unit") for r in ROWS} - {None}
    assert len(currencies) >= 8 and units == {"hour", "day", "week", "month", "year", "project"}
    kinds = {r["kind"] for r in ROWS}
    assert {"unpaid", "scam", "fulltime_text", "deadline", "effort_weeks", "fixed_fee_de", "pay_pt"} <= kinds


@pytest.fixture(scope="module")
def dev():
    return evaluate([r for r in ROWS if r["split"] == "dev"])


@pytest.mark.parametrize("field", ["pay exact", "effort hours", "occupation"])
def test_dev_split_meets_the_target(dev, field):
    correct, total = dev["scores"][field]
    assert correct / total >= TARGETS[field], dev["misses"][field][:5]


def test_dev_split_is_micro_f1(dev):
    assert dev["micro"][2] >= TARGETS["is_micro F1"], dev["misses"]["is_micro"][:5]


def test_no_scam_false_positive_in_the_dev_split(dev):
    assert not [m for m in dev["misses"]["scam flag"] if m[1]]
