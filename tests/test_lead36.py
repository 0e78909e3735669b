"""One finding for one slip (thirty-sixth session, the lead): a participle with the wrong one of
-d and -t ("aangemelt") is DD120's finding; DD104 asked the same ("Bedoelt u 'aangemeld'?"),
so a reader saw two marks on one word. DD104 still asks when DD120 is off. Sentences written
for these tests."""

import pytest

from conftest import codes
from duidelijk.dictionary import separable

TEXT = "Wij hebben het aangemelt bij de gemeente."


def spans(report, code):
    return [(f.text, f.suggestions[0] if f.suggestions else None) for f in codes(report, code)]


def test_the_slip_is_one_finding_of_dd120(check):
    report = check(TEXT)
    assert spans(report, "DD120") == [("aangemelt", "aangemeld")]
    assert spans(report, "DD104") == []


def test_dd104_asks_when_dd120_is_off(check):
    report = check(TEXT, ignore=["DD120"])
    assert spans(report, "DD104") == [("aangemelt", "aangemeld")]



# --- dictionary.separable and strong verbs (the lead, after fix36v) ---------------------------
# fix36v's right 't kofschip took away a wrong regular participle ("doorgeeft") that had made
# "doorgeven" separable by accident; a strong verb is now read by its own participle
@pytest.mark.parametrize("verb", ["doorgeven", "overnemen", "bijdragen", "aanprijzen", "voorlezen",
                                  "doorbrengen", "aanbieden", "naleven", "opbellen"])
def test_strong_and_weak_particle_verbs_are_separable(verb):
    assert separable(verb)


@pytest.mark.parametrize("verb", ["omgeven", "overwegen", "ondertekenen", "ontvangen", "verwijzen",
                                  "overhandigen", "informeren"])
def test_verbs_that_never_split_are_not_separable(verb):
    assert not separable(verb)


def test_particle_twice_around_a_strong_verb_is_found(check):
    assert [f.text for f in codes(check("Geef het door door op de knop."), "DD117")] == ["door door"]
