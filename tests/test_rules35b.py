"""DD118 (verstopt-werkwoord) (thirty-fifth session, rules35b): a noun of action with "van" and
what is done, after "bij", "voor", "met" or "zonder" on a verb in the passive that says no one
who acts: the sentence has two acts and names no one for either ("Deze gegevens worden
meegenomen bij de ontwikkeling van een nieuw model"). Sentences written for these tests, both
ways."""

import pytest

from conftest import codes


def findings(check, text, code):
    return [f for f in check(text, select=code).findings if f.code == code]


@pytest.mark.parametrize("text, span, message", [
    # "bij" on a passive, a thing with "een" (no reader's thing, no one who acts)
    ("De cijfers van vorig jaar worden gebruikt bij de ontwikkeling van een nieuw plan.",
     "de ontwikkeling van een nieuw plan", "Zeg daarin wie een nieuw plan ontwikkelt."),
    # "met" on a passive with "worden" and a participle
    ("Met de verwerking van de formulieren wordt gewacht tot de zomer.",
     "de verwerking van de formulieren", "Zeg daarin wie de formulieren verwerkt."),
    # "zonder", a bare noun and a plural thing
    ("Zonder toetsing van de tekeningen wordt geen vergunning verleend.",
     "toetsing van de tekeningen", "Zeg daarin wie de tekeningen toetst."),
    # "voor", a concrete thing with "het"
    ("Voor de uitbreiding van het speelveld zijn drie ontwerpen gemaakt.",
     "de uitbreiding van het speelveld", "Zeg daarin wie het speelveld uitbreidt."),
])
def test_no_one_acts(check, text, span, message):
    found = findings(check, text, "DD118")
    assert [f.text for f in found] == [span]
    assert found[0].message.endswith(message), found[0].message


@pytest.mark.parametrize("text", [
    # an active verb: its subject may be who acts
    "Voor de uitbreiding van het speelveld hebben wij drie ontwerpen gemaakt.",
    # a passive with who acts after "door"
    "Bij de ontwikkeling van een nieuw plan worden de cijfers door de gemeente gebruikt.",
    # "tijdens": a period, often of a known event
    "Tijdens de verbouwing van de bibliotheek worden de boeken in het stadhuis bewaard.",
    # "na" with "de": a known event
    "Na de verbouwing van de bibliotheek worden de boeken teruggezet.",
    # "van" + a person: the one who may act
    "Bij de beoordeling van de keuringsarts wordt ook naar uw werk gekeken.",
    # "van" + a body of people
    "Bij de beslissing van de gemeenteraad is rekening gehouden met de buurt.",
])
def test_someone_acts_or_an_event(check, text):
    assert codes(check(text, select="DD118"), "DD118") == []


# (second kind) a preposition + an infinitive without "het" + "van": the short style of notes
@pytest.mark.parametrize("text, span, verb", [
    ("De cijfers helpen ons bij beantwoorden van vragen over de buurt.", "bij beantwoorden van", "beantwoorden"),
    ("Wij zijn nog niet klaar met verwerken van de formulieren.", "met verwerken van", "verwerken"),
    ("Na indienen van uw bezwaar krijgt u binnen twee weken een brief.", "Na indienen van", "indienen"),
])
def test_bare_infinitive_van(check, text, span, verb):
    found = findings(check, text, "DD118")
    assert [f.text for f in found] == [span]
    assert found[0].message.startswith(f"Schrijf liever een zin met het werkwoord '{verb}', en zeg wie het doet.")


@pytest.mark.parametrize("text", [
    "De app helpt bij het beantwoorden van vragen.",  # with "het": DD106's (off by default)
    "Wij vergelijken de cijfers met voorspellingen van het vorige jaar.",  # a plural noun in -en
    "Wij letten op fouten bij aanvragen van ondernemers.",  # the plural of "aanvraag", not "het aanvragen"
    "Ondersteuning bij beantwoorden van vragen",  # a heading without a finite verb
    "U kunt bij inleveren van maandag tot vrijdag een bon krijgen.",  # "van" + a time
])
def test_bare_infinitive_not(check, text):
    assert codes(check(text, select="DD118"), "DD118") == []
