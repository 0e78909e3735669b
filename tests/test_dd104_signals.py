"""benchmarks/dd104_signals.py: DD104's signals combined in a small logistic model, checked
on synthetic words (no ../shared needed): folds are whole texts, the model learns a signal
that separates, and the filter only takes findings away."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import dd104_signals  # noqa: E402


def test_sentences_of_one_letter_share_a_group():
    assert dd104_signals.group_of("tune", "let-a-b-12") == dd104_signals.group_of("tune", "let-a-b-3")
    assert dd104_signals.group_of("tune", "let-a-b-12") != dd104_signals.group_of("tune", "let-a-c-12")
    assert dd104_signals.group_of("mun-A", "01-x.txt") != dd104_signals.group_of("gov-A", "01-x.txt")


def _rows(n=200):
    rng = random.Random(1)
    rows = []
    for i in range(n):
        label = i % 2
        row = {f: 0.0 for f in dd104_signals.FEATURES}
        row.update(zipf=3.0 + (0 if label else 1.0) + rng.random() * 0.8, today_score=3.4, today_hard=1.0)
        rows.append({**row, "group": f"t:{i // 4}", "label": label, "flagged": rng.random() < 0.6,
                     "kind": ("klopt" if label else "klopt niet")})
    return rows


def test_model_learns_a_signal_that_separates_out_of_fold():
    rows = _rows()
    flags, probs = dd104_signals.cross_validate(rows, ("zipf",))
    hard = [p for r, p in zip(rows, probs) if r["label"] == 1]
    plain = [p for r, p in zip(rows, probs) if r["label"] == 0]
    assert min(hard) > max(plain)
    score = dd104_signals.score_of(rows, flags)
    assert score["precision"] > dd104_signals.score_of(rows, [r["flagged"] for r in rows])["precision"]


def test_filter_never_adds_a_finding():
    rows = _rows()
    flags = dd104_signals.cross_validate_filter(rows, ("zipf",))
    assert all(r["flagged"] or not f for r, f in zip(rows, flags))
    assert sum(flags) < sum(r["flagged"] for r in rows)  # it takes away the plain ones
