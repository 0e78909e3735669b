"""Twentieth session (dd102r20 helper): DD105 on one-word official names with a short form
("burgerservicenummer", BSN): keep the name, never split it. Own sentences, both ways."""

import pytest


def found(check, text, code):
    return [f for f in check(text, select=[code]).findings if f.code == code]


@pytest.mark.parametrize("text", [
    "Uw burgerservicenummer (BSN) staat op uw paspoort.",
    "Uw BSN (burgerservicenummer) staat op uw paspoort.",
])
def test_official_name_with_its_short_form_beside_it(check, text):
    assert not found(check, text, "DD105")


def test_official_name_alone_is_not_split(check):
    hits = found(check, "Vul hier uw burgerservicenummer in.", "DD105")
    assert len(hits) == 1
    assert "'BSN'" in hits[0].message and "blijft zoals hij is" in hits[0].message
    assert "losse woorden" not in hits[0].message


def test_long_word_that_is_no_official_name_keeps_its_advice(check):
    hits = found(check, "Stuur ons uw wachtwoordherstelaanvraag.", "DD105")
    assert hits and "vaste naam" not in hits[0].message
