"""Twentieth session (dd102r20 helper): DD102 on states ("al", "reeds", a fixed preposition)
and a passive with no active form ("geboren worden"). Own sentences, both ways."""

import pytest


def found(check, text, code):
    return [f for f in check(text, select=[code]).findings if f.code == code]


@pytest.mark.parametrize("text", [
    "Dit telefoonnummer is al gebruikt voor een ander account.",
    "Uw melding is reeds doorgestuurd.",
    "In de regel zijn de kosten al in de prijs opgenomen.",
])
def test_zijn_passive_with_already_is_a_state(check, text):
    assert not found(check, text, "DD102")


@pytest.mark.parametrize("text", [
    "Dit telefoonnummer is gebruikt voor een ander account.",  # no "al": the act
    "Uw account is nog niet geactiveerd.",  # "nog niet": someone must still do it
    "Uw aanvraag is al door de afdeling Vergunningen behandeld.",  # the doer is named
    "Uw aanvraag wordt al behandeld.",  # "worden": an act going on
])
def test_passive_without_already_stays(check, text):
    assert found(check, text, "DD102")


def test_geboren_worden_has_no_active_form(check):
    assert not found(check, "Alle kinderen die dit jaar worden geboren, krijgen een brief.", "DD102")
    assert found(check, "Alle kinderen die dit jaar worden gevaccineerd, krijgen een brief.", "DD102")


def test_no_passive_without_participle(check):
    assert not found(check, "Ik word morgen 40.", "DD102")


@pytest.mark.parametrize("text", [
    "Veel inwoners zijn geconfronteerd met hogere kosten.",
    "De afdeling Belastingen is belast met de inning.",
])
def test_state_with_fixed_preposition(check, text):
    assert not found(check, text, "DD102")


@pytest.mark.parametrize("text", [
    "Het bedrag is belast.",
    "Veel inwoners zijn geconfronteerd door de politie.",
])
def test_same_participle_without_its_preposition_stays_a_passive(check, text):
    assert found(check, text, "DD102")


@pytest.mark.parametrize("text, span_end", [
    ("Het plan is in de door de raad vastgestelde ‘Visie 2030’ opgenomen als belangrijk project.", "opgenomen"),
    ("De school is in de door het college vastgestelde ‘Agenda 2030’ genoemd als een van de beste plekken.",
     "genoemd"),
])
def test_participle_before_a_noun_is_not_the_passive(check, text, span_end):
    # "vastgestelde" (with the adjective's -e) belongs to the noun after it; its "door ..." names
    # who made the plan, not who did the passive's act: no "Zet voorop wie het doet"
    hits = found(check, text, "DD102")
    assert len(hits) == 1
    assert hits[0].text.endswith(span_end)
    assert "Zet voorop wie het doet" not in hits[0].message


def test_passive_with_its_own_agent_keeps_its_message(check):
    hits = found(check, "De brief wordt door de gemeente verstuurd.", "DD102")
    assert hits and "Zet voorop wie het doet" in hits[0].message
    hits = found(check, "Het door de raad vastgestelde plan wordt morgen besproken.", "DD102")
    assert [h.text for h in hits] == ["wordt morgen besproken"]
