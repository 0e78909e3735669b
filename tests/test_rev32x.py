"""rev32x: DD104's verdict reads the lemma in any capitals alike (the shipped table answers a
lemma in other capitals from the row of its lower-case lemma)."""
from duidelijk.config import Config
from duidelijk.rules.difficult_words import DifficultWord, trema_lemma


def test_trema_lemma_reads_a_lemma_in_capitals_as_in_lower_case():
    # a heading in capitals: the lemma 'VERIFIEREN' is 'verifiëren' too
    assert trema_lemma("VERIFIEREN", "VERB").lower() == trema_lemma("verifieren", "VERB") == "verifiëren"
    # no trema where Dutch writes none, in capitals or not
    assert trema_lemma("FINANCIEREN", "VERB").lower() == trema_lemma("financieren", "VERB") == "financieren"
    assert trema_lemma("FINANCIEREN", "VERB") == "FINANCIEREN"  # left as it is


def test_word_score_of_a_lemma_in_capitals_is_that_of_its_lower_case():
    rule = DifficultWord(Config().options_for("DD104"))
    for lemma in ("VERIFIEREN", "Verifieren"):
        assert rule.word_score("geverifieerd", lemma, "VERB", None) == \
            rule.word_score("geverifieerd", "verifieren", "VERB", None)


class _Fact:
    """What ``_fact_verdict`` reads of a token fact."""

    def __init__(self, lower: str, lemma: str, pos: str):
        self.lower, self.lemma, self.pos = lower, lemma, pos


def _cached_verdicts(*facts):
    """The verdicts of ``facts`` in turn, through one per-process cache."""
    from duidelijk.rules.difficult_words import _Verdicts

    rule = DifficultWord(Config().options_for("DD104"))
    verdicts = _Verdicts("rev32x test")
    return rule, [rule._fact_verdict(f, verdicts, None)[0] for f in facts]


def test_a_lemma_with_underscore_is_judged_by_itself_whatever_came_before():
    # 'thuis_wonen' and 'thuiswonen' read differently (the present-participle test reads the "_"):
    # the order of the words in a text must not decide the verdict
    rule, found = _cached_verdicts(_Fact("thuiswonende", "thuiswonen", "VERB"),
                                   _Fact("thuiswonende", "thuis_wonen", "VERB"))
    assert found == [rule.word_score("thuiswonende", "thuiswonen", "VERB", None),
                     rule.word_score("thuiswonende", "thuis_wonen", "VERB", None)]
    rule, found = _cached_verdicts(_Fact("thuiswonende", "thuis_wonen", "VERB"),
                                   _Fact("thuiswonende", "thuiswonen", "VERB"))
    assert found == [rule.word_score("thuiswonende", "thuis_wonen", "VERB", None),
                     rule.word_score("thuiswonende", "thuiswonen", "VERB", None)]


def test_a_lemma_in_other_capitals_still_shares_the_verdict():
    # "Wonen" at the start of a sentence and "wonen": one verdict, asked once
    rule, found = _cached_verdicts(_Fact("thuiswonende", "thuiswonen", "VERB"),
                                   _Fact("thuiswonende", "Thuiswonen", "VERB"))
    assert found[0] == found[1] == rule.word_score("thuiswonende", "thuiswonen", "VERB", None)
