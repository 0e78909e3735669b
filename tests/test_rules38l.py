"""Typing slips that DD120 missed (thirty-eighth session, rules38l): a participle without its
last letter ("geplaatst" typed as "geplaats"), 'het het' where the parse shows a slip, and a
plural finite verb right after a subject that is one thing. Each is a setting of DD120, off by
default: too few findings on the tunable sets to meet the session's bar. Sentences written for
these tests."""

import pytest

from conftest import codes
from duidelijk.rules.slips import participle_without_ending

ON = {"rules": {"DD120": {"no_ending": True, "agreement": True, "het_twice": True}}}


def slips(report):
    return [(f.text, f.message) for f in codes(report, "DD120")]


# --- a participle without its last letter -----------------------------------------------------
@pytest.mark.parametrize("word, right", [("geplaats", "geplaatst"), ("aangemel", "aangemeld"),
                                         ("gewerk", "gewerkt"), ("ingevul", "ingevuld"),
                                         ("aangepas", "aangepast")])
def test_a_participle_without_its_ending(word, right):
    assert participle_without_ending(word) == right


@pytest.mark.parametrize("word", ["verhuis", "betaal", "gevolg", "geschiedenis", "gebeur", "gezet",
                                  "gemeente", "gesprek"])
def test_a_word_or_a_stem_is_no_slip(word):
    assert participle_without_ending(word) == ""


def test_the_setting_marks_the_slip_in_a_sentence(check):
    text = "Wij hebben uw aanvraag op de website geplaats."
    assert slips(check(text, **ON)) == [("geplaats", "In 'geplaats' mist een t. Schrijf 'geplaatst'.")]
    assert slips(check(text)) == slips(check(text, **ON))  # on by default since the fortieth session


def test_the_stem_of_a_verb_is_not_marked(check):
    assert slips(check("Ik verhuis volgende maand en betaal de huur op tijd.", **ON)) == []


# --- 'het het' ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Zet het formulier in het het vak.",
                                  "Dit is de dag waarop het het pakket is bezorgd."])
def test_het_twice_as_a_slip(check, text):
    assert [t for t, _ in slips(check(text, **ON))] == ["het het"]
    assert slips(check(text)) == slips(check(text, **ON))  # on by default since the fortieth session


@pytest.mark.parametrize("text", ["Is het het juiste formulier?", "Wij vinden het het beste als u belt.",
                                  "Wij denken dat het het beste is."])
def test_het_twice_in_good_dutch(check, text):
    assert slips(check(text, **ON)) == []


# --- agreement --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, verb", [("De brief van de gemeente zijn gisteren verstuurd.", "zijn"),
                                        ("Het formulier voor de aanvraag worden volgende week gestuurd.", "worden")])
def test_a_plural_verb_after_a_singular_subject(check, text, verb):
    assert [t for t, _ in slips(check(text, **ON))] == [verb]
    assert slips(check(text)) == slips(check(text, **ON))  # on by default since the fortieth session


@pytest.mark.parametrize("text", ["Een aantal bewoners hebben bezwaar gemaakt.",
                                  "Het college en de raad hebben besloten.",
                                  "Een groep kinderen spelen in het park.",
                                  "De oorzaak zijn de hoge kosten.",
                                  "Die brief hebben wij gisteren gestuurd.",
                                  "De apps gebruiken Bluetooth.",
                                  "Verhuizing doorgeven",
                                  "De brieven van de gemeente zijn gisteren verstuurd."])
def test_agreement_that_dutch_allows(check, text):
    assert slips(check(text, **ON)) == []
