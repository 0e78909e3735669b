"""Forty-fourth session, the lead's mend of fix44b's "a noun that must stay is reported once per text"
(kept_noun): a later use where a replacement fits as it stands keeps its finding (the writer can still
change the word there: "uw persoonsgegevens" -> 'uw gegevens'), and a menu line that is the word's only
place keeps its finding (as a heading does). Own sentences, both ways."""

import pytest


def dd103(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


@pytest.mark.parametrize("text", [
    "Wij bewaren uw persoonsgegevens. Wij delen uw persoonsgegevens niet met anderen.",
    "Kon uw persoonsgegevens niet laden. Probeer later opnieuw uw persoonsgegevens te laden.",
])
def test_each_use_that_can_be_replaced_is_reported(check, text):
    found = [f for f in dd103(check, text) if f.text.lower() == "persoonsgegevens"]
    assert len(found) == 2 and all(f.suggestions == ["gegevens"] for f in found)


@pytest.mark.parametrize("text, word", [
    ("U kunt kwijtschelding vragen. Wij beslissen binnen acht weken over de kwijtschelding.", "kwijtschelding"),
    ("U krijgt een uitnodiging voor de hoorzitting. Tijdens de hoorzitting vertelt u uw bezwaar.", "hoorzitting"),
])
def test_a_later_use_without_a_replacement_stays_hidden(check, text, word):
    assert len([f for f in dd103(check, text) if f.text.lower() == word]) == 1


def test_a_menu_line_that_is_the_only_place_keeps_its_finding(check):
    text = "Naheffingen\nBetaal uw parkeerbelasting op tijd."
    assert [f.text for f in dd103(check, text)] == ["Naheffingen"]


def test_a_menu_line_with_a_later_use_is_left_to_that_use(check):
    text = "Naheffingen\nU krijgt naheffingen als u niet betaalt."
    assert [f.text.lower() for f in dd103(check, text) if "naheffing" in f.text.lower()] == ["naheffingen"]
