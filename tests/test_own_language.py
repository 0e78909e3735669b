"""Everything duidelijk says to a user passes duidelijk's own check without warnings.

Quoted words ('middels') are the user's own words that a message points at; they are
masked as placeholders. The deliberate bad examples in the rule documentation are skipped.
"""

import re
from pathlib import Path

import pytest

from duidelijk.findings import Severity

ROOT = Path(__file__).resolve().parents[1]
QUOTED = re.compile(r"'[^']*'")


def masked(text: str) -> str:
    return QUOTED.sub("[woord]", text)


def user_texts(check):
    from duidelijk.metrics import lint_level_description
    from duidelijk.metrics_report import b1_verdict
    from duidelijk.rules import all_rules

    texts = {}
    for rule in all_rules():
        d = rule.doc
        for field in ("what", "why", "good", "exceptions"):
            if getattr(d, field):
                texts[f"{rule.code}.{field}"] = getattr(d, field)
    for level in (None, 1, 2, 3, 4):
        texts[f"lint-level-{level}"] = lint_level_description(level)
    # messages and suggestions as the rules produce them on the example letters
    for path in sorted((ROOT / "examples").glob("*.txt")):
        report = check(path.read_text(encoding="utf-8"))
        for f in report.findings:
            texts[f"{path.name}:{f.code}:{f.start}"] = f.message
        texts[f"{path.name}:verdict"] = " ".join([report.verdict["text"], *report.verdict["reasons"]])
    texts["verdict-b1"] = b1_verdict({"sentences": 3, "mean_sentence_length": 9, "long_sentence_share": 0,
                                      "difficult_word_share": 0, "passive_share": 0, "lint_level": 1}, [])["text"]
    return texts


def test_messages_pass_own_check(check):
    problems = []
    for key, text in user_texts(check).items():
        report = check(masked(text), ignore=["DD116", "DD115"])
        bad = [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
        if bad:
            problems.append(f"{key}: {text!r} -> " + "; ".join(f"{f.code} {f.text!r}" for f in bad))
    assert not problems, "\n".join(problems)
