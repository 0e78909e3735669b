"""Hard words the rules miss, thirty-fourth session (rules34a helper): a long word of one part
that DD105 lets pass is judged by DD104 (``long_word_of_one_part``). Own sentences, both ways."""

import pytest

import duidelijk
from duidelijk.rules.difficult_words import DifficultWord, long_word_of_one_part


def _codes(text: str, word: str) -> set[str]:
    """The codes of the word rules' findings on ``word`` in ``text``."""
    return {f.code for f in duidelijk.check_text(text).findings
            if f.code in {"DD103", "DD104", "DD105"} and text[f.start:f.end].lower() == word}


@pytest.mark.parametrize("text, word", [
    # a formal loan adjective of 15 letters: familiar enough for DD105's length, not for DD104's loanword bar
    ("Wij kozen een representatieve groep van honderd bewoners uit de wijk.", "representatieve"),
    ("De nieuwe functionaliteit staat nu in de app.", "functionaliteit"),
])
def test_a_long_formal_word_of_one_part_is_a_hard_word(text, word):
    assert _codes(text, word) == {"DD104"}


@pytest.mark.parametrize("text, word", [
    # long, of one part, and familiar: neither rule
    ("Deze maatschappelijke organisatie helpt mensen met schulden.", "maatschappelijke"),
    ("Wij zijn verantwoordelijk voor het onderhoud van de stoep.", "verantwoordelijk"),
    # a number and a compound: DD105 reads 'gezinswoning', DD104 does not take it over
    ("Wij zoeken een eengezinswoning met een tuin.", "eengezinswoning"),
    # a slip of an everyday compound that text never writes: no hard word
    ("De electriciteitskabels in de straat worden vervangen.", "electriciteitskabels"),
])
def test_a_familiar_long_word_or_a_compound_reading_stays_as_it_was(text, word):
    assert "DD104" not in _codes(text, word)


def test_a_long_word_that_dd105_reports_stays_dd105s():
    # DD105 calls it long: one finding, DD105's, as before
    text = "U krijgt een gepersonaliseerd overzicht van uw uitgaven."
    assert _codes(text, "gepersonaliseerd") == {"DD105"}


@pytest.mark.parametrize("word, lemma, pos, expected", [
    ("representatieve", "representatief", "ADJ", True),
    ("functionaliteit", "functionaliteit", "NOUN", True),
    ("zuiveringsinstallatie", "zuiveringsinstallatie", "NOUN", False),  # a compound: DD105's question
    ("eengezinswoningen", "eengezinswoning", "NOUN", False),  # a number and a compound
    ("electriciteitskabels", "electriciteitskabels", "NOUN", False),  # text never writes it
    ("gepersonaliseerd", "personaliseren", "VERB", False),  # DD105 calls it long
])
def test_long_word_of_one_part(word, lemma, pos, expected):
    assert long_word_of_one_part(word, lemma, pos) is expected


def test_the_word_score_with_and_without_dd105():
    rule = DifficultWord()
    # with DD105 on (15 letters) the word is no longer handed over; without DD105 it always was DD104's
    assert rule.word_score("representatieve", "representatief", "ADJ", 15) is not None
    assert rule.word_score("representatieve", "representatief", "ADJ", None) is not None
    assert rule.word_score("zuiveringsinstallatie", "zuiveringsinstallatie", "NOUN", 15) is None


def test_dd105s_minimum_of_letters_is_asked():
    # with a minimum of 12 letters DD105 calls 'geanonimiseerd' (14) long itself: it stays DD105's;
    # at DD105's own 15 it is too short to be a long word of DD105, so it is of one part that DD105 lets pass
    assert not long_word_of_one_part("geanonimiseerd", "anonimiseren", "VERB", 12)
    assert DifficultWord().word_score("geanonimiseerd", "anonimiseren", "VERB", 12) is None
    assert long_word_of_one_part("geanonimiseerd", "anonimiseren", "VERB", 15)
