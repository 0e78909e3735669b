"""Nominal style with "volgen" (thirty-sixth session, rules36c): a noun of action as the subject of
"volgen", a verb that says only that the act comes next ("Daarna volgt een behandeling van uw
aanvraag": 'daarna behandelen wij uw aanvraag'). A light verb of frame "next"
(wordlists/light_verbs.tsv). DD106 names it (off by default); DD118 not yet: a new part of a rule
on by default needs 10 judged findings, and the tunable sets gave one. Sentences written for these
tests, both ways."""

import pytest


def findings(check, text, code):
    return [f for f in check(text, select=code).findings if f.code == code]


@pytest.mark.parametrize("text, span, verb", [
    # the act as the subject after the verb, with "een"
    ("Na ontvangst van uw formulier volgt een beoordeling van uw aanvraag.", "volgt een beoordeling", "beoordelen"),
    # with "de": the next step, named as a noun
    ("Daarna volgt de uitbetaling.", "volgt de uitbetaling", "uitbetalen"),
    # "volgt" joined with "en" to a clause without a person as subject: the parse makes the
    # noun its object, but it is the subject
    ("In sommige gevallen vindt een controle plaats en volgt een handmatige behandeling.",
     "volgt een handmatige behandeling", "behandelen"),
])
def test_the_act_comes_next(check, text, span, verb):
    found = findings(check, text, "DD106")
    assert [f.text for f in found] == [span]
    assert f"het werkwoord '{verb}'" in found[0].message
    assert "met 'volgt'" in found[0].message


@pytest.mark.parametrize("text", [
    # an object: the subject follows something ('monitors the handling')
    "Wij volgen de behandeling van uw zaak.",
    # joined with "en" to a clause with a person as subject, who also follows
    "Wij bellen u en volgen de behandeling van uw zaak.",
    # "uit": what follows from something, a duty
    "Uit de wet volgt een verplichting tot betaling.",
    "Hieruit volgt een verplichting tot betaling.",
    # a thing named before, still to come
    "Deze beoordeling volgt nog.",
    # a place in the text: a text comes there
    "De uitleg volgt hieronder.",
    "Een uitleg van de regels volgt in de bijlage.",
])
def test_volgen_in_its_other_senses(check, text):
    assert findings(check, text, "DD106") == []


def test_not_core_yet(check):
    """DD118 (on by default) does not name it until enough judged findings hold."""
    text = "Daarna volgt de uitbetaling."
    assert findings(check, text, "DD106")
    assert [f for f in check(text).findings if f.code in {"DD106", "DD118"}] == []
    assert findings(check, text, "DD118") == []


@pytest.mark.parametrize("text", [
    # "eten" is the thing given, the dog the one who gets it: no act hidden in a noun
    "Ik geef de hond eten.",
    # a meeting is an event people go to (LiNT-II: concrete), not an act done to a thing:
    # 'vergaderen' would say something else ("Wij vergaderen in het stadhuis" drops which meeting)
    "De vergadering vindt plaats in het stadhuis.",
])
def test_no_hidden_verb(check, text):
    assert findings(check, text, "DD106") == []
    assert findings(check, text, "DD118") == []
