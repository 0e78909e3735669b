"""DD118 (verstopt-werkwoord), review of the thirty-fifth session (rev35b): the passive kind
("bij de ontwikkeling van een nieuw model" on a passive that names no one who acts) must read a
real passive, and a noun whose verb takes no object. Sentences written for these tests, both
ways."""

import pytest

from conftest import codes


@pytest.mark.parametrize("text", [
    # a verb without an object: after "van" stands what does it, not what is done
    # ('de website werkt'; "Zeg daarin wie de website werkt" is no Dutch)
    "Voor de werking van de website worden cookies geplaatst.",
    "Bij de werking van de pomp wordt weinig stroom gebruikt.",
    # "zijn" + the participle of a verb that takes "zijn": a perfect tense, active ('wij')
    "Wij zijn met de uitvoering van de werkzaamheden begonnen.",
    # "zijn" + a participle used as an adjective: a state, no act
    "Deze subsidie is bedoeld voor de verbetering van de woning.",
    "Het geld is bestemd voor de verbetering van de speeltuin.",
])
def test_no_passive_act_or_no_object(check, text):
    assert codes(check(text, select="DD118"), "DD118") == []


@pytest.mark.parametrize("text, span", [
    # a "zijn" passive of a verb with an object still counts ('is gebruikt' = 'wordt gebruikt')
    ("De informatie is gebruikt bij de ontwikkeling van het plan.", "de ontwikkeling van het plan"),
    # "worden" with a modal
    ("Bij de ontwikkeling van een nieuw plan moeten deze cijfers worden gebruikt.",
     "de ontwikkeling van een nieuw plan"),
    # a noun of a verb with an object beside "werking": 'verwerken'
    ("Voor de verwerking van de formulieren wordt een programma gebruikt.", "de verwerking van de formulieren"),
])
def test_passive_still_named(check, text, span):
    assert [f.text for f in codes(check(text, select="DD118"), "DD118")] == [span]


@pytest.mark.parametrize("text, verb, who", [
    # a verb that takes "zijn": what follows "van" is its subject, no one does it
    ("Bij uitblijven van betaling sturen wij een herinnering.", "uitblijven", False),
    # a verb with an object: say who does it
    ("Bij wijzigen van uw adres moet u dit doorgeven.", "wijzigen", True),
])
def test_bare_infinitive_message(check, text, verb, who):
    found = codes(check(text, select="DD118"), "DD118")
    assert len(found) == 1
    assert found[0].message.startswith(f"Schrijf liever een zin met het werkwoord '{verb}'")
    assert ("zeg wie het doet" in found[0].message) == who, found[0].message


@pytest.mark.parametrize("text", [
    # a body of people after "van" may be who acts: not taken as what is done
    "Bij de beoordeling van de rechtbank wordt het dossier gelezen.",
    "Bij de toetsing van het ministerie worden de plannen gelezen.",
])
def test_body_after_van_not_the_thing_done(check, text):
    assert codes(check(text, select="DD118"), "DD118") == []
