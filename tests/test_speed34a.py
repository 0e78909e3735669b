"""Shortcuts of the speed34a helper (thirty-fourth session): each gives the answer of the way it
replaces (the old grouping from test_speed31b; ``Document.line_col``), compared on the example
letters and on texts written for these tests.

- ``grouping.group_findings`` keeps per group only its first finding, its places and its gain
  while it reads the findings, and makes each group's dict once, in its final order of keys
  (it made a dict per group, took keys out again and copied it to put "group" first);
- ``analysis.finalise`` counts each finding's line on from the finding before instead of from
  the start of the source (``Document.line_col``)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from duidelijk import difficulty, grouping
from test_speed31b import _old_group_findings  # the grouping before the thirty-first session: the same groups

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))

# texts written for these tests: findings of many kinds, the same finding twice (a group of
# two), findings that tie, a sentence without a verb, a very long sentence, placeholders
TEXTS = [
    "Wij verzoeken u de gegevens te verstrekken teneinde uw aanvraag in behandeling te nemen. "
    "Wij verzoeken u de gegevens te verstrekken. Uw aanvraag wordt door ons beoordeeld.",
    "Indien u het niet eens bent met het besluit, kunt u bezwaar maken. Indien u vragen heeft, "
    "kunt u bellen. Het bezwaarschrift dient binnen zes weken te worden ingediend bij het college "
    "van burgemeester en wethouders, dat het bezwaarschrift vervolgens zal beoordelen en u daarover "
    "schriftelijk zal informeren, waarna u eventueel in beroep kunt gaan bij de rechtbank.",
    "Beste {{ naam }},\n\nUw aanvraag voor een parkeervergunning is ontvangen op [DATUM]. "
    "Wij nemen binnen acht weken een besluit.\n\nMet vriendelijke groet,\n\nDe gemeente",
    "Kom langs. Het is mooi weer vandaag. Welkom!",
]


# --- what to compare them on -----------------------------------------------------------------

def _documents():
    from duidelijk.readers import read_path, text_document

    return [read_path(p, language_check=False) for p in EXAMPLES] + [text_document(t) for t in TEXTS]


@pytest.fixture(scope="module")
def reports(nlp):
    from duidelijk.analysis import analyse
    from duidelijk.config import Config

    return list(analyse(_documents(), Config(), nlp))


# --- the tests ----------------------------------------------------------------------------------

def test_group_findings_gives_the_old_groups_in_the_old_order_of_keys(reports):
    """The same groups, with their keys in the same order (the JSON output), and the same
    group number on every finding, with and without the metrics' sums."""
    m = difficulty.model()
    seen = ties = 0
    for r in reports:
        sums = [m.partial_sums(f) for f in r.sentence_features]
        for with_sums in (sums, None):
            old_findings = copy.deepcopy(r.findings)
            old = _old_group_findings(old_findings, r.sentences, r.sentence_features)
            new = grouping.group_findings(r.findings, r.sentences, r.sentence_features, with_sums)
            assert new == old
            assert [list(g) for g in new] == [list(g) for g in old]  # the order of the keys
            assert [type(g["severity"]) for g in new] == [str] * len(new)
            assert [f.group for f in r.findings] == [f.group for f in old_findings]
            assert new == r.groups
        seen += len(r.groups)
        # groups that tie on severity, gain and count: the first place decides
        keys = [(g["severity"], g["gain"], g["count"]) for g in r.groups]
        ties += len(keys) - len(set(keys))
    assert seen > 100 and ties > 10
    assert any(g["count"] > 1 for r in reports for g in r.groups)
    assert any(not g["main"] for r in reports for g in r.groups)
    assert any(g["severity"] == "error" for r in reports for g in r.groups)


