"""Speed32a's change to DD104 gives the answers of the old way (the old loop copied here as the
reference, compared on every text of the example letters and on sentences written for this test).

- ``DifficultWord._judged_candidates``: the verdict on each candidate word and its plain lemma,
  kept per token fact (``_Verdicts.by_fact``), are the score and lemma the loop over the
  candidates worked out before from a key of (lower, lemma, part of speech) per token.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk.metrics import token_table
from duidelijk.rules import difficult_words
from duidelijk.rules.difficult_words import DifficultWord

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))

# sentences written for this test: a quoted term the tagger may call a name, a word at the
# start of a sentence with a capital, a word with a lemma other than its form, rare words
TEXTS = [
    "Klik op ‘Verzenden’ als u klaar bent. Daarna ziet u ‘Bevestiging’ op het scherm.",
    "Wonen in de stad is duur. Wij wonen graag in de stad.",
    "De Nederlanders stemden en de Amsterdammers ook.",
    "De ambtenaren beoordelen de aanvragen met een rechtmatigheidstoets.",
    "Het perceel valt onder de erfpachtvoorwaarden van de gemeente.",
    "Wij hebben de zienswijzen ontvangen en bekeken.",
]

LONG = 13  # DD105's minimum of letters, as a default check passes it


def _docs(nlp):
    for path in EXAMPLES:
        yield nlp(path.read_text(encoding="utf-8"))
    for text in TEXTS:
        yield nlp(text)


def _old_loop(rule, maybe, facts, verdicts, long_words_rule):
    """The loop of ``DifficultWord.check`` before speed32a (the reference): the hard candidates,
    and the plain lemma of each candidate as the loop after it read it."""
    hard = {}
    for i in maybe:
        f = facts[i]
        if f.pos == "PROPN":
            f = difficult_words._QuotedNoun(f.lower, f.lower)
        key = (f.lower, f.lemma, f.pos)
        score = verdicts.get(key, difficult_words._UNKNOWN)
        if score is difficult_words._UNKNOWN:
            plain_key = (f.lower, difficult_words._plain_lemma(f.lemma), f.pos)
            score = verdicts.get(plain_key, difficult_words._UNKNOWN)
            if score is difficult_words._UNKNOWN:
                score = verdicts[plain_key] = rule.first_verdict(f.lower, f.lemma, f.pos, long_words_rule,
                                                                 verdicts.settings)
            verdicts[key] = score
        if score is not None:
            hard[i] = score
    return hard, [difficult_words._plain_lemma(facts[i].lemma) for i in maybe]


def _candidates(doc):
    """Every token DD104 may judge by its fact (content words, and names as a quoted term)."""
    table = token_table(doc)
    facts = table.facts
    return [i for i, f in enumerate(facts)
            if f.alpha and (f.pos in difficult_words.CONTENT_POS or f.pos == "PROPN")], facts


def _fresh(rule, long_words_rule=LONG):
    key = difficult_words._verdict_table.settings_key(rule.options, long_words_rule)
    return difficult_words._Verdicts(key)


@pytest.fixture(scope="module")
def rule():
    return DifficultWord({})


def test_judged_candidates_answer_as_the_old_loop(nlp, rule):
    old_verdicts, new_verdicts = _fresh(rule), _fresh(rule)
    asked = hard_seen = names_with_other_lemma = 0
    for doc in _docs(nlp):
        maybe, facts = _candidates(doc)
        old = _old_loop(rule, maybe, facts, old_verdicts, LONG)
        for _ in range(2):  # the second time from ``by_fact``
            assert rule._judged_candidates(maybe, facts, new_verdicts, LONG) == old
        # the same keys as the old loop left behind, with the same scores
        assert dict(new_verdicts) == dict(old_verdicts)
        asked += len(maybe)
        hard_seen += len(old[0])
        names_with_other_lemma += sum(facts[i].pos == "PROPN" and old[1][n] != facts[i].lower
                                      for n, i in enumerate(maybe))
    assert asked > 800 and hard_seen > 10, (asked, hard_seen)
    assert names_with_other_lemma > 0  # a name's lemma is its own, not the quoted noun's


def test_a_fact_met_before_is_not_judged_again(nlp, rule, monkeypatch):
    verdicts = _fresh(rule)
    doc = nlp(TEXTS[3] + " " + TEXTS[4])
    maybe, facts = _candidates(doc)
    first = rule._judged_candidates(maybe, facts, verdicts, LONG)
    assert set(verdicts.by_fact) == {facts[i] for i in maybe}
    calls = []
    monkeypatch.setattr(DifficultWord, "_fact_verdict", lambda *a: calls.append(a) or (None, ""))
    assert rule._judged_candidates(maybe, facts, verdicts, LONG) == first
    assert not calls


def test_by_fact_starts_over_at_the_limit(nlp, rule, monkeypatch):
    monkeypatch.setattr(difficult_words, "_VERDICTS_LIMIT", 5)
    verdicts, reference = _fresh(rule), _fresh(rule)
    doc = nlp(" ".join(TEXTS))
    maybe, facts = _candidates(doc)
    assert len({facts[i] for i in maybe}) > 12
    assert rule._judged_candidates(maybe, facts, verdicts, LONG) == _old_loop(rule, maybe, facts, reference, LONG)
    assert len(verdicts.by_fact) <= 6


def test_other_settings_keep_their_own_verdicts(nlp, rule):
    # without DD105 (no minimum of letters) a long word is DD104's: another _Verdicts, other answers
    doc = nlp("De gemeente controleert de rechtmatigheidstoets en de erfpachtvoorwaarden.")
    maybe, facts = _candidates(doc)
    with_long = rule._judged_candidates(maybe, facts, difficult_words._verdicts_for(rule.options, LONG), LONG)
    without = rule._judged_candidates(maybe, facts, difficult_words._verdicts_for(rule.options, None), None)
    assert without == _old_loop(rule, maybe, facts, _fresh(rule, None), None)
    assert with_long == _old_loop(rule, maybe, facts, _fresh(rule), LONG)
    assert set(without[0]) > set(with_long[0])


def test_by_fact_starts_over_with_the_facts(check, monkeypatch):
    # the table of token facts starts over (``metrics._generation``): the facts of before are
    # no keys any more, so ``by_fact`` lets go of them; the findings stay those of a fresh process
    from duidelijk import metrics

    first, second = TEXTS[3], TEXTS[4]
    difficult_words._verdicts.clear()
    check(first)
    (verdicts,) = difficult_words._verdicts.values()  # (the check's settings)
    old = list(verdicts.by_fact)  # (held here: compared by identity)
    assert old and verdicts.fact_generation == metrics._generation
    monkeypatch.setattr(metrics, "_FACTS_LIMIT", 0)
    kept = [(f.code, f.start, f.end, f.message) for f in check(second).findings]
    assert verdicts.fact_generation == metrics._generation
    assert verdicts.by_fact and not any(f in verdicts.by_fact for f in old)
    difficult_words._verdicts.clear()
    assert kept == [(f.code, f.start, f.end, f.message) for f in check(second).findings]
    difficult_words._verdicts.clear()
