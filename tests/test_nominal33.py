"""DD118 (verstopt-werkwoord) and DD106 (thirty-third session, rules33a): "het" + words + an
infinitive + "van" where the parse made another word's "het" the infinitive's article (its own
preposition stands after "het"), and "bij" or "tijdens" + "het + infinitive + van" ('while
doing'), for both patterns. Sentences written for these tests, both ways."""

import pytest

from conftest import codes


def spans(check, text, code):
    return [f.text for f in check(text, select=code).findings if f.code == code]


def test_het_of_another_word_not_named(check):
    # "het" is the subject of 'staat', not the article of 'beheersen' (its "met" comes after "het");
    # since rules35b DD118 names the infinitive without "het" after "met" itself
    text = "Deze cijfers vertellen hoe het ervoor staat met beheersen van de uitgaven."
    assert spans(check, text, "DD118") == ["met beheersen van"]
    assert spans(check, text, "DD106") == ["met beheersen van"]  # (DD106 alone names the core too)


@pytest.mark.parametrize("text", [
    # "bij" / "tijdens" + "het + infinitive + van": 'while doing'
    "Onze medewerkers helpen u bij het snel invullen van het formulier.",
    "Tijdens het later controleren van de gegevens vonden wij een fout.",
])
def test_core_not_named(check, text):
    assert codes(check(text, select="DD118"), "DD118") == []
    assert codes(check(text, select="DD106"), "DD106") == []


def test_tijdens_het_van_not_named(check):
    # "tijdens het + infinitive + van" as "bij het": 'while doing'
    assert codes(check("Het plein is dicht tijdens het bouwen van de nieuwe school.", select="DD106"),
                 "DD106") == []


@pytest.mark.parametrize("text, span", [
    # "het" + an adverb + an infinitive + "van" with another preposition: a clause as a noun
    ("Wij zijn tegen het zonder overleg verkopen van de grond.", "het zonder overleg verkopen van"),
    ("Dit komt neer op het elke dag overschrijden van de grens.", "het elke dag overschrijden van"),
    # a preposition after "het" that is not the infinitive's own ("op tijd")
    ("Wij letten op het op tijd betalen van de huur.", "het op tijd betalen van"),
    # the noun in -ing with "van" as the subject, no one who acts
    ("De beoordeling van uw aanvraag duurt acht weken.", "De beoordeling van uw aanvraag"),
])
def test_core_still_named(check, text, span):
    assert span in spans(check, text, "DD118")


@pytest.mark.parametrize("text, span", [
    # after another preposition: still DD106's
    ("Wij rekenen kosten voor het vervangen van de container.", "het vervangen van"),
])
def test_het_van_still_named(check, text, span):
    assert span in spans(check, text, "DD106")


@pytest.mark.parametrize("text, span", [
    # a bare noun of action after "na": a subclause with "nadat" whose person is left out
    ("Na uitvoering van het onderzoek bepaalt de consulent of u recht hebt.", "uitvoering van het onderzoek"),
    ("Na betaling van de boete krijgt u uw rijbewijs terug.", "betaling van de boete"),
])
def test_bare_step_after_na_named(check, text, span):
    assert span in spans(check, text, "DD118")


@pytest.mark.parametrize("text", [
    # with an article: a known event, not named without the reader's thing or who acts
    "Na de verbouwing van de school gaan de kinderen terug.",
    # another preposition: a bare noun there is no subclause
    "Ter verbetering van de straat zetten wij bomen neer.",
])
def test_bare_step_only_after_na(check, text):
    assert codes(check(text, select="DD118"), "DD118") == []
