"""DD104 of the fortieth session (rules40h): words of daily life and the news since 2020
(``wordlists/recent_words.tsv``: the corona years' testing, vaccination and rules, a few things
of daily life since then) are no hard words, nor a compound of two parts made of one of them and
a head readers know. The frequency lists DD104 reads (wordfreq, SUBTLEX-NL) were gathered from
text before 2020 and rate "lockdown" 2.9, "vaccineren" 3.0. Sentences written for these tests,
both ways: terms of those years that still need explaining stay hard."""

import pytest

from conftest import codes
from duidelijk.rules.difficult_words import DifficultWord, recent_compound, recent_forms, recent_words


def words(check, text, **settings):
    return [f.text for f in codes(check(text, select="DD104", **settings), "DD104")]


EVERYDAY_SINCE_2020 = [
    ("Tijdens de lockdown waren de winkels dicht.", "lockdown"),
    ("De lockdowns duurden maanden.", "lockdowns"),
    ("Bent u al gevaccineerd tegen corona?", "gevaccineerd"),
    ("Laat uw kind inenten tegen mazelen.", "inenten"),
    ("Kinderen krijgen hun inentingen op het consultatiebureau.", "inentingen"),
    # a compound of such a word and a known head says what it is
    ("De coronacijfers van deze week staan op de website.", "coronacijfers"),
    ("Er is een nieuwe coronavariant gevonden.", "coronavariant"),
    ("De lockdownregels golden ook voor de winkels.", "lockdownregels"),
    ("De vaccinatieplek is in de sporthal.", "vaccinatieplek"),
    ("De coronaprik is gratis.", "coronaprik"),
    ("Er liggen drie coronapatiënten in het ziekenhuis.", "coronapatiënten"),
]


@pytest.mark.parametrize("text, word", EVERYDAY_SINCE_2020)
def test_words_of_daily_life_since_2020_are_not_hard(check, text, word):
    assert word not in words(check, text)


@pytest.mark.parametrize("text, word", EVERYDAY_SINCE_2020[:3])
def test_setting_off_brings_them_back(check, text, word):
    assert word in words(check, text, rules={"DD104": {"recent_words": False}})


@pytest.mark.parametrize("text, word", [
    # terms of the corona years that a reader must still have explained
    ("Er was oversterfte in de zomer.", "oversterfte"),
    ("De signaalwaarde is bereikt.", "signaalwaarde"),
    ("De groepsimmuniteit is nog niet bereikt.", "groepsimmuniteit"),
    ("Het reproductiegetal ligt onder de 1.", "reproductiegetal"),
    ("De incubatieperiode is vijf dagen.", "incubatieperiode"),
    ("De bronopsporing door de GGD duurt lang.", "bronopsporing"),
    ("Het virus is zeer contagieus.", "contagieus"),
    ("De infectieuze periode duurt een week.", "infectieuze"),
    ("Dit is een epidemiologisch onderzoek.", "epidemiologisch"),
    # a recent first part does not make a hard head known, nor a measurement
    ("Het covidcohort wordt opnieuw onderzocht.", "covidcohort"),
    ("De vaccinatiegraad in de regio is hoog.", "vaccinatiegraad"),
])
def test_terms_of_those_years_stay_hard(check, text, word):
    assert word in words(check, text)


def test_recent_forms_and_compounds():
    assert "lockdown" in recent_words() and "vaccineren" in recent_words()
    assert recent_forms("lockdowns") and recent_forms("teststraten")
    assert not recent_forms("oversterfte") and not recent_forms("signaalwaarde")
    known = lambda head: head in {"cijfers", "cijfer", "regels", "regel"}
    assert recent_compound("coronacijfers", "NOUN", known)
    assert not recent_compound("coronacijfers", "VERB", known)
    assert not recent_compound("coronacohort", "NOUN", known)  # the head is not known
    assert not recent_compound("oversterfte", "NOUN", known)


def test_setting_is_on_by_default():
    assert DifficultWord.settings["recent_words"] is True
