"""DD104 of the thirty-seventh session (rules37a): an adjective made of an everyday noun with a
Dutch ending. Sentences written for these tests, both ways.

Dutch makes adjectives of nouns with "-(e)lijk", "-zaam", "-achtig", "-ig" ("zorg" ->
"zorgelijk", "twijfel" -> "twijfelachtig"); "-loos" is left out (the lead): its look-alikes
("weerloos", "radeloos") come from no noun the reader knows in that sense (test_words25). A reader who knows the noun knows what such an adjective
means. When the noun is an everyday word in print and in speech and the adjective is a word of
speech too (said at least as often as written), it now has its noun's familiarity
(``difficult_words.noun_adjective_familiarity``). The adjectives of written Dutch on the same
everyday nouns ("raadzaam", "hoofdelijk", "ambtelijk") are said less than written and stay hard."""

import pytest

from conftest import codes
from duidelijk.rules.difficult_words import noun_adjective_familiarity


def words(check, text):
    return [f.text for f in codes(check(text, select="DD104"), "DD104")]


@pytest.mark.parametrize("text", [
    "Het is zorgelijk dat zo veel mensen wachten.",  # "zorg": worrying
    "Die uitleg vind ik twijfelachtig.",  # "twijfel": doubtful
])
def test_adjective_of_everyday_noun_is_known(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # adjectives of written Dutch on everyday nouns: said far less than written
    ("Het is raadzaam om het formulier eerst te lezen.", "raadzaam"),
    ("U bent hoofdelijk aansprakelijk voor de schuld.", "hoofdelijk"),
    ("Dit is een ambtelijk besluit.", "ambtelijk"),
])
def test_adjective_of_written_dutch_stays_hard(check, text, word):
    assert word in words(check, text)


def test_noun_adjective_familiarity():
    assert noun_adjective_familiarity("zorgelijk") >= 4.2
    assert noun_adjective_familiarity("raadzaam") == -1.0  # said less than written
    assert noun_adjective_familiarity("waakzaam") == -1.0  # "waak" is no everyday noun
    assert noun_adjective_familiarity("groen") == -1.0  # no such ending
    assert noun_adjective_familiarity("weerloos") == -1.0  # "-loos": look-alikes (test_words25)
