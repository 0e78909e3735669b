"""Thirty-first session (mend31d): mends of review rev31d in DD101, DD103 and DD106. Own
sentences, both ways; each must-fire or must-not-fire case failed before its mend."""

import pytest


def found(check, text, code):
    return [f for f in check(text, select=[code]).findings if f.code == code]


# --- 1. DD101: a dash between two numbers is a range; three dashes or more are a list ----------

@pytest.mark.parametrize("text, long", [
    # a range of hours: one main line of 21 words, no aside
    ("Het stadhuis is op maandag tot en met vrijdag open van 9.00 - 12.00 uur en van 13.00 - 17.00 uur voor iedereen.", False),
    ("De bibliotheek is elke week open van 10 - 13 uur en van 14 - 18 uur voor alle bewoners uit de hele buurt.", False),
    # items of a list in the line, no aside
    ("Neem bij uw afspraak deze stukken mee - uw paspoort - uw loonstrook van de laatste maand - een afschrift van uw bank - het huurcontract.", False),
    # a real aside between two dashes, also next to a range
    ("De balie van het stadhuis - dat staat ook op onze website en in de krant - is in de zomer op zaterdag dicht.", True),
    ("De balie is van 9 - 12 uur open - dat staat ook op onze website en in de krant van deze week - voor alle inwoners.", True),
])
def test_range_and_list_are_no_aside(check, text, long):
    assert bool(found(check, text, "DD101")) == long, text


# --- 2. DD101: 'als', 'sinds', 'zoals' before a phrase without a finite verb hold no subclause --

@pytest.mark.parametrize("text, long", [
    # a phrase in front: one main line of 22 words (before: held, 'zoals' taken for a subordinator)
    ("Zoals elk jaar in de zomer van het jaar, is de balie van het stadhuis in juli en augustus op zaterdag dicht.", False),
    # a subclause in front, with its finite verb: held
    ("Zoals u misschien al in de krant van vorige week heeft gelezen, is de balie van het stadhuis in juli op zaterdag dicht.", True),
    ("Sinds wij de nieuwe school in de wijk hebben gebouwd, is de weg naar het station in de ochtend erg druk.", True),
])
def test_phrase_in_front_is_no_subclause(check, text, long):
    assert bool(found(check, text, "DD101")) == long, text


# --- 3. DD106: a preposition at the end that belongs to 'er', 'hier', 'daar', 'waar' -----------

@pytest.mark.parametrize("text, span", [
    ("Wij doen hier een melding over.", "doen hier een melding"),
    # ("Wij brengen daar verandering in." is DD103's now: 'verandering brengen in' joined its list in
    # the forty-first session, rules41c; the test at the end covers it)
    ("Wij brengen daar verbetering in.", "brengen daar verbetering"),
    ("U doet daar een aanvraag voor.", "doet daar een aanvraag"),
    ("Wij doen er een melding van.", "doen er een melding"),
])
def test_preposition_of_a_pointer_is_no_particle(check, text, span):
    assert span in [f.text.lower() for f in found(check, text, "DD106")], text


def test_particle_at_the_end_keeps_its_exemption(check):
    # 'doorgeven': the particle of another verb, no light verb with a noun
    assert not found(check, "Geef verhuizing door.", "DD106")


# --- 4. DD103: 'geen sprake van' out of the question, in both orders ---------------------------

@pytest.mark.parametrize("text, flagged", [
    ("Daar is geen sprake van.", False),
    ("Daarvan is geen sprake.", False),
    ("Hiervan is in dit geval geen sprake.", False),
    ("Daarvan is geen sprake, dat beloven wij.", False),
    # there is some of it, or none of a thing: 'er is ...' is the right advice
    ("Daarvan is in dit geval sprake.", True),
    ("Hiervan is bij uw huis sprake.", True),
    ("Er is geen sprake van vertraging.", True),
])
def test_out_of_the_question_in_both_orders(check, text, flagged):
    assert any("sprake" in f.text.lower() for f in found(check, text, "DD103")) == flagged, text


# --- 5. DD103: 'niet meer' (no longer), 'later' and 'eerder' (a time) compare nothing -----------

def advice(check, text):
    return " ".join(f.message for f in found(check, text, "DD103") if "opzichte" in f.text.lower())


@pytest.mark.parametrize("text, compares", [
    ("Het aandeel ouderen ten opzichte van alle inwoners is niet meer zo groot.", False),
    ("Het aandeel ten opzichte van alle huishoudens is pas later bekend.", False),
    ("Het aandeel ten opzichte van alle huishoudens was eerder al bekend.", False),
    # with 'dan', or 'meer' without a negation: a comparison
    ("Het aandeel ten opzichte van alle huishoudens is niet meer dan tien procent.", True),
    ("Het aandeel ten opzichte van alle huishoudens is later bekend dan vorig jaar.", True),
    ("Er wonen meer ouderen in de wijk ten opzichte van alle inwoners.", True),
])
def test_no_longer_or_a_time_compares_nothing(check, text, compares):
    given = advice(check, text)
    assert given and ("vergeleken met" in given) == compares, (text, given)


def test_pointer_phrase_of_the_list_is_named_by_dd103(check):
    # the same shape with an expression of DD103's list: DD103 names it whole, with the
    # preposition of 'daar' ("verandering brengen in" -> "veranderen"), and DD106 stays out
    text = "Wij brengen daar verandering in."
    assert [f.text for f in found(check, text, "DD103")] == ["brengen daar verandering in"]
    assert [f.code for f in check(text, select=["DD106"]).findings if f.code == "DD106"] == []
