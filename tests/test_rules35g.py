"""DD102 of the thirty-fifth session (rules35g): two states and non-passives the rule read as a
passive. (1) A participle right after a noun, with a bare adjective after it, is a short clause on
that noun; the adjective is the predicate of "is"/"wordt" ("Daardoor is het aantal meldingen
gemeld op maandag veel hoger": the verb is "is ... hoger"). (2) A relative clause with a plural
verb after "het aantal"/"een groep" + plural noun is about the plural noun: "In de tabel staat het aantal
kinderen die in één week getest zijn" says how people are (getest), a state of health. Sentences written for
these tests."""

import pytest

from conftest import codes


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text, word", [
    # (1) the participle belongs to the noun before it; "is"/"wordt" goes with the adjective
    ("Daardoor is het aantal meldingen gemeld op maandag veel hoger dan op zondag.", "gemeld"),
    ("Hierdoor is het bedrag betaald in maart ruim 100 euro lager dan in april.", "betaald"),
    # (2) the plural verb agrees with the people, not with "aantal"
    ("In de tabel staat het aantal kinderen die in één week getest zijn.", "getest"),
    ("In de tabel staat het aantal patiënten die in één week besmet zijn met griep.", "besmet"),
])
def test_no_passive(check, text, word):
    found = spans(check, text)
    assert not [s for s in found if word in s.split()], found


@pytest.mark.parametrize("text, word", [
    ("De aanvraag is door ons goedgekeurd.", "goedgekeurd"),
    # an adjective before the participle is its own complement: the passive
    ("De prijs is dit jaar hoger vastgesteld dan vorig jaar.", "vastgesteld"),
    ("Het formulier is gisteren ingevuld door de buurman.", "ingevuld"),
    # an adjective after the participle with a clause of its own, or with "als", is no predicate of "is"
    ("De bestanden worden een week op de server bewaard, zodat ze beschikbaar zijn voor de controle.", "bewaard"),
    ("Daarom worden alleen formulieren meegeteld waarvan de datum bekend is.", "meegeteld"),
    ("Het plan is in de raad beoordeeld als niet haalbaar.", "beoordeeld"),
    ("Daarom is voor de nieuwe wijk de verdeling vastgesteld: 30% sociaal en 70% duur.", "vastgesteld"),
    # a singular verb goes with "aantal"; things stay a passive
    # (with a word of time between: "dat getest is" alone is a bare relative clause, rules41e)
    ("Het aantal monsters dat vorige week getest is, staat in de tabel.", "getest"),
    ("In de tabel staat het aantal auto's die in één week getest zijn.", "getest"),
    ("Een doos flessen die vorige week getest zijn, staat klaar.", "getest"),
])
def test_passive_stays(check, text, word):
    found = spans(check, text)
    assert [s for s in found if word in s.split()], found


def test_becoming_an_age_is_no_passive(check):
    assert spans(check, "Ik word morgen 40.") == []
