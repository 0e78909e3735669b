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


# --- after the end judgement (the lead) ---------------------------------------------------------
# DD103's "Het ... van" for a verb that the list names only with certain words: the listed entry
# ('verwerken' only with 'gegevens' as its object) may stay quiet there, so the nominal style is
# still named
@pytest.mark.parametrize("text", ["Het verwerken van een tekening duurt twee weken.",
                                  "Het verwerken van uw gegevens gebeurt in de gemeente."])
def test_het_van_of_a_verb_listed_with_conditions_is_still_named(check, text):
    assert [f.text for f in codes(check(text), "DD103")] == ["Het verwerken van"]


def test_het_van_of_a_verb_listed_without_conditions_gets_the_plain_verb(check):
    assert [f.text for f in codes(check("Het verstrekken van uw gegevens is verplicht."), "DD103")] == ["verstrekken"]


# DD104's English words: the plural of a Dutch noun in "-ie" is spelled as an English plural of
# a noun in "-y" ("ceremonies"): Dutch, not English
@pytest.mark.parametrize("word", ["ceremonies", "categories"])
def test_a_dutch_plural_in_ies_is_no_english_word(word):
    from duidelijk.rules.difficult_words import english_word
    assert not english_word(word, word)


@pytest.mark.parametrize("word", ["features", "stories", "formats"])
def test_english_plurals_stay_english(word):
    from duidelijk.rules.difficult_words import english_word
    assert english_word(word, word)
