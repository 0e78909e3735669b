"""DD103 of the thirtieth session (open30): 'mededelen' with its particle written apart before
the verb ("mede delen", a common error in letters) is the same officialese as 'mededelen'. Not
'mede' as the adverb 'also' ("mede door de regen") and not "de kosten mede delen met" (to
share too). Sentences written for these tests."""

import pytest

from conftest import codes


def found(check, text):
    return [(f.text, f.suggestions) for f in codes(check(text, select="DD103"), "DD103")]


@pytest.mark.parametrize("text, hit", [
    ("Wij willen u graag mede delen dat uw pas klaar ligt.", ("mede delen", ["laten weten", "vertellen"])),
    ("Wij vragen u ons mede te delen of u op de afspraak komt.", ("mede te delen", ["te laten weten", "te vertellen"])),
    ("De buurman heeft ons mede gedeeld dat de heg te hoog is.", ("mede gedeeld", [])),
])
def test_mede_delen_apart(check, text, hit):
    assert hit in found(check, text)


@pytest.mark.parametrize("text", [
    "De bewoners willen de kosten van de tuin mede delen met de buren.",
    "Wij zijn blij met uw hulp bij de schoonmaak.",
])
def test_no_mededelen(check, text):
    assert not any(t.lower().startswith("mede") for t, _ in found(check, text))


def test_mede_as_also_stays_the_adverb(check):
    assert found(check, "Mede door de storm is de weg gesloten.") == [("Mede", ["Ook"])]
