"""DD106 light verbs (sixteenth session): a light or support verb (wordlists/light_verbs.tsv)
with a noun of action made from a verb, where that verb says it plainer; not the everyday
pairs (wordlists/light_verbs_everyday.tsv) nor a thing. Sentences written for these tests."""

import pytest

from conftest import codes
from duidelijk import wordlists
from duidelijk.rules.nominalisation import LIGHT_VERBS, everyday_pairs, light_noun_verb, light_verbs


def found(check, text):
    return codes(check(text, select="DD106"), "DD106")


@pytest.mark.parametrize("text, span, verb", [
    # a noun with a particle that is its verb's stem
    ("U heeft een aanvraag gedaan voor een nieuwe rolstoel.", "aanvraag gedaan", "aanvragen"),
    ("U doet uw aanvraag via de website.", "doet uw aanvraag", "aanvragen"),  # 'uw' is the one who acts
    # a formal light verb carries a noun with "de" too
    ("De verhuurder verzorgt zelf de reiniging van de trappen.", "verzorgt zelf de reiniging", "reinigen"),
    ("De aannemer verzorgt de levering van de stenen.", "verzorgt de levering", "leveren"),
    ("Met dit geld wil de minister erkenning bieden voor uw werk.", "erkenning bieden", "erkennen"),
    # a loan noun in -tie
    ("De gemeente voert volgende week een inspectie uit bij de brug.", "voert volgende week een inspectie uit",
     "inspecteren"),
    # the parse hangs the noun of a command elsewhere
    ("Doe een melding als de lamp kapot is.", "Doe een melding", "melden"),
    # plaatsvinden's subject that the parse calls an object
    ("De plaatsing van de bak vindt plaats op maandag.", "plaatsing van de bak vindt plaats", "plaatsen"),
])
def test_light_verb_with_a_noun_of_action(check, text, span, verb):
    f = found(check, text)
    assert [x.text for x in f] == [span] and f"'{verb}'" in f[0].message


@pytest.mark.parametrize("text", [
    # everyday pairs: B1 Dutch, the verb is no plainer or means something else
    "U kunt later ook toestemming geven.",
    "De gemeente heeft opdracht gegeven aan de aannemer.",
    "Wij hebben onderzoek gedaan naar de bodem.",
    "Wij doen een voorstel aan de raad.",
    "Wij geven u uitstel tot 1 juni.",
    "Wij geven u een vergoeding voor de kosten.",
    "Wij geven u informatie over de regels.",
    "Het college neemt een besluit over de weg.",
    "Wij nemen afscheid van de heer Jansen.",
    # no noun of action
    "Kunt u een vraag stellen?",
    "Wij bieden u hulp bij het invullen.",
    "Wij nemen plaats in de zaal.",
    "Het festival vindt plaats in het park.",
    "De gemeente verleent een vergunning voor het terras.",
    # an everyday light verb with "de": a thing ("Wij geven u de rekening")
    "Wij geven u de uitnodiging voor de avond.",
    # "uitvoeren" with "de" carries out a plan the reader knows
    "Dan gaan ze de renovatie van de steiger niet uitvoeren.",
    # a known event reported done
    "De operatie aan uw knie is uitgevoerd.",
    # a compound with "de" names a kind of thing: "het energieonderzoek uitvoeren"
    "U moet het energiebesparingsonderzoek op tijd uitvoeren.",
    # the noun belongs to another clause
    "Geef ons uw mening, dit is ook een oproep aan de buren.",
    # plural: things done, no single action
    "De aannemer voert de aanpassingen uit.",
])
def test_no_light_verb_finding(check, text):
    assert not found(check, text)


def test_light_verb_lists_are_consistent():
    """Every everyday pair has a light verb of the list, every frame is known, and the words
    are lower case: a typo would make a row that never matches."""
    frames = light_verbs()
    assert {"doen", "geven", "verzorgen", "plaatsvinden", "overgaan"} <= LIGHT_VERBS
    assert {frame for frame, _ in frames.values()} <= {"object", "subject", "tot", "request", "next"}
    assert frames["verzorgen"] == ("object", True) and frames["doen"] == ("object", False)
    rows = wordlists.load("light_verbs_everyday")
    assert rows and all(r["verb"] in LIGHT_VERBS and r["noun"] == r["noun"].lower() for r in rows)
    assert ("toestemming", "geven") in everyday_pairs()


def test_light_noun_verb():
    assert light_noun_verb("melding", "doen") == "melden"
    assert light_noun_verb("aanvraag", "doen") == "aanvragen"
    assert light_noun_verb("inspectie", "uitvoeren", True) == "inspecteren"
    assert light_noun_verb("reiniging", "verzorgen", True) == "reinigen"
    assert light_noun_verb("reiniging", "geven") is None  # both kinds in LiNT-II: only a formal verb
    assert light_noun_verb("toestemming", "geven") is None  # everyday pair
    assert light_noun_verb("opdracht", "geven") is None
    assert light_noun_verb("werk", "doen") is None  # no prefix: "werken" is no plainer
    assert light_noun_verb("tekening", "geven") is None  # a thing
