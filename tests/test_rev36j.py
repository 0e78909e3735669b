"""rev36j's review of the thirty-sixth session's DD104 changes (sentences written for these tests).

DD104 leaves a participle's d/t slip to DD120 when DD120 runs (the lead, 4264e49). DD120 does not
mark every such slip: not a word between quote marks (a word named), not the second half of a word
split at a line end, not a word glued to a hyphen or slash, not in code. There DD104 must still ask,
or the slip goes unmarked where it was marked before."""

import pytest

from conftest import codes


def marks(report):
    return sorted((f.code, f.text) for f in report.findings if f.code in ("DD104", "DD120"))


@pytest.mark.parametrize("text, word", [
    ('Wij hebben u "aangemelt" bij de gemeente.', "aangemelt"),
    ("Wij hebben u aan-\ngemelt bij de gemeente.", "gemelt"),
])
def test_a_slip_dd120_leaves_is_still_asked_by_dd104(check, text, word):
    report = check(text)
    assert marks(report) == [("DD104", word)]


@pytest.mark.parametrize("text, word", [
    ("Wij hebben het aangemelt bij de gemeente.", "aangemelt"),
    ("Wij hebben het (aangemelt) bij de gemeente.", "aangemelt"),
    ("De aangemelte bewoners krijgen een brief.", "aangemelte"),
])
def test_a_slip_dd120_marks_is_marked_once(check, text, word):
    report = check(text)
    assert marks(report) == [("DD120", word)]


# object_action_familiarity (rules36j): a thing + the noun in -ing of an everyday verb is read
# by its parts. The noun in -ing must be one speech uses too: 'toetsing' (of 'toetsen', which
# speech uses as 'keying in') is a word of print only, and a new compound with it is hard.
@pytest.mark.parametrize("word", ["grondtoetsing", "pandtoetsing"])
def test_a_thing_and_a_noun_in_ing_of_print_only_stays_hard(check, word):
    assert [f.text for f in codes(check(f"De {word} is geregeld.", select="DD104"), "DD104")] == [word]


@pytest.mark.parametrize("word", ["sluisbediening", "pandbewaking"])
def test_a_thing_and_a_noun_in_ing_that_speech_uses_is_read_by_its_parts(check, word):
    assert codes(check(f"De {word} is geregeld.", select="DD104"), "DD104") == []
