"""Review of the measure-head compounds of DD104 and DD105 (thirty-eighth session, rev38g).
Sentences written for these tests.

``dictionary.measure_compound`` reads a rare compound whose head names a measured quantity as a
measurement the reader must know ("signaalwaarde"). Three mends: a word for a number of daily
life ("getal", "percentage", "volume", "peil", "cijfer", "score") is no such head: the first
part plainly says what is counted ("geluksgetal", "vetpercentage"); a head that also names a thing
("drempel", "plafond") is that thing after a thing ("deurdrempel", "keukenplafond"); and the
whole is read by lemma, all its forms summed, also when the tagger got the lemma wrong."""

import pytest

from conftest import codes

from duidelijk.dictionary import measure_compound


def found(check, text):
    return [(f.code, text[f.start:f.end]) for f in codes(check(text, select=["DD104", "DD105"]))]


@pytest.mark.parametrize("text", [
    "Zeven is haar geluksgetal.",
    "Op het etiket staat het vetpercentage van de kaas.",
    "Zet het geluidsvolume van de radio lager.",
    "Controleer elke maand het oliepeil van uw auto.",
    "Struikel niet over de deurdrempel.",
    "Er zit een scheur in het keukenplafond.",
])
def test_everyday_number_word_or_thing_is_no_measurement(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, word", [
    ("Wie onder de armoededrempel zit, krijgt hulp van de gemeente.", "armoededrempel"),
    ("Voor dit jaar geldt een huurplafond voor sociale woningen.", "huurplafond"),
    ("De signaalwaarden voor het water zijn dit jaar strenger.", "signaalwaarden"),
])
def test_a_bound_after_an_idea_stays_a_measurement(check, text, word):
    assert found(check, text) == [("DD104", word)]


@pytest.mark.parametrize("word, lemma, expected", [
    ("geluksgetal", "geluksgetal", False),  # "getal": a number of daily life
    ("vetpercentage", "vetpercentage", False),
    ("kledingmaten", "kledingmaat", False),  # "maten" is no plural of a measure head "mate"
    ("deurdrempel", "deurdrempel", False),  # a thing after a thing
    ("gipsplafond", "gipsplafond", False),
    ("huurplafond", "huurplafond", True),  # a bound after an idea
    ("kernwaarden", "kernwaard", False),  # the whole by lemma: "kernwaarde" + "kernwaarden"
    ("signaalwaarden", "signaalwaard", True),  # a wrong lemma and no form of the whole in text
])
def test_measure_compound(word, lemma, expected):
    assert measure_compound(word, lemma) is expected


# explanations.py: the words after "is een" that hold the relative pronoun of a definition
# stay in the term's sentence; a term in quote marks is defined or named as one without them


@pytest.mark.parametrize("text", [
    "De ombudsman is een ‘man’. Dat weet u.",  # "Dat" opens the next sentence: no definition
    "De ombudsman is een man. Die belt u morgen.",
    "De ‘ombudsman’ is boos.",  # quote marks alone explain nothing
])
def test_no_definition_across_the_sentence_end(check, text):
    assert found(check, text) == [("DD104", "ombudsman")]


@pytest.mark.parametrize("text", [
    "Een ‘ombudsman’ is iemand die naar klachten kijkt. De ombudsman belt u.",
    "Een 'ombudsman' is een soort scheidsrechter die naar klachten kijkt.",
    "U krijgt geld terug. Dit heet ‘restitutie’. De restitutie komt snel.",
])
def test_a_term_in_quote_marks_is_defined_or_named(check, text):
    assert found(check, text) == []
