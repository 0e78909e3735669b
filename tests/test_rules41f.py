"""Forty-first session (rules41f): DD103 on the revised stance. Own sentences, both ways.

- "gebruik maken van": the expression's "van" opens the object; a "gebruik" that is itself
  the noun of a van-phrase ("een overzicht maken van het gebruik") is no "gebruik maken van".
- 'declaratie' is a claim for costs you paid, not a bill to pay ('rekening'); 'instrument'
  in a policy text is a means ('middel'), not a way ('manier').
"""

import pytest


def findings(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def spans(check, text):
    return [f.text.lower() for f in findings(check, text)]


# --- "gebruik maken van" only with "gebruik" as the verb's own noun ---------------------------

@pytest.mark.parametrize("text", [
    "Wij maken een overzicht van het gebruik van de sporthal.",
    "De gemeente maakt een schatting van het gebruik van de parkeerplaatsen.",
    "Wij maken een tekening van het gebruik van de ruimte.",
])
def test_gebruik_in_a_van_phrase_is_no_gebruik_maken_van(check, text):
    assert not any("gebruik" in s for s in spans(check, text)), (text, spans(check, text))


@pytest.mark.parametrize("text", [
    "U kunt gebruik maken van de regeling.",
    "Wij maken gebruik van uw gegevens.",
    "Van deze regeling kunt u gebruik maken.",    # 'van' before, on the object
    "U kunt geen gebruik meer maken van de pas.",
    "Wij maken sinds vorig jaar gebruik van een nieuw systeem.",
])
def test_gebruik_maken_van_stays(check, text):
    assert any("gebruik" in s for s in spans(check, text)), (text, spans(check, text))


@pytest.mark.parametrize("text", [
    "Wij nemen uw aanvraag in behandeling.",        # the expression's own preposition before its noun
    "Wij hebben uw aanvraag in behandeling genomen.",
])
def test_own_preposition_before_the_noun_stays(check, text):
    assert any("behandeling" in s for s in spans(check, text)), (text, spans(check, text))


# --- the examples of 'declaratie' and 'instrument' ----------------------------------------------

def test_declaratie_is_not_a_bill(check):
    found = [f for f in findings(check, "Uw declaratie is goedgekeurd.") if f.text.lower() == "declaratie"]
    assert found, "declaratie is still named"
    f = found[0]
    assert "rekening die u instuurt" in f.message
    assert f.suggestions == []  # an example, the sentence must change: no replacement as it stands


def test_instrument_is_a_means(check):
    found = [f for f in findings(check, "De gemeente heeft een nieuw instrument voor het beleid.")
             if f.text.lower() == "instrument"]
    assert found and "'middel'" in found[0].message and "'manier'" not in found[0].message


# --- 'overeenkomst' as a likeness --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wij kijken naar de overeenkomsten en verschillen.",
    "Wij kijken naar de verschillen en overeenkomsten tussen de wijken.",
    "De twee plannen vertonen veel overeenkomst.",
    "De plannen vertonen overeenkomsten en verschillen.",
])
def test_overeenkomst_as_a_likeness_is_no_contract(check, text):
    assert not any("overeenkomst" in s for s in spans(check, text)), (text, spans(check, text))


@pytest.mark.parametrize("text", [
    "U tekent de overeenkomst met de woningcorporatie.",
    "De overeenkomst tussen de gemeente en de huurder loopt af.",
    "Wij sturen u de overeenkomst en de voorwaarden.",   # joined, but not to a difference
    "Wij hebben de overeenkomst opgezegd.",
])
def test_overeenkomst_as_a_contract_stays(check, text):
    assert any("overeenkomst" in s for s in spans(check, text)), (text, spans(check, text))
