"""Thirty-seventh session, rev37e: review of DD103's 'deze' with more things to choose.
Sentences written for these tests.

Three kinds of wrong finding the review found, each mended in how Dutch works:
- a list of three ("uw loonstrook, uw huurcontract en uw bankafschrift") is one choice: 'deze'
  means them all. The parser hangs the comma or the 'en' under the later noun itself.
- in a relative clause ("naar de commissie, die deze beoordeelt", "de winkel waar u deze hebt
  gekocht"), the noun the relative word stands for has its own part in that clause: 'deze',
  another part of it, never means that noun.
- nouns joined by 'en' are plural together: with a singular verb 'deze' cannot mean them
  ("De gemeente en de provincie hebben een afspraak gemaakt, en deze geldt tot 2030")."""

import pytest

from conftest import codes


def choices(check, text):
    return [f for f in codes(check(text, select=["DD103"]), "DD103")
            if f.text.lower() == "deze" and "meer dingen" in f.message]


@pytest.mark.parametrize("text", [
    # a list joined by commas and 'en': one choice, 'deze' means them all
    "Neem uw loonstrook, uw huurcontract en uw bankafschrift mee, want deze hebben wij nodig.",
    # the noun of a relative 'dat'/'die' is that clause's subject, not what 'deze' means
    "Wij sturen uw bezwaar naar de commissie, die deze beoordeelt.",
    "U geeft de sleutel aan de huismeester die deze bewaart.",
    # 'waar' stands for the place: 'deze' is the other thing
    "U brengt de fiets terug naar de winkel waar u deze hebt gekocht.",
    # two nouns joined by 'en' with a singular verb: they are no choice
    "De gemeente en de provincie hebben een afspraak gemaakt, en deze geldt tot 2030.",
    "De cliënt en de mantelzorger krijgen een brief en deze moet getekend terug.",
])
def test_one_thing_to_choose_is_not_found(check, text):
    assert choices(check, text) == [], text


@pytest.mark.parametrize("text", [
    # two things before the list: still a choice
    "De medewerker stuurt de brief naar de aanvrager en deze moet hem tekenen.",
    # a relative clause: the nouns before its own noun are still a choice
    "De consulent stuurt de brief naar de afdeling waar deze goed moet worden gelezen.",
    # 'die' is the object: its noun is no subject, the choice stays
    "De aanvrager stuurt de brief naar de wethouder, die deze heeft gelezen.",
    # a plural verb: nouns joined by 'en' are what 'deze' can mean, and the noun after them too
    "De huurder en de verhuurder hebben met de buren gesproken, en deze zijn het eens.",
    # joined by 'of' with a singular verb: either one, next to another noun
    "De aannemer stuurt de rekening of de offerte naar de wethouder, zodat deze kan beslissen.",
])
def test_more_things_to_choose_are_found(check, text):
    assert len(choices(check, text)) == 1, text
