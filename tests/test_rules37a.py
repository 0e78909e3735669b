"""DD104 of the thirty-seventh session (rules37a): a compound of a word B1 readers know and an
everyday head. Sentences written for these tests, both ways.

The word lists are older than some words the B1 list holds ("corona", "pandemie", "allergie"
are rare in wordfreq and SUBTLEX-NL). ``known_part_compound`` lets such a part count as known,
but it also asked the head to be one of the most common abstract words of speech
(``everyday_head``), the stand-in for "a new compound with an abstract head is hard"
(``novel_abstract``). For a part the lists are too old to know, their silence on its
compounds says nothing, so that test is no longer asked there: "coronatest" is a test for
corona. The head must still be said often, and a part the B1 list does not hold keeps the old
tests ("kavelpaspoort")."""

import pytest

from conftest import codes
from duidelijk.rules.difficult_words import known_part_compound


def words(check, text):
    return [f.text for f in codes(check(text, select="DD104"), "DD104")]


@pytest.mark.parametrize("text", [
    "U kunt gratis een coronatest doen bij de GGD.",  # a test for corona
    "De pandemiecijfers van deze maand zijn lager dan in juni.",  # figures about the pandemic
    "Haal uw coronaprik bij de huisarts om de hoek.",  # a jab against corona
    "Bij de apotheek kunt u een allergietest kopen.",  # a test for an allergy
])
def test_known_part_and_everyday_head_is_known(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # a rare first part that the B1 list does not hold: the head in another sense still counts
    ("Het kavelpaspoort ligt ter inzage bij de balie.", "kavelpaspoort"),
    # a known first part, but a head that speech seldom says ("traject" 3.08)
    ("Het coronatraject van de school loopt tot de zomer.", "coronatraject"),
])
def test_other_compounds_stay_hard(check, text, word):
    assert word in words(check, text)


def test_known_part_compound_head():
    assert known_part_compound("coronatest", "NOUN", 3.5)
    assert known_part_compound("pandemiecijfers", "NOUN", 3.5)
    assert not known_part_compound("kavelpaspoort", "NOUN", 3.5)
    assert not known_part_compound("pandemietraject", "NOUN", 3.5)


# Change 2: the unit of a rate, right after "per", is the quantity's exact unit, as after a number

@pytest.mark.parametrize("text", [
    "De prijs per kilowattuur is dit jaar gestegen.",
    "Het lab telt de bacteriën per milliliter water.",
])
def test_unit_after_per_is_no_hard_word(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # a unit named on its own, not as the measure of a quantity
    ("We meten het in milliliter en niet in liter.", "milliliter"),
    # "per" before another word than the unit: the unit stands apart
    ("U betaalt per maand, de kilowattuur staat op de rekening.", "kilowattuur"),
])
def test_unit_without_number_or_per_stays_hard(check, text, word):
    assert word in words(check, text)


# Change 3: an adjective made of an everyday noun with a Dutch ending, said as often as written

@pytest.mark.parametrize("text", [
    "Het is zorgelijk dat zo veel mensen wachten.",  # "zorg": worrying
    "Na de storm lag er een levenloze vogel in de tuin.",  # "leven": without life
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
    from duidelijk.rules.difficult_words import noun_adjective_familiarity

    assert noun_adjective_familiarity("zorgelijk") >= 4.2
    assert noun_adjective_familiarity("raadzaam") == -1.0  # said less than written
    assert noun_adjective_familiarity("waakzaam") == -1.0  # "waak" is no everyday noun
    assert noun_adjective_familiarity("groen") == -1.0  # no such ending
