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
