"""Shortcuts of the speed31b helper (thirty-first session): each gives the answer of the slower
way it replaces. Each old way is copied here as the reference and compared with the new one on
the example letters and on sentences written for these tests.

- the grouping's gains (``difficulty.gains``): the sentences' partial sums of the model come
  from ``difficulty.scores`` (which the metrics call anyway) instead of being added up again,
  and a fixed sentence's sum goes on without a copy of its features (``Model.fixed_linear``);
- ``grouping.group_findings`` makes a group's dict only for the first finding of the group."""

from __future__ import annotations

import bisect
import itertools
from pathlib import Path

import pytest

from duidelijk import difficulty, grouping

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))

# sentences written for these tests: findings of many kinds, some twice in one sentence
TEXTS = [
    "Wij verzoeken u de gegevens te verstrekken teneinde uw aanvraag in behandeling te nemen. "
    "Uw aanvraag wordt door ons beoordeeld. Het beoordelen van de aanvraag wordt door de afdeling gedaan.",
    "De bovengenoemde beschikking is verzonden. Indien u het niet eens bent met de beschikking, kunt u "
    "bezwaar maken. Het bezwaarschrift dient binnen zes weken te worden ingediend bij het college van "
    "burgemeester en wethouders van de gemeente, dat het bezwaarschrift vervolgens zal beoordelen en u "
    "daarover schriftelijk zal informeren, waarna u eventueel in beroep kunt gaan bij de rechtbank.",
    "Kom langs. Het is mooi weer vandaag.",
]


# --- the old ways, as they were before this session -----------------------------------------

def _old_gains(features, asked):
    m = difficulty.model()
    before = {}
    out = {}
    for n, category in asked:
        if (n, category) in out:
            continue
        after = difficulty._fixed(features[n], category)
        if after is None:
            out[n, category] = 0.0
            continue
        partial = before.get(n)
        if partial is None:
            partial = before[n] = m.partial_sums(features[n])
        fixed = m.linear_from(after, m.first_changed(category), partial)
        out[n, category] = max(0.0, (partial[-1] - fixed) / m.temperature)
    return out


def _old_scores(sentences):
    m = difficulty.model()
    linears = [m.linear(f) for f, _ in sentences]
    total = sum(w for _, w in sentences)
    text = m.score(sum(x * w for x, (_, w) in zip(linears, sentences)) / total) if total else None
    return [m.score(x) for x in linears], text


def _old_group_findings(findings, sentences, features):
    starts = [s["start"] for s in sentences]
    by_key = {}
    places = [grouping.sentence_of(starts, sentences, f.start) for f in findings]
    asked = [(n, f.category) for n, f in zip(places, findings)
             if n is not None and n < len(features) and f.category not in grouping.TEXT_LEVEL]
    gains = _old_gains(features, asked)
    for i, (f, n) in enumerate(zip(findings, places)):
        gain = gains.get((n, f.category), 0.0) if f.scored else 0.0
        g = by_key.setdefault(grouping.key(f), {
            "code": f.code, "category": f.category, "severity": f.severity.value,
            "message": f.message, "text": f.text, "count": 0, "findings": [], "gain": 0.0,
            "sentence": n, "rank": f.severity.rank,
        })
        g["count"] += 1
        g["findings"].append(i)
        g["gain"] += gain
    groups = sorted(by_key.values(), key=lambda g: (-g["rank"], -g["gain"], -g["count"], g["findings"][0]))
    per_sentence = {}
    text_level = 0
    for number, g in enumerate(groups, start=1):
        for i in g["findings"]:
            findings[i].group = number
        rank, n = g.pop("rank"), g.pop("sentence")
        if g["category"] in grouping.TEXT_LEVEL:
            main = text_level < grouping.MAX_TEXT_LEVEL
            text_level += main
        elif rank == 3:
            main = True
        else:
            shown = per_sentence.setdefault(n, set())
            main = (len(shown) < grouping.MAX_PER_SENTENCE and g["category"] not in shown
                    and (rank > 1 or g["gain"] >= grouping.MIN_TIP_GAIN))
            if main:
                shown.add(g["category"])
        g["group"] = number
        g["gain"] = round(g["gain"], 2)
        g["main"] = main
    return [{"group": g.pop("group"), **g} for g in groups]


# --- what to compare them on -----------------------------------------------------------------

@pytest.fixture(scope="module")
def reports(nlp):
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document

    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + TEXTS
    return list(analyse([text_document(t) for t in texts], Config(), nlp))


