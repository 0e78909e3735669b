"""Word findings on new real text (words28b): a compound noun the tagger calls an adverb.
Own words, none from the judged or harvest sets."""
import pytest


def _score(low, pos):
    from duidelijk.rules.difficult_words import DifficultWord

    return DifficultWord().word_score(low, low, pos, None)


# a compound of two nouns that text does use, tagged as an adverb, is still a noun ----------

@pytest.mark.parametrize("word", ["contactgegevens", "jaarrekening", "stadsdeel", "zondagmiddag"])
def test_used_compound_of_two_nouns_is_a_noun(word):
    from duidelijk.rules.difficult_words import mistagged_compound_noun

    assert mistagged_compound_noun(word)


@pytest.mark.parametrize("word", ["contactgegevens", "jaarrekening", "stadsdeel"])
def test_used_compound_of_two_nouns_tagged_as_adverb_is_known(word):
    # read as an adverb it had the loanword bar of adverbs (4.2): hard by its tag only
    assert _score(word, "ADV") is None
    assert _score(word, "NOUN") is None


@pytest.mark.parametrize("word", ["kortweg", "overdag", "tegelijkertijd", "tussentijds", "huiswaarts",
                                  "stapsgewijs", "grotendeels", "bovendien"])
def test_adverbs_made_of_parts_stay_adverbs(word):
    from duidelijk.rules.difficult_words import mistagged_compound_noun

    assert not mistagged_compound_noun(word)


@pytest.mark.parametrize("word", ["tussentijds", "huiswaarts"])
def test_formal_adverbs_made_of_parts_stay_hard(word):
    assert _score(word, "ADV") is not None
