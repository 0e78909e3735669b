"""Thirty-sixth session, rules36h: impersonal and hidden-passive constructions.

DD102: 'is' or 'was' with the participle of a verb that takes 'hebben' and no subject ("Er is
gekozen voor ...", "Verder is alleen gewerkt met ...") is the perfect of a passive without a
subject, never a state: the plain passive message, not the hedged "Mogelijk een lijdende vorm".
Sentences written for these tests."""

import pytest

from conftest import codes

CERTAIN = "Deze zin is in de lijdende vorm. Er staat niet wie het doet."
HEDGED = "Mogelijk een lijdende vorm."


def passive_messages(check, text):
    return [f.message for f in codes(check(text, select=["DD102"]), "DD102")]


@pytest.mark.parametrize("text", [
    "Er is gekozen voor een nieuwe aanpak van de wijk.",
    "Er is gebruikgemaakt van de cijfers van vorig jaar.",
    "Verder is alleen gewerkt met straten van meer dan tien huizen.",
    "In de sporthal is gisteren gestemd over het nieuwe plan.",
    "Er was al betaald voor de parkeervergunning.",
    # a clause of its own after 'en', with its own 'er'
    "Wij hebben uw brief gelezen en er is gebeld met uw huisarts.",
])
def test_subjectless_perfect_is_a_passive(check, text):
    messages = passive_messages(check, text)
    assert len(messages) == 1 and messages[0].startswith(CERTAIN)


@pytest.mark.parametrize("text", [
    # a subject: a state or a passive, the hedged tip stays
    "Het huis is verkocht.",
    "Er is een nieuw speelveld aangelegd.",
    # a clause is the subject: "Dat de bibliotheek dichtgaat, is besloten"
    "Er is besloten dat de bibliotheek op zaterdag dichtgaat.",
    "Via het bord is aangegeven dat u hier niet mag parkeren.",
    # a plural 'zijn' has a subject, even where the parse misses it
    "Vorige week zijn in de wijk nieuwe bomen geplant.",
    # the second participle shares the first one's subject
    "De brief is verstuurd en is gelezen.",
])
def test_with_a_subject_stays_hedged(check, text):
    messages = passive_messages(check, text)
    assert messages and all(m.startswith(HEDGED) for m in messages)


@pytest.mark.parametrize("text", [
    "Wat is er gebeurd?",  # 'gebeuren' takes 'zijn': a perfect
    "Er is niets veranderd aan uw uitkering.",
    "Ik word morgen 40.",
    "Hij is te laat.",
    "Het is te koud om te fietsen.",
    "De brief is te lang.",
    "Er is genoeg te doen.",
])
def test_no_passive(check, text):
    assert passive_messages(check, text) == []
