"""Nominal style the rules missed (forty-first session, rules41c): support-verb constructions
(a light verb with a noun of action) where one ordinary verb says the same, added to
``wordlists/nominalisations.tsv`` (named by DD103, as the rest of that list); and a verb that
says what becomes of the list's noun with an adjective of its own ("Wij maken de keuze bekend",
"U kunt uw keuze ongedaan maken") is no such expression. Sentences written for these tests,
both ways."""

import pytest

from conftest import codes


def nominal(check, text):
    """The findings of the nominal-style list: DD103's with a verb in the message."""
    return [f for f in codes(check(text), "DD103") if "maakt de zin stijf" in f.message]


@pytest.mark.parametrize("text, span, verb", [
    ("Wij treffen voorbereidingen voor de verhuizing.", "treffen voorbereidingen", "voorbereiden"),
    ("Wij zijn met de buren tot een afspraak gekomen.", "tot een afspraak gekomen", "afspreken"),
    ("Wij hebben een verandering aangebracht in het formulier.", "verandering aangebracht", "veranderen"),
    # a separated particle: "brengen ... aan"
    ("Wij brengen een kleine verbetering aan in de folder.", "brengen een kleine verbetering aan",
     "verbeteren"),
    ("U hebt een bestelling geplaatst in onze webwinkel.", "bestelling geplaatst", "bestellen"),
    ("De directeur deed een belofte aan de bewoners.", "deed een belofte", "beloven"),
    ("Wij houden in mei een bespreking met de bewoners.", "houden in mei een bespreking", "bespreken"),
    # "te" between the noun and the verb
    ("Wij besloten om toch een poging te wagen.", "poging te wagen", "proberen"),
    ("Wij trekken uw verhaal niet in twijfel.", "trekken uw verhaal niet in twijfel", "twijfelen aan"),
    ("De storm heeft schade toegebracht aan uw dak.", "schade toegebracht aan", "beschadigen"),
    ("Wij hebben de intentie om de weg in mei te openen.", "hebben de intentie om", "van plan zijn"),
    ("Wij gaan in overleg treden met de woningcorporatie.", "in overleg treden met", "overleggen met"),
])
def test_support_verb_named(check, text, span, verb):
    found = nominal(check, text)
    assert [text[f.start:f.end] for f in found] == [span]
    assert f"het werkwoord '{verb}'" in found[0].message


@pytest.mark.parametrize("text", [
    # everyday pairs, left out on purpose ("opdragen" or "goedkeuren" is no plainer)
    "Ik geef hem opdracht om de tuin te maaien.",
    "De gemeente heeft opdracht gegeven aan een aannemer.",
    "U heeft akkoord gegeven op de offerte.",
    # no single verb says it
    "Wij nemen maatregelen tegen de overlast.",
    # the noun is a thing here, or in a phrase of its own
    "Wat doet u met het aanbod van de gemeente?",
    "De rechter doet uitspraak over uw beroep.",
    "De buurman deed een aanbod op het huis.",
    # "hebben" as the auxiliary of "kennis nemen", which DD103 names with its own word
    "U hebt veel kennis van computers.",
    # a verb that says what becomes of the noun, with an adjective of its own
    "U kunt uw keuze ongedaan maken.",
    "Deze berekening maakt het mogelijk om wijken te vergelijken.",
])
def test_not_a_support_verb(check, text):
    assert nominal(check, text) == []


def test_melding_doen_stays_with_dd106(check):
    # "een melding doen" alone is everyday enough: DD106 (off by default) names it, not DD103
    # or DD118
    text = "Doe een melding als u overlast hebt."
    assert nominal(check, text) == []
    assert codes(check(text), "DD118") == []
    assert [text[f.start:f.end] for f in codes(check(text, select="DD106"), "DD106")] == ["Doe een melding"]


def test_adjective_before_the_noun_keeps_the_expression(check):
    # the parse may hang an adjective before the noun on the verb: the expression still stands
    text = "Zijn advies is voor ons belangrijk om een beslissing te kunnen nemen."
    assert [text[f.start:f.end] for f in nominal(check, text)] == ["beslissing te kunnen nemen"]


def test_keuze_maken_still_named(check):
    text = "U moet voor 1 mei een keuze maken."
    assert [text[f.start:f.end] for f in nominal(check, text)] == ["keuze maken"]
