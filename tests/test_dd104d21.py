"""DD104: a noun in "-ing" of an everyday verb is as familiar as that verb (dd104d21)."""
import pytest

from conftest import codes


@pytest.mark.parametrize("text, word", [
    ("Voor een vergroting van de foto betaalt u vijf euro.", "vergroting"),
    ("Na de vergroting van het terras is er meer plek voor stoelen.", "vergroting"),
])
def test_noun_in_ing_of_an_everyday_verb_is_not_difficult(check, text, word):
    assert not [x for x in codes(check(text, select="DD104"), "DD104") if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("Wij wachten met de toekenning tot de school uw papieren heeft.", "toekenning"),  # toekennen: written Dutch
    ("De verstrekking van het pasje gebeurt aan de balie.", "verstrekking"),
    ("Na indiening van het formulier krijgt u een brief.", "indiening"),  # particle verb: speech splits it
])
def test_noun_in_ing_of_a_written_or_particle_verb_stays_difficult(check, text, word):
    assert [x for x in codes(check(text, select="DD104"), "DD104") if x.text == word]
