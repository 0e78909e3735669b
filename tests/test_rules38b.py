"""Nominal style with a plural after "doen" (thirty-eighth session, rules38b): "voorspellingen doen"
is 'voorspellen', as "een voorspelling doen" is. "Doen" says no giving or taking, so its bare
plural noun of action is still the act, done more than once. DD106 names it (off by default);
DD118 not: a new part of a rule on by default needs 10 judged findings, and the tunable sets gave
two. Sentences written for these tests, both ways."""

import pytest


def findings(check, text, code):
    return [f for f in check(text, select=code).findings if f.code == code]


@pytest.mark.parametrize("text, span, verb", [
    # a bare plural with "doen", with what is predicted after "over"
    ("De computer doet voorspellingen over het weer.", "doet voorspellingen", "voorspellen"),
    # after a modal verb, the infinitive at the end
    ("Bewoners kunnen meldingen doen via de app.", "meldingen doen", "melden"),
    # in the passive: the noun is the subject
    ("Elk jaar worden schattingen gedaan van het aantal bezoekers.", "schattingen gedaan", "schatten"),
])
def test_plural_with_doen(check, text, span, verb):
    found = findings(check, text, "DD106")
    assert [f.text for f in found] == [span]
    assert f"'{verb}'" in found[0].message


@pytest.mark.parametrize("text", [
    # no verb in the noun: an everyday errand
    "Zij doet boodschappen voor haar moeder.",
    # "de": the changes the reader knows, things to make
    "Wij doen de aanpassingen in mei.",
    # an owner: a thing someone has
    "Onze voorspellingen doen er niet toe.",
    # an everyday pair ("uitspraak doen": a judge rules, not 'uitspreken')
    "De rechter doet uitspraken over geschillen.",
    # another light verb: a plural is often the things given (marks)
    "De docent geeft beoordelingen aan de leerlingen.",
])
def test_plural_not_an_act(check, text):
    assert findings(check, text, "DD106") == []


def test_plural_not_core(check):
    """DD118 (on by default) does not name it, also where the noun carries its object ("over de
    kosten"), which makes the singular core ("doet een voorspelling over de kosten")."""
    text = "Het model doet voorspellingen over de kosten."
    assert [f.text for f in findings(check, text, "DD106")] == ["doet voorspellingen"]
    assert [f for f in check(text).findings if f.code in {"DD106", "DD118"}] == []
    singular = "Het model doet een voorspelling over de kosten."
    assert [f.text for f in check(singular).findings if f.code == "DD118"] == ["doet een voorspelling"]
