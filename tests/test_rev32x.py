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