def _made_up_features():
    """Feature rows written for these tests: counts of 0 (a fix cannot go below 0), missing
    features (None: the model's fill value), short and long sentences, large counts."""
    rows = []
    base = {name: 1.0 for name in difficulty.FEATURES}
    for words, missing, count in itertools.product((3.0, 15.0, 16.0, 42.0), (False, True), (0.0, 1.0, 2.0, 7.0)):
        row = dict(base, words=words, long_sentence=max(0.0, words - difficulty.LONG_SENTENCE))
        for name in difficulty.FINDING_FEATURES.values():
            row[name] = count
        if missing:
            row["syllables_per_word"] = row["low_frequency"] = row["unfamiliar_share"] = None
            row["jargon"] = None  # no count at all: _fixed reads it as 0
            del row["words"]  # not there: _fixed reads it as 0 words
        rows.append(row)
    return rows


CATEGORIES = [*difficulty.FINDING_FEATURES, "sentence-length", "vague", "structure", "no-such-kind"]


# --- the tests ----------------------------------------------------------------------------------

def test_fixed_linear_is_linear_from_the_fixed_features_to_the_bit(reports):
    m = difficulty.model()
    rows = _made_up_features() + [f for r in reports for f in r.sentence_features]
    assert len(rows) > 150
    changed = 0
    for feats in rows:
        partial = m.partial_sums(feats)
        for category in difficulty._CHANGED:
            old = m.linear_from(difficulty._fixed(feats, category), m.first_changed(category), partial)
            assert m.fixed_linear(feats, category, partial) == old, (category, feats)
            changed += old != partial[-1]
    assert changed > 100  # many fixes change the sum (and many do not: a count of 0)


def test_gains_are_those_of_the_old_way_with_and_without_the_sums(reports):
    m = difficulty.model()
    seen = 0
    for features in [_made_up_features(), *(r.sentence_features for r in reports)]:
        asked = [(n, c) for n in range(len(features)) for c in CATEGORIES] * 2  # each twice
        old = _old_gains(features, asked)
        assert difficulty.gains(features, asked) == old
        sums = [m.partial_sums(f) for f in features]
        assert difficulty.gains(features, asked, sums) == old
        seen += sum(1 for v in old.values() if v > 0)
    assert seen > 200
    assert difficulty.gains([], []) == {} and difficulty.gains([{}], [(0, "vague")], [[0.0]]) == {(0, "vague"): 0.0}


def test_scores_keep_the_partial_sums(reports):
    m = difficulty.model()
    for r in reports:
        pairs = [(f, s["words"]) for f, s in zip(r.sentence_features, r.sentences)]
        sums = [["already there"]]  # the sums are added after what the list holds
        assert difficulty.scores(pairs, sums) == _old_scores(pairs) == difficulty.scores(pairs)
        assert sums[0] == ["already there"] and len(sums) == len(pairs) + 1
        assert [s[-1] for s in sums[1:]] == [m.linear(f) for f, _ in pairs]
        assert sums[1:] == [m.partial_sums(f) for f, _ in pairs]
    assert difficulty.scores([], []) == ([], None)


def test_group_findings_is_the_old_grouping(reports):
    """The same groups (rank, gain, main view) and the same group number on every finding,
    with the sums from the metrics, without them, and the old way."""
    m = difficulty.model()
    groups = 0
    for r in reports:
        sums = [m.partial_sums(f) for f in r.sentence_features]
        new = grouping.group_findings(r.findings, r.sentences, r.sentence_features, sums)
        numbers = [f.group for f in r.findings]
        assert new == r.groups  # what analyse gave, with the sums of text_metrics
        assert grouping.group_findings(r.findings, r.sentences, r.sentence_features) == new
        assert [f.group for f in r.findings] == numbers
        assert _old_group_findings(r.findings, r.sentences, r.sentence_features) == new
        assert [f.group for f in r.findings] == numbers
        groups += len(new)
        assert sum(g["count"] for g in new) == len(r.findings)
    assert groups > 100
    assert any(g["count"] > 1 for r in reports for g in r.groups)  # findings grouped
    assert any(g["gain"] > 0 for r in reports for g in r.groups)


def test_analyse_passes_the_metrics_sums_to_the_grouping(nlp, monkeypatch):
    """The grouping gets the partial sums that ``text_metrics`` made (no sum added up again),
    and the report keeps neither them nor the features among its sentences."""
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document

    given = []
    real = grouping.group_findings

    def spy(findings, sentences, features, sums=None):
        given.append(sums)
        return real(findings, sentences, features, sums)

    monkeypatch.setattr(grouping, "group_findings", spy)
    asked = []
    monkeypatch.setattr(difficulty.Model, "partial_sums",
                        lambda self, feats, _real=difficulty.Model.partial_sums: asked.append(1) or _real(self, feats))
    (report,) = analyse([text_document(TEXTS[0])], Config(), nlp)
    assert given and given[0] is not None and len(given[0]) == len(report.sentences) == 3
    assert len(asked) == 3  # once per sentence, in text_metrics; the gains add none up again
    assert all(set(s) == {"start", "end", "words", "lint_score", "lint_level", "difficulty"} for s in report.sentences)
