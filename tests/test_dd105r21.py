"""Twenty-first session (dd105r21 helper): DD105 on words joined by a slash and on a law cited
by its paragraph ("lid 1"), DD112's full name before a compound written as two words. Own
sentences, both ways."""

import pytest


def found(check, text, code):
    return [f for f in check(text, select=[code]).findings if f.code == code]


@pytest.mark.parametrize("text", [
    "Uw formulier is onvolledig/onvoldoende ingevuld.",
    "Stuur een foto/tekening van de schutting mee.",
    "Kies een kleurenschema/lettertype dat goed leesbaar is.",
])
def test_words_joined_by_a_slash_are_no_long_word(check, text):
    assert not found(check, text, "DD105")


def test_a_long_word_beside_a_slash_is_found_on_its_own(check):
    text = "Stuur uw wachtwoordherstelaanvraag/klacht naar ons."
    hits = found(check, text, "DD105")
    assert [h.text for h in hits] == ["wachtwoordherstelaanvraag"]
    assert "'wachtwoord' + 'herstel' + 'aanvraag'" in hits[0].message


def test_a_name_with_a_slash_is_no_long_word(check):
    assert not found(check, "Bel met Wijkbeheer/Stadsreiniging over het vuil.", "DD105")


def test_the_same_long_word_without_a_slash_is_still_found(check):
    assert found(check, "Stuur uw wachtwoordherstelaanvraag naar ons.", "DD105")


@pytest.mark.parametrize("text", [
    "Dat staat in artikel 4 lid 2 subsidieverordening.",
    "4 lid 2 subsidieverordening.",
])
def test_a_law_cited_by_its_paragraph_is_a_name(check, text):
    hits = found(check, text, "DD105")
    assert len(hits) == 1 and "naam van een wet of regeling" in hits[0].message


def test_lid_without_a_number_is_no_citation(check):
    hits = found(check, "Als lid van de raad stemt u over een nieuwe subsidieverordening.", "DD105")
    assert len(hits) == 1 and "naam van een wet" not in hits[0].message


@pytest.mark.parametrize("text", [
    "Wij hebben uw Wlz aanvraag ontvangen.",
    "Hoe hoog is de OZB aanslag voor uw huis?",
])
def test_no_full_name_before_a_compound_written_apart(check, text):
    hits = found(check, text, "DD112")
    assert len(hits) == 1 and hits[0].suggestions == []


@pytest.mark.parametrize("text", [
    "U kunt hulp krijgen via de Wlz.",
    "Wij hebben uw aanvraag voor de Wlz ontvangen.",
    "Dit staat in de Wlz, artikel 3.",
])
def test_full_name_stays_for_an_abbreviation_alone(check, text):
    hits = found(check, text, "DD112")
    assert len(hits) == 1 and hits[0].suggestions == ["Wet langdurige zorg (Wlz)"]
