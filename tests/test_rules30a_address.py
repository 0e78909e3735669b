"""DD110 of the thirtieth session (rules30a): a step in a list with an insert in brackets is
still an order ("3. Laat je pas (en je kaartje) zien bij de ingang"): "je" before a noun is
"your" there and becomes "uw", not the subject that makes "Laat u". Texts written for these
tests."""

import pytest

from conftest import codes

TEXT = ("U kunt uw bewijs thuis printen. Dan heeft u het altijd bij u. Bewaar uw bewijs goed. "
        "Neem uw pas mee. Lees uw brief goed.\n1. Print uw bewijs op papier\n")


def suggestions(check, step):
    text = TEXT + step + "\n"
    return [(text[f.start:f.end], f.suggestions[0] if f.suggestions else None)
            for f in codes(check(text, select="DD110"), "DD110") if f.start >= len(TEXT)]


@pytest.mark.parametrize("step", [
    "2. Stuur je aanvraagformulier en je loonstrook (of een kopie) naar de gemeente",
    "3. Laat je coronabewijs en je rijbewijs (en eventueel ook je ticket) zien bij de deur",
    "4. Geef je formulier en je loonstrook (of een kopie) af bij de balie",
    "2. Breng je aanvraag en je pasfoto (niet ouder dan een half jaar) mee naar het gemeentehuis",
])
def test_your_in_a_step_with_brackets(check, step):
    found = suggestions(check, step)
    assert found and found[0] == ("je", "uw"), found


@pytest.mark.parametrize("step", [
    "2. Laat je testen (bij de GGD) voor je vertrek",  # "je" is the person: "Laat u testen"
])
def test_reflexive_stays_u(check, step):
    found = suggestions(check, step)
    assert found and found[0] == ("Laat je", "Laat u"), found
