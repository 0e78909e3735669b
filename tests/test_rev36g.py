"""Thirty-sixth session, rev36g: review of rules36h's DD102 subjectless perfects.

With the 'er' of an empty subject, a bare noun of time before the participle ("vorig jaar",
"die avond", "vorige week") says when, and cannot be the subject: 'er' takes no definite
subject ("Er is de brief gestuurd" is no Dutch). "Er is vorig jaar gekozen voor ..." is the same
passive without a subject as "Er is gekozen voor ...". Sentences written for these tests."""

import pytest

from conftest import codes
from test_rules36h import CERTAIN, HEDGED, passive_messages


@pytest.mark.parametrize("text", [
    "Er is vorig jaar gekozen voor een nieuwe aanpak.",
    "Er is die avond flink gelachen.",
    "Er is maandag gebeld over uw aanvraag.",
    "Er is vorige week gebeld over uw aanvraag.",
    # a clause on a noun opened by a 'waar-' word: the noun goes with its preposition ("voor de
    # aanpak"), no word of the clause is the subject
    "De aanpak waarvoor is gekozen, werkt goed.",
    "De straat waar is gewerkt, is weer open.",
])
def test_no_subject_certain(check, text):
    messages = passive_messages(check, text)
    assert len(messages) == 1 and messages[0].startswith(CERTAIN)


@pytest.mark.parametrize("text", [
    # a noun of time with 'een', or in a clause without 'er', may be the subject (the parse
    # calls 'moment' and 'jaar' here a phrase of time)
    "Er is voor u een moment vrijgehouden.",
    "Dit jaar is gekozen als jaar van de wijk.",
    "Er is een dag gekozen voor het feest in de wijk.",
    # a plural 'zijn': 'drie' is the subject (rules36h's check, no test of its own before)
    "Er zijn er drie gekozen.",
    # a clause on a noun opened by a relative pronoun, which may be its subject
    "Het bedrag dat is betaald, krijgt u terug.",
])
def test_may_be_subject_stays_hedged(check, text):
    messages = passive_messages(check, text)
    assert messages and all(m.startswith(HEDGED) for m in messages)


# DD120's d/t slips: the message names the letter that is wrong, which is not always the
# last one ("ingelogte": the t before the e)
def slip_messages(check, text):
    return [f.message for f in codes(check(text, select=["DD120"]), "DD120")]


@pytest.mark.parametrize("text, message", [
    ("Alleen de ingelogte gebruiker ziet de gegevens.", "In 'ingelogte' hoort een d, geen t. Schrijf 'ingelogde'."),
    ("De gebruikde gegevens staan in de bijlage.", "In 'gebruikde' hoort een t, geen d. Schrijf 'gebruikte'."),
    ("U bent nu ingelogt op de website.", "In 'ingelogt' hoort een d, geen t. Schrijf 'ingelogd'."),
    ("Uw vragen zijn door de wijkagent geantwoordt.", "In 'geantwoordt' staat een t te veel. Schrijf 'geantwoord'."),
])
def test_slip_message_names_the_wrong_letter(check, text, message):
    assert slip_messages(check, text) == [message]


def test_slip_message_missing_letter():
    from duidelijk.rules.slips import _slip_message

    assert _slip_message("gewerkd", "gewerkt") == "In 'gewerkd' hoort een t, geen d. Schrijf 'gewerkt'."
    assert _slip_message("geantwoord", "geantwoordt") == "In 'geantwoord' mist een t. Schrijf 'geantwoordt'."