def test_group_findings_on_findings_made_up(reports):
    """Findings of one rule with the same words and message in several sentences, out of
    order, text-level findings, an error, and a finding outside every sentence."""
    from duidelijk.findings import Finding, Severity

    r = next(r for r in reports if len(r.sentences) >= 3)
    s0, s1, s2 = r.sentences[:3]
    made = [
        Finding("DD103", "jargon", "jargon", Severity.WARNING, "Schrijf 'als'.", s1["start"], s1["start"] + 6, "Indien"),
        Finding("DD103", "jargon", "jargon", Severity.WARNING, "Schrijf 'als'.", s0["start"], s0["start"] + 6, "indien"),
        Finding("DD110", "paragraph", "paragraph", Severity.SUGGESTION, "Lange alinea.", s0["start"], s2["end"], "x"),
        Finding("DD110", "paragraph", "paragraph", Severity.SUGGESTION, "Andere alinea.", s1["start"], s2["end"], "y"),
        Finding("DD101", "sentence-length", "sentence-length", Severity.ERROR, "Te lang.", s2["start"], s2["end"], "z"),
        Finding("DD104", "difficult-word", "difficult-word", Severity.SUGGESTION, "Moeilijk.", 10 ** 9, 10 ** 9 + 3, "w"),
        Finding("DD103", "jargon", "jargon", Severity.WARNING, "Schrijf 'als'.", s2["start"], s2["start"] + 6, "INDIEN "),
        # the model does not read 'vague' (gain 0): the group found twice goes first
        Finding("DD113", "vague", "vague", Severity.WARNING, "Vaag.", s0["start"], s0["start"] + 3, "dit"),
        Finding("DD113", "vague", "vague", Severity.WARNING, "Vaag woord.", s1["start"], s1["start"] + 3, "dat"),
        Finding("DD113", "vague", "vague", Severity.WARNING, "Vaag woord.", s2["start"], s2["start"] + 3, "Dat"),
    ]
    old_findings = copy.deepcopy(made)
    old = _old_group_findings(old_findings, r.sentences, r.sentence_features)
    new = grouping.group_findings(made, r.sentences, r.sentence_features)
    assert new == old and [list(g) for g in new] == [list(g) for g in old]
    assert [f.group for f in made] == [f.group for f in old_findings]
    assert new[0]["severity"] == "error" and any(g["count"] == 3 for g in new)
    assert [g["main"] for g in new if g["category"] == "paragraph"] == [True, False]
    assert [g["count"] for g in new if g["category"] == "vague"] == [2, 1]


def test_finalise_counts_the_lines_on_from_the_finding_before():
    """``finalise`` gives each finding the line and column of ``Document.line_col``, counting
    the line breaks on from the finding before: findings in order, several on one line, one at
    the very start, one past the end, equal places, and a source whose parts come in another
    order than the text's (so that a later finding lies before the one before in the source)."""
    from duidelijk.analysis import finalise
    from duidelijk.document import Document, Segment
    from duidelijk.findings import Finding, Severity
    from duidelijk.readers import text_document

    def made(starts):
        return [Finding("DD104", "woord", "difficult-word", Severity.SUGGESTION, "Moeilijk.", s, s + 2)
                for s in starts]

    text = "Beste inwoner,\n\nWij sturen u een brief.\r\nDaarin staat uw besluit.\n\n\nMet groet\n"
    document = text_document(text)
    starts = [0, 1, 5, 14, 15, 16, 20, 20, 39, 40, 41, 60, len(text) - 2, len(text) + 5]
    for order in (starts, starts[::-1]):
        out = finalise(made(order), document)
        assert [(f.line, f.column) for f in out] == [document.line_col(f.start) for f in out]
        assert len({f.line for f in out}) >= 4
    # the text's second half comes first in the source
    source = "regel een\nregel twee\n" + "nog een\nlaatste\n"
    shuffled = Document(text="nog een\nlaatste\nregel een\nregel twee\n", source_text=source,
                        segments=[Segment(0, 16, 21, 37), Segment(16, 21, 0, 21)])
    out = finalise(made([0, 3, 9, 17, 27, 30]), shuffled)
    assert [f.start for f in out] == [21, 24, 30, 1, 11, 14]  # back and forth in the source
    assert [(f.line, f.column) for f in out] == [shuffled.line_col(f.start) for f in out]
    assert [f.line for f in out] == [3, 3, 4, 1, 2, 2]
