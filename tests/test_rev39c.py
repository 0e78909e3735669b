"""DD102's hospital stays, reviewed (thirty-ninth session, rev39c). Sentences written for these tests.

"Opgenomen" in or on a place of care is a hospital stay only when the subject can be a patient
(a person, or the amount of people: "het aantal patiënten dat werd opgenomen") and the place is
the noun of the phrase: a compound names what its last part names ("ic-registratie" is a
register, "ziekenhuis-app" an app), a word before the noun is no place ("in het door het
ziekenhuis bijgehouden register"), and an abbreviation is no end of a longer word ("topic")."""

import pytest
from conftest import codes


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text", [
    "Het gesprek met de arts is in het ziekenhuis opgenomen.",  # recorded there
    "De meterstand wordt elk jaar in het verpleeghuis opgenomen.",  # read there
    "Deze video is opgenomen op de intensive care.",  # filmed there
])
def test_a_thing_taken_in_at_a_care_place_stays_a_passive(check, text):
    assert len(spans(check, text)) == 1


@pytest.mark.parametrize("text", [
    "Uw gegevens worden opgenomen in de IC-registratie.",
    "Hij is opgenomen in de ic-registratie.",
    "Uw vraag is opgenomen in de ziekenhuis-app.",
])
def test_a_care_word_before_a_hyphen_is_no_place(check, text):
    assert len(spans(check, text)) == 1


def test_a_care_word_before_the_noun_is_no_place(check):
    assert len(spans(check, "Uw vader is opgenomen in het door het ziekenhuis bijgehouden register.")) == 1


def test_an_abbreviation_is_no_end_of_a_longer_word(check):
    assert len(spans(check, "Uw dochter is opgenomen in de topic van deze week.")) == 1


@pytest.mark.parametrize("text", [
    "Mijn moeder is gisteren in het ziekenhuis opgenomen.",
    "Als u in een verpleeghuis wordt opgenomen, stopt uw uitkering.",
    "Zij is opgenomen op een ziekenhuisafdeling.",
    "Hij is op de intensive care-afdeling opgenomen.",
    "Het aantal patiënten dat per dag werd opgenomen op de intensive care, stijgt.",
    "Uw zoon is opgenomen in een ggz-kliniek.",
])
def test_a_patient_in_a_care_place_is_a_hospital_stay(check, text):
    assert spans(check, text) == []


def test_a_hospital_by_its_name(check):
    # the parse hangs "Ziekenhuis" on the name's first word ("flat")
    assert spans(check, "Hij is opgenomen in het Antonius Ziekenhuis.") == []


@pytest.mark.parametrize("text", [
    "Het aantal kinderen dat per week in een ziekenhuis is opgenomen, daalt.",
    # the parse hangs the clause on the last noun of a row of phrases, or gives the clause the person
    "Aantal kinderen uit deze regio met astma dat per week in een ziekenhuis is opgenomen.",
    "Tot mei ging het om het aantal mensen met griep dat per week werd opgenomen op de intensive care.",
])
def test_the_amount_of_patients_admitted_is_a_hospital_stay(check, text):
    assert spans(check, text) == []


@pytest.mark.parametrize("text", [
    "Het aantal gesprekken dat per week in een ziekenhuis is opgenomen, daalt.",
    "Het is in het ziekenhuis opgenomen.",
])
def test_the_amount_of_things_taken_in_stays_a_passive(check, text):
    assert len(spans(check, text)) == 1
