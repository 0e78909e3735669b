"""DD104 and DD105 of the thirty-eighth session (rules38g). Sentences written for these tests.

A compound of two parts that Dutch text seldom writes, whose head names a measured quantity
("waarde", "marge", "graad", "norm": ``wordlists/measure_heads.tsv``), asks the reader to know
the measurement: "piekwaarde", "meetmarge", "bezettingsgraad". With the settings
``measure_heads`` (on) such a word loses ``dictionary.NOVEL_ABSTRACT`` of its parts'
familiarity (DD104), or is no everyday compound (DD105). A compound whose parts stay familiar
even so ("risiconiveau") and one that text writes often ("marktwaarde") stay quiet.

A definition "Een X is een ... die ..." explains X also with quote marks around the kind
("een soort ‘scheidsrechter’ die ...")."""

import pytest

from conftest import codes

from duidelijk.dictionary import measure_compound
from duidelijk.rules.difficult_words import DifficultWord
from duidelijk.rules.long_words import LongWord

OFF = {"DD104": {"measure_heads": False}, "DD105": {"measure_heads": False}}


def found(check, text, **settings):
    return [(f.code, text[f.start:f.end]) for f in codes(check(text, select=["DD104", "DD105"], **settings))]


HARD = [
    ("De piekwaarde van het lawaai was in de nacht.", "DD104", "piekwaarde"),
    ("Bij elke meting is er een kleine meetmarge.", "DD104", "meetmarge"),
    ("Wie onder de armoededrempel zit, krijgt hulp van de gemeente.", "DD104", "armoededrempel"),
    ("Het café hield zich niet aan de geluidsnorm.", "DD104", "geluidsnorm"),
    ("De bezettingsgraad van de parkeergarage is in december hoog.", "DD105", "bezettingsgraad"),
]


@pytest.mark.parametrize("text, code, word", HARD)
def test_rare_compound_with_a_measure_head_is_hard(check, text, code, word):
    assert found(check, text) == [(code, word)]


@pytest.mark.parametrize("text, code, word", HARD)
def test_without_the_setting_it_passes(check, text, code, word):
    assert found(check, text, rules=OFF) == []


def test_settings_are_on_by_default():
    assert DifficultWord.settings["measure_heads"] is True
    assert LongWord.settings["measure_heads"] is True


# compounds with a measure head that readers know, or whose parts stay familiar enough
EVERYDAY = [
    "Op het pak staat de voedingswaarde per honderd gram.",
    "Het risiconiveau in onze stad is nu laag.",
    "De marktwaarde van uw huis is gestegen.",
    "Het alcoholpercentage staat op het etiket van de fles.",
    "Op deze weg geldt een snelheidslimiet van dertig kilometer.",
    "Het geluidsniveau in de zaal was te hoog.",
    "Zij wil haar taalniveau verbeteren met een cursus.",
    "Het rentepercentage van de lening blijft gelijk.",
    "Na het sporten is mijn energieniveau laag.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_compound_with_a_measure_head_stays_quiet(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("word, expected", [
    ("piekwaarde", True),
    ("meetmarge", True),
    ("risiconiveau", True),  # a measure compound, but DD104 keeps it familiar (its parts are common)
    ("marktwaarde", False),  # text writes it often
    ("voorwaarde", False),  # no compound of a measure head
    ("huisdeur", False),
])
def test_measure_compound(word, expected):
    assert measure_compound(word, word) is expected


def test_quoted_kind_in_a_definition_explains_the_word(check):
    text = "Een ombudsman is een soort ‘scheidsrechter’ die naar klachten kijkt. De ombudsman belt u."
    assert found(check, text) == []


def test_backtick_as_opening_quote_in_a_definition(check):
    text = "Een ombudsman is een soort `scheidsrechter’ die naar klachten kijkt. De ombudsman belt u."
    assert found(check, text) == []


@pytest.mark.parametrize("text", [
    "De ombudsman is een ‘scheidsrechter’.",  # no description of the kind follows
    "Een ombudsman heeft een soort ‘fluitje’ bij zich.",  # no definition: "heeft", not "is"
])
def test_quoted_word_without_a_definition_explains_nothing(check, text):
    assert found(check, text) == [("DD104", "ombudsman")]
