"""benchmarks/agreement.py: the arithmetic of two judges' agreement, and the committed sample."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import agreement  # noqa: E402


def test_kappa_of_full_agreement_and_of_chance():
    assert agreement.kappa([("klopt", "klopt"), ("twijfel", "twijfel")]) == (1.0, 1.0)
    # both judges say klopt half the time, independently: agreement 0.5, kappa 0
    pairs = [("klopt", "klopt"), ("klopt", "klopt niet"), ("klopt niet", "klopt"), ("klopt niet", "klopt niet")]
    observed, k = agreement.kappa(pairs)
    assert observed == 0.5 and k == pytest.approx(0.0)


def test_table_counts_strict_precision_per_judge(tmp_path):
    rows = [{"source": "s", "first_verdict": "klopt", "second_verdict": "twijfel"},
            {"source": "s", "first_verdict": "klopt", "second_verdict": "klopt"}]
    [(name, n, observed, _, binary, first, second), *_] = agreement.table(rows)
    assert (name, n, observed, binary, first, second) == ("s", 2, 0.5, 0.5, 1.0, 0.5)
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert agreement.main([str(path)]) == 0
    path.write_text(json.dumps({**rows[0], "second_verdict": None}), encoding="utf-8")
    assert agreement.main([str(path)]) == 2


def test_the_committed_sample_has_two_verdicts_on_every_line():
    rows = [json.loads(line) for line in agreement.DEFAULT.open(encoding="utf-8")]
    assert len(rows) == 100
    assert all(r["first_verdict"] in agreement.VERDICTS and r["second_verdict"] in agreement.VERDICTS for r in rows)
