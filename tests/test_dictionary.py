"""duidelijk.dictionary: real words, compound parts and familiarity, with and without the
OpenTaal word list (Debian package hunspell-nl)."""

import pytest

from duidelijk import dictionary


def _reset():
    for fn in (dictionary._words, dictionary.exists, dictionary.exists_inflected, dictionary._part_ok,
               dictionary.compound_parts, dictionary._split, dictionary.lemma_zipf, dictionary.familiarity):
        fn.cache_clear()


@pytest.fixture(params=["word list", "wordfreq only"])
def mode(request, monkeypatch):
    if request.param == "word list":
        if not any(__import__("os").path.exists(p) for p in dictionary.DIC_PATHS):
            pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
        monkeypatch.delenv("DUIDELIJK_OPENTAAL", raising=False)
    else:
        monkeypatch.setenv("DUIDELIJK_OPENTAAL", "")
    _reset()
    yield request.param
    _reset()


@pytest.mark.parametrize("word, first, last", [
    ("vergunningverlening", "vergunning", "verlening"),
    ("klimaatadaptatie", "klimaat", "adaptatie"),
    ("parkeervergunning", "parkeer", "vergunning"),
    ("voorbeeldbrieven", "voorbeeld", "brieven"),
])
def test_compounds_split_into_real_parts_in_order(mode, word, first, last):
    parts = dictionary.compound_parts(word)
    assert parts[0] == first and parts[-1] == last
    assert "".join(parts) == word


@pytest.mark.parametrize("word", ["belanghebbenden", "maatschappelijke"])
def test_no_nonsense_parts(mode, word):
    parts = dictionary.compound_parts(word)
    assert not {"den", "tie", "ada", "heb", "benden"} & set(parts)


def test_the_word_list_is_used_when_present(mode):
    assert dictionary.has_word_list() == (mode == "word list")


@pytest.mark.parametrize("easy, hard", [
    (("parkeren", "parkeren", "VERB"), ("prolongeren", "prolongeren", "VERB")),
    (("inlogt", "inlgen", "VERB"), ("doorberekenen", "doorberekenen", "VERB")),
    (("parkeervergunning", "parkeervergunning", "NOUN"), ("onverkort", "onverkort", "ADJ")),
])
def test_familiarity_knows_dutch(mode, easy, hard):
    """Summed over forms, the lemma found from the form when the lemmatizer errs ("inlgen"),
    particle verbs as one unit ("doorberekenen" is rare although "berekenen" is not)."""
    assert dictionary.familiarity(*easy) >= 3.5 > dictionary.familiarity(*hard)


def test_part_names_drop_the_linking_s(mode):
    assert dictionary.part_word("bestemmings") == "bestemming"
    assert dictionary.part_word("onroerende") == "onroerende"
