"""Small rules on real text (small19): precision of the rules that are on by default and fire
rarely. DD112: a public service every adult knows by its letters ("de GGD", "het UWV") needs
no full name; the full name is harder to read than the letters. Other listed abbreviations
are still explained. Own sentences."""

import pytest

LETTER = "Beste meneer Jansen,\n\n{}\n\nMet vriendelijke groet,\nde gemeente"


def abbreviations(check, sentence):
    return [f.text for f in check(LETTER.format(sentence), select=["DD112"]).findings if f.code == "DD112"]


@pytest.mark.parametrize("sentence", [
    "U kunt uw kind laten inenten bij de GGD.",
    "Heeft u een uitkering van het UWV? Geef dat dan aan ons door.",
    "Stuur ons een kopie van uw UWV-beslissing.",
    "De GGD-arts bekijkt of u kunt werken.",
])
def test_services_everyone_knows_by_their_letters(check, sentence):
    assert abbreviations(check, sentence) == []


@pytest.mark.parametrize("sentence, abbreviation", [
    ("U kunt uw kind laten inenten bij de GGD en het CJG.", "CJG"),
    ("Het CIZ beslist of u zorg krijgt.", "CIZ"),
    ("U krijgt een brief van het UWV en van het CAK.", "CAK"),
    ("Het RMC helpt jongeren zonder diploma.", "RMC"),
])
def test_other_listed_abbreviations_are_still_explained(check, sentence, abbreviation):
    assert abbreviation in abbreviations(check, sentence)


# --- fix19b: a service everyone knows excuses no unknown capitals listed next to it ---
@pytest.mark.parametrize("sentence, found", [
    ("De GGD en JGZ komen op school.", ["JGZ"]),
    ("Uw kind krijgt een afspraak bij GGD of JGZ.", ["JGZ"]),
    ("U kunt vragen stellen aan UWV, SW en WSP.", ["SW", "WSP"]),
    ("U krijgt bericht van GGD of LCPS.", ["LCPS"]),
])
def test_unknown_capitals_listed_with_a_known_service_are_still_explained(check, sentence, found):
    assert abbreviations(check, sentence) == found


@pytest.mark.parametrize("sentence", [
    "De GGD's in het land werken samen.",
    "Zij is UWV'er en helpt u graag.",
    # capitals listed with an abbreviation of a kind whose full name nobody uses: still left
    "Stuur de foto als JPG of PDF.",
])
def test_known_services_and_lists_of_common_abbreviations_are_left(check, sentence):
    assert abbreviations(check, sentence) == []


def test_known_services_come_from_the_word_list_not_from_common():
    from duidelijk.rules.abbreviations import COMMON, abbreviations as table, known_services

    assert {"GGD", "UWV"} <= known_services() and not {"GGD", "UWV"} & COMMON
    assert table()["uwv"]["kind"] == "known" and table()["cjg"]["kind"] == "term"
