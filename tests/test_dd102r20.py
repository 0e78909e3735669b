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
