"""Thirty-second session (rules32j helper): DD105 and a compound whose head is an everyday
action or activity and whose first part is the stem of an everyday verb ("zwem" in
"zwemactiviteiten": activities to swim) or a particle of place ("binnen"). Own sentences,
both ways."""

import pytest


def found(check, text, code="DD105"):
    return [f.text for f in check(text, select=[code]).findings if f.code == code]


@pytest.mark.parametrize("text", [
    "Het zwembad organiseert in de zomer zwemactiviteiten voor kinderen.",
    "Bij regen zijn er speelactiviteiten in de gymzaal.",
    "De binnenactiviteiten beginnen om tien uur in de sporthal.",
    "De betaalregelingen van de gemeente staan op de website.",
])
def test_an_everyday_action_for_a_doing_or_a_place_is_no_long_word(check, text):
    assert not found(check, text)


def test_a_latin_action_noun_as_head_stays_a_long_word(check):
    # a Latin action noun is of written Dutch, after a verb stem too
    assert found(check, "De parkeerregistraties van uw auto staan in de app.") == ["parkeerregistraties"]


@pytest.mark.parametrize("text, word", [
    ("Het college bespreekt de terugvorderingen van vorig jaar.", "terugvorderingen"),
    ("De verstedelijkingen van de dorpen gaan snel.", "verstedelijkingen"),
])
def test_the_plural_of_a_noun_of_action_is_not_split(check, text, word):
    # "terug" + "vorderingen" and "verste" + "del" + "ijkingen" are no parts of the word:
    # the plural of the noun of "terugvorderen" is a derivation, as its singular is
    hits = [f for f in check(text, select=["DD105"]).findings if f.code == "DD105"]
    assert [h.text for h in hits] == [word]
    assert "Het bestaat uit" not in hits[0].message


def test_a_plural_compound_still_names_its_parts(check):
    hits = [f for f in check("De dakkapelwijzigingen staan in de brief.", select=["DD105"]).findings
            if f.code == "DD105"]
    assert [h.text for h in hits] == ["dakkapelwijzigingen"]
    assert "'dakkapel' + 'wijzigingen'" in hits[0].message
