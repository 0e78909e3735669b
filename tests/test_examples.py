"""The example letters give sensible findings, and the rewritten letter scores better."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LETTERS = ["wmo-besluit.txt", "betalingsherinnering.txt", "uitnodiging.txt",
           "vergunning-besluit.txt", "adreswijziging.txt"]


@pytest.fixture(scope="module")
def reports(nlp):
    from duidelijk import check_files

    paths = [ROOT / "examples" / name for name in LETTERS + ["herinnering-voor.txt", "herinnering-na.txt"]]
    return {p.name: r for p, r in zip(paths, check_files(paths, nlp=nlp))}


@pytest.mark.parametrize("name", LETTERS)
def test_example_letters_have_findings(reports, name):
    report = reports[name]
    assert report.error is None
    cats = {f.category for f in report.findings}
    assert len(cats) >= 3, cats
    assert report.metrics["words"] > 150
    # letter parts are not judged as prose: nothing is flagged in the salutation or address
    for f in report.findings:
        assert not f.text.lower().startswith("geachte")


def test_before_after_pair_improves(reports):
    before, after = reports["herinnering-voor.txt"], reports["herinnering-na.txt"]
    weight = {"error": 3, "warning": 2, "suggestion": 1}
    score = lambda r: sum(weight[f.severity.value] for f in r.findings)  # noqa: E731
    assert score(after) < score(before) / 3
    assert after.metrics["lint_score"] < before.metrics["lint_score"]
    assert after.metrics["flesch_douma"] > before.metrics["flesch_douma"]
    assert after.metrics["mean_sentence_length"] < before.metrics["mean_sentence_length"]
    assert before.verdict["b1"] is False and before.verdict["reasons"]
    assert after.verdict["b1"] is True
