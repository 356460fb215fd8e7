"""The labelled evaluation set's DEV split through normalize_listing: the issue's targets must hold.

The held-out split (tests/data/normalize_eval/heldout.jsonl) is deliberately NOT read here: it is scored only by
`bench/eval_normalize.py --split heldout`, so unit tests never tune the normalizer on it.
"""
import json
from pathlib import Path

import pytest

from bench.eval_normalize import TARGETS, evaluate, load

EVAL_DIR = Path(__file__).parent / "data" / "normalize_eval"


@pytest.fixture(scope="module")
def dev_metrics():
    return evaluate(load("dev"))


def test_dev_split_is_large_and_varied():
    dev = [json.loads(line) for line in (EVAL_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    heldout_lines = (EVAL_DIR / "heldout.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(case["split"] == "dev" for case in dev)
    assert len(dev) + len(heldout_lines) >= 420 and 0.25 <= len(heldout_lines) / (len(dev) + len(heldout_lines)) <= 0.40
    expected = [case["expected"] for case in dev]
    assert len({e["pay_currency"] for e in expected} - {None}) >= 8
    assert {e["pay_unit"] for e in expected} >= {"project", "hour", "day", "week", "month", "year"}
    assert sum(e["scam"] for e in expected) >= 5 and sum(e["is_paid"] == 0 for e in expected) >= 5
    assert sum(e["is_micro"] == 0 and e["pay_unit"] == "year" for e in expected) >= 10  # full-time roles


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_dev_split_meets_the_issue_targets(dev_metrics, target):
    assert dev_metrics[target] >= TARGETS[target], f"{target} = {dev_metrics[target]:.3f} on the dev split"


def test_no_scam_false_positive_on_dev(dev_metrics):
    assert dev_metrics["fields"]["scam"]["precision"] == 1.0
