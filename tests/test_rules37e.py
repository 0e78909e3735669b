"""Thirty-seventh session, rules37e: 'deze' alone that can mean more than one thing before it.
Sentences written for these tests.

'deze' standing alone ("... en deze doorgestuurd") is a pointer of written Dutch. With one noun
before it in its sentence the reader finds what it means (a setting, 'deze_near', off by
default). With two or more different things before it that it can mean ("Het college stuurt
het advies naar de wethouder, die deze ...") the reader must guess, and 'hij' or 'die' would not
tell him either: DD103 finds it by default and says to name the word again."""

import pytest

from conftest import codes


def deze(check, text):
    return [f for f in codes(check(text, select=["DD103"]), "DD103") if f.text.lower() == "deze"]


@pytest.mark.parametrize("text", [
    "De buurvrouw heeft een klacht over de boom ingediend, maar deze is niet terecht.",
    "Het college stuurt het advies van de commissie naar de wethouder zodat deze kan beslissen.",
    "Als de consulent een aanvraag als onvolledig ziet, stuurt deze u een brief.",
    "Het college stuurt het plan naar de raad en deze bespreekt het in juni.",
    "Om de foto's van uw kinderen te beschermen, zijn deze van de website gehaald.",
    # a de-word and a het-word (test_rev35d.py had it for the words offered)
    "Wij hebben uw aanvraag aan het team gegeven en deze heeft een antwoord.",
])
def test_deze_with_more_things_before_it_is_found(check, text):
    f = deze(check, text)
    assert len(f) == 1, text
    assert "meer dingen" in f[0].message and "Noem het woord opnieuw" in f[0].message
    assert f[0].suggestions == []
    assert f[0].category == "reference"  # the difficulty score counts DD103's 'jargon', not this


@pytest.mark.parametrize("text", [
    # one noun before it: the reader sees what it means (the setting 'deze_near', off)
    "Wij hebben uw bezwaar ontvangen en deze doorgestuurd naar de commissie.",
    "Bewaar de bon goed en laat deze zien bij de kassa.",
    # two nouns joined by 'of' or 'en': 'deze' means either, no choice
    "U kunt de fiets of de kar lenen en deze na een week terugbrengen.",
    # a time is no thing to point to
    "Binnen twee weken krijgt u de kaart en u kunt deze meteen gebruiken.",
    # 'deze' before its noun
    "De gemeente heeft de regels voor de markt en deze regels gelden vanaf mei.",
    # 'Let op' read as a noun by the tagger is no thing either
    "Let op: de brief moet u bewaren en deze later laten zien.",
    "Let op: de sleutel moet u ophalen en deze goed bewaren.",
    # a word with accents for stress that the tagger takes for a name is no thing
    "Een kaart verschijnt alléén als u deze zelf heeft aangevraagd.",
    # a plural verb: a singular noun is no choice
    "De kinderen van uw partner mogen meedoen als deze bij u wonen.",
    # the subject its verb shares with the verb before it is not what 'deze' means
    "De medewerker bekijkt uw aanvraag en stuurt deze daarna door.",
])
def test_deze_with_one_thing_before_it_is_not_found(check, text):
    assert deze(check, text) == [], text


def test_message_is_plain(check):
    """The message is plain Dutch: the checker finds nothing of weight in it."""
    from duidelijk.findings import Severity

    [f] = deze(check, "Het college stuurt het advies van de commissie naar de wethouder zodat deze kan beslissen.")
    report = check(f.message, ignore=["DD116", "DD115"])
    assert [g.code for g in report.findings if g.severity.rank >= Severity.WARNING.rank] == []
