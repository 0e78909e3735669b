"""Thirty-sixth session, rev36g: review of rules36h's DD102 subjectless perfects.

With the 'er' of an empty subject, a bare noun of time before the participle ("vorig jaar",
"die avond", "vorige week") says when, and cannot be the subject: 'er' takes no definite
subject ("Er is de brief gestuurd" is no Dutch). "Er is vorig jaar gekozen voor ..." is the same
passive without a subject as "Er is gekozen voor ...". Sentences written for these tests."""

import pytest

from conftest import codes

CERTAIN = "Deze zin is in de lijdende vorm. Er staat niet wie het doet."
HEDGED = "Mogelijk een lijdende vorm."


def passive_messages(check, text):
    return [f.message for f in codes(check(text, select=["DD102"]), "DD102")]


@pytest.mark.parametrize("text", [
    "Er is vorig jaar gekozen voor een nieuwe aanpak.",
    "Er is die avond flink gelachen.",
    "Er is maandag gebeld over uw aanvraag.",
    "Er is vorige week gebeld over uw aanvraag.",
])
def test_time_phrase_is_no_subject(check, text):
    messages = passive_messages(check, text)
    assert len(messages) == 1 and messages[0].startswith(CERTAIN)


@pytest.mark.parametrize("text", [
    # a noun of time with 'een', or in a clause without 'er', may be the subject (the parse
    # calls 'moment' and 'jaar' here a phrase of time)
    "Er is voor u een moment vrijgehouden.",
    "Dit jaar is gekozen als jaar van de wijk.",
    "Er is een dag gekozen voor het feest in de wijk.",
])
def test_time_noun_as_subject_stays(check, text):
    messages = passive_messages(check, text)
    assert messages and all(m.startswith(HEDGED) for m in messages)
