"""The lead's mends of the thirty-ninth session. Sentences written for these tests."""

import pytest

from conftest import codes
from duidelijk.rules.slips import participle_without_ending

ON = {"rules": {"DD120": {"no_ending": True}}}


# 't kofschip goes by the sound at the end of the infinitive's stem, not by the written stem:
# "verven" and "leven" have a v, so their participles end in d though the stem ends in f
@pytest.mark.parametrize("word, right", [("geverf", "geverfd"), ("geleef", "geleefd"),
                                         ("geplaats", "geplaatst"), ("gestop", "gestopt")])
def test_the_verb_decides_the_missing_letter(word, right):
    assert participle_without_ending(word) == right


def test_a_slip_of_a_verb_in_v_is_named_with_its_d(check):
    found = [(f.text, f.message) for f in codes(check("De muur is vorige week geverf door de schilder.", **ON), "DD120")]
    assert found == [("geverf", "In 'geverf' mist een d. Schrijf 'geverfd'.")]


def test_no_slip_is_made_up_from_the_wrong_ending(check):
    # "geverft" is no Dutch word form: the d is the only ending, and a word in the list is no slip
    assert participle_without_ending("geverft") == ""
    assert [f for f in codes(check("Ik verf de muur en ik verhuis in mei.", **ON), "DD120")] == []


def _dd104(check, text):
    return [(f.text, f.message) for f in codes(check(text), "DD104")]


# a compound adjective of written Dutch names its parts only where the head alone means what it
# means in the compound: 'matig' alone is 'moderate', 'rechtelijk' is no word of its own
def test_the_parts_are_named_where_they_help(check):
    found = _dd104(check, "De kosten zijn inkomensafhankelijk.")
    assert found == [("inkomensafhankelijk", "'inkomensafhankelijk' is een moeilijk woord. Het bestaat uit "
                      "'inkomen' + 'afhankelijk'. Zeg het met een paar losse woorden, of leg het uit.")]


@pytest.mark.parametrize("text, word", [("Wij hebben uw gegevens handmatig ingevoerd.", "handmatig"),
                                        ("Deze regels zijn strafrechtelijk van belang voor uw bedrijf.",
                                         "strafrechtelijk")])
def test_misleading_parts_are_not_named(check, text, word):
    assert _dd104(check, text) == [(word, f"'{word}' is een moeilijk woord. "
                                          "Zeg het met een paar losse woorden, of leg het uit.")]


# a name whose capital is on its adjective, before a name head in small letters: the writer
# cannot change the words of a law's name
@pytest.mark.parametrize("text", ["U krijgt geld op grond van de Algemene wet inkomensafhankelijke regelingen.",
                                  "Sinds 2020 geldt de Tijdelijke regeling strafrechtelijke handhaving."])
def test_no_hard_word_inside_a_name_with_its_capital_on_the_adjective(check, text):
    assert _dd104(check, text) == []


def test_the_same_word_outside_a_name_is_still_found(check):
    assert [w for w, _ in _dd104(check, "De toeslag is inkomensafhankelijk en wordt elk jaar herzien.")] \
        == ["inkomensafhankelijk"]


# two capitals joined by "en" at the end of a sentence: the tokenizer keeps the last letter with
# the full stop ("I.", as an initial), and the pair was not read as one abbreviation
def _dd112(check, text):
    return [(f.text, f.message) for f in codes(check(text), "DD112")]


@pytest.mark.parametrize("text, pair", [("Neem contact op met de afdeling W en I.", "W en I"),
                                        ("Bel de afdeling W en I. Wij helpen u graag.", "W en I"),
                                        ("Stuur het formulier naar P en O.", "P en O")])
def test_a_letter_pair_at_the_end_of_a_sentence(check, text, pair):
    assert _dd112(check, text) == [(pair, f"Is '{pair}' een afkorting? Schrijf die de eerste keer voluit.")]


@pytest.mark.parametrize("text", ["De brief is getekend door A. Jansen en B. de Vries.",
                                  "Het contract is getekend door J. en B. Jansen.",
                                  "Bel de afdeling Werk en Inkomen (W en I)."])
def test_initials_and_an_explained_pair_are_no_finding(check, text):
    assert _dd112(check, text) == []
