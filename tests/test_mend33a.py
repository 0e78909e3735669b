"""DD118 (verstopt-werkwoord) on by default, its remaining false alarms (thirty-third session,
mend33a): a noun that names a result, not an act, told by its predicate; "plaatsvinden" with a
time or a place offers 'is'; DD103 names a light verb with its particle. Sentences written for
these tests, both ways."""

import pytest

from conftest import codes


def dd118(check, text):
    return [(f.text, f.message) for f in codes(check(text, select="DD118"), "DD118")]


@pytest.mark.parametrize("text", [
    # a result changes, arrives, goes up or down, is an amount or a date, is high or low
    "De samenstelling van uw gezin is veranderd.",
    "De afrekening van uw energie komt in maart.",
    "De aflossing van uw lening is 50 euro per maand.",
    "De berekening van uw huurtoeslag is te hoog.",
    "De aflossing van uw schuld wordt hoger.",
    "De verrekening van uw toeslag bedraagt 120 euro.",
    "De berekening van uw zorgtoeslag is onjuist.",
])
def test_a_result_not_named(check, text):
    assert dd118(check, text) == []


@pytest.mark.parametrize("text, verb", [
    # an act lasts, happens, starts, is done or is ready
    ("De behandeling van uw aanvraag duurt acht weken.", "behandelen"),
    ("De beoordeling van uw aanvraag kan zes weken duren.", "beoordelen"),
    ("De behandeling van uw aanvraag is klaar.", "behandelen"),
    # a question of a FAQ page: named on purpose ('Hoe snel behandelen wij uw aanvraag?')
    ("Hoe lang duurt de behandeling van uw aanvraag?", "behandelen"),
    ("De betaling van uw rekening is te laat.", "betalen"),
    # "zijn" with a time says when an event is, as "De opening is op 1 juni" does
    ("De betaling van uw toeslag is op 1 maart.", "betalen"),
    ("De behandeling van uw bezwaar begint op 3 mei.", "behandelen"),
    ("De afhandeling van uw aanvraag gaat voor een deel automatisch.", "afhandelen"),
])
def test_an_act_still_named(check, text, verb):
    (found,) = dd118(check, text)
    assert f"'{verb}'" in found[1]


@pytest.mark.parametrize("text, be, light", [
    ("De opening van het zwembad vindt plaats op 1 juni.", "'is'", "'vindt plaats'"),
    ("De verbouwing van de school zal in de zomer plaatsvinden.", "'zijn'", "'plaatsvinden'"),
])
def test_event_with_time_or_place_offers_zijn(check, text, be, light):
    (found,) = dd118(check, text)
    assert found[1].startswith(f"Schrijf liever {be} in plaats van {light}.")


@pytest.mark.parametrize("text, verb", [
    ("Er vindt geen koppeling van uw gegevens plaats.", "koppelen"),
    # a participle: 'is geweest' is no plainer
    ("De selectie van de kandidaten heeft in maart plaatsgevonden.", "selecteren"),
])
def test_no_time_or_place_keeps_the_verb(check, text, verb):
    (found,) = dd118(check, text)
    assert found[1].startswith(f"Schrijf liever een zin met het werkwoord '{verb}'.")


def test_dd103_names_the_particle(check):
    found = [f for f in codes(check("De controle vindt volgende week plaats.", select="DD103"), "DD103")
             if "stijf" in f.message]
    assert [f.message.split(" maakt")[0] for f in found] == ["'controle vindt ... plaats'"]
    assert found[0].text == "controle vindt volgende week plaats"


def test_dd103_particle_next_to_the_verb(check):
    found = [f for f in codes(check("De betaling van uw toeslag vindt plaats.", select="DD103"), "DD103")
             if "stijf" in f.message]
    assert [f.message.split(" maakt")[0] for f in found] == ["'betaling van uw toeslag vindt plaats'"]


def test_dd103_no_particle_as_before(check):
    found = [f for f in codes(check("De gemeente verleent medewerking aan het plan.", select="DD103"), "DD103")
             if "stijf" in f.message]
    assert found and all(" plaats'" not in f.message and "... " not in f.message.split(" maakt")[0] for f in found)
