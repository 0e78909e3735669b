"""DD120's search for the common word one keystroke from a rare word (speed43b): an index of
the common words' one-letter deletions (``slips.EditIndex``) finds the same words as the look-up
of every string one keystroke away (``one_edits`` below, the search before it), at the same places (``_edit_places``:
never the first letter), with a few look-ups instead of some hundreds.

Own words, and slips made on purpose in common words of wordfreq's list (a fixed seed)."""

import random

import pytest

from duidelijk.dictionary import has_word_list
from duidelijk.rules import slips


def one_edits(word, first=1, last=None):
    """Every string one keystroke from ``word`` at the places ``first`` to ``last`` after its
    first letter: a letter left out, added, put in place of another (one of ``slips._EDIT_LETTERS``),
    or two letters next to each other swapped. DD120's search before speed43b made this set and
    looked each string up; kept here as the definition the index must agree with."""
    n = len(word)
    last = n if last is None else min(last, n)
    out = set()
    for i in range(max(first, 1), last + 1):
        if i < n:
            out.add(word[:i] + word[i + 1:])
            out.update(word[:i] + c + word[i + 1:] for c in slips._EDIT_LETTERS)
            if i + 1 < n and word[i] != word[i + 1]:
                out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
        out.update(word[:i] + c + word[i:] for c in slips._EDIT_LETTERS)
    out.discard(word)
    return out


def brute(word, first=1, last=None):
    """The words the search found before speed43b: every string one keystroke away, looked up."""
    common = slips._common_words()
    return {w for w in one_edits(word, first, last) if w in common}


# own words: slips of each kind, words near no common word, words near several, a word whose
# slip would be on the first letter, words with a diaeresis or a letter outside a-z
OWN_WORDS = [
    "kunen", "informtie", "ontvagen", "gemeentte", "ontvangne", "veilgheid", "bevoling", "zulen",
    "nuaces", "aanvarag", "beslsuit", "gemeetne", "woorden", "lopen", "kopen", "boten", "roeder",
    "ideeen", "politiele", "produkt", "parkeerplekje", "buurtapp", "overtrokken", "xqzvwy",
    "aaaaaaa", "ee", "kunnnen", "inforrmatie", "informatei", "nformatie", "iinformatie",
    "gemeente", "schoolbank", "reünie", "reunie", "cafe", "zeeën", "zeeen", "oorlogsmonument",
]


def made_slips(count=1500, seed=43):
    """Slips of one keystroke at a random place in random common words of five letters or more."""
    rng = random.Random(seed)
    common = sorted(w for w in slips._common_words() if len(w) >= 5)
    out = []
    while len(out) < count:
        w = rng.choice(common)
        i, c, kind = rng.randrange(len(w) + 1), rng.choice(slips._EDIT_LETTERS), rng.randrange(4)
        made = [w[:i] + w[i + 1:], w[:i] + c + w[i:], w[:i] + c + w[i + 1:],
                w[:i] + w[i + 1:i + 2] + w[i:i + 1] + w[i + 2:]][kind]
        if made != w:
            out.append(made)
    return out


@pytest.mark.parametrize("word", OWN_WORDS)
def test_index_finds_the_same_words_as_every_edit(word):
    assert set(slips._near_common(word)) == brute(word)
    places = slips._edit_places(word) if word else (1, 0)
    assert set(slips._near_common(word, *places)) == brute(word, *places)


def test_index_finds_the_same_words_for_many_slips():
    differ = []
    for word in made_slips():
        places = slips._edit_places(word)
        for first, last in [(1, None), places, (3, 5), (len(word), len(word))]:
            if set(slips._near_common(word, first, last)) != brute(word, first, last):
                differ.append((word, first, last))
    assert differ == []


def test_slips_made_are_found():
    # not a test of the sameness only: the index does find words, of each kind of slip
    assert "kunnen" in slips._near_common("kunen")  # a letter too few
    assert "gemeente" in slips._near_common("gemeentte")  # one too many
    assert "informatie" in slips._near_common("informtie")
    assert "ontvangen" in slips._near_common("ontvangne")  # two swapped
    assert "gemeente" in slips._near_common("gemeenpe")  # one changed
    assert slips._near_common("xqzvwyk") == []


@pytest.mark.parametrize("word, other, first, last, expected", [
    ("kunen", "kunnen", 1, None, True),
    ("kunen", "kunnen", 3, 3, True),  # the n added after the n: either place will do
    ("kunen", "kunnen", 4, 5, False),
    ("informtie", "informatie", 1, None, True),
    ("informtie", "informatie", 1, 4, False),  # the a goes at place 6
    ("ontvangne", "ontvangen", 7, 7, True),  # the swap at place 7
    ("ontvangne", "ontvangen", 8, 8, False),
    ("roeder", "moeder", 1, None, False),  # never the first letter
    ("nformatie", "informatie", 1, None, False),  # a first letter left out
    ("ideeen", "ideeën", 1, None, False),  # no ë typed in place of an e
    ("ideeën", "ideeen", 1, None, True),  # an ë is a letter like any other to leave out or change
    ("gemeente", "gemeente", 1, None, False),  # a word is no slip of itself
    ("kopen", "lopen", 1, None, False),
    ("kopen", "koper", 1, None, True),
    ("aanvarag", "aanvraag", 1, None, True),
    ("aanvarag", "aanvraag", 4, 4, True),  # the swap of a and r at place 4
    ("aanvarag", "aanvraag", 5, 7, False),
])
def test_one_keystroke(word, other, first, last, expected):
    assert slips._one_keystroke(word, other, first, last) is expected
    assert (other in one_edits(word, first, last)) is expected


def test_stored_index_reads_back_and_a_damaged_one_is_refused():
    index = slips._edit_index()
    arrays = index.to_store()
    again = slips.EditIndex.from_stored(arrays)
    assert again.words == index.words and again.backwards == index.backwards
    for word in ["kunen", "informtie", "gemeentte", "xqzvwyk"]:
        assert again.near(word) == index.near(word)
    with pytest.raises(ValueError):
        slips.EditIndex.from_stored(arrays | {"runs": arrays["runs"][:-1]})
    with pytest.raises(ValueError):
        slips.EditIndex.from_stored(arrays | {"owners": arrays["owners"][:-1]})
    with pytest.raises(KeyError):
        slips.EditIndex.from_stored({k: v for k, v in arrays.items() if k != "hashes"})


def test_index_of_few_words():
    index = slips.EditIndex.build({"kunnen", "zullen", "gemeente", "één"})
    assert index.words == ["gemeente", "kunnen", "zullen", "één"]
    assert index.backwards == sorted(w[::-1] for w in index.words)
    assert index.near("kunen") == {"kunnen"}
    assert index.near("zulen") == {"zullen"}
    assert index.near("gemeetne") == {"gemeente"}
    assert index.near("gunnen") == set()  # the first letter is no place for a slip
    assert index.near("éen") == {"één"}  # found (``_one_keystroke`` turns it down: no é typed)
    assert slips._one_keystroke("éen", "één") is False
    # near gives the words that may be one keystroke away at those places (with the word itself
    # among its deletions, 'kunnen' may be): ``_one_keystroke`` decides (the n is missing at 2 or 3)
    assert index.near("kunen", 4, 5) == {"kunnen"}
    assert not slips._one_keystroke("kunen", "kunnen", 4, 5)
    assert index.near("zulen", 4, 5) == {"zullen"} and slips._one_keystroke("zulen", "zullen", 3, 5)
    assert index.near("kunen", 1, 0) == set()


def test_index_is_made_only_when_a_rare_word_needs_it():
    search = slips.one_edit_slip.__wrapped__  # without the answers remembered
    slips._edit_index.cache_clear()
    try:
        assert search("gemeente") == ""  # a word of the list: no search
        assert search("ziek") == ""  # too short
        assert slips._edit_index.cache_info().currsize == 0
        if has_word_list():
            assert search("informtie") == "informatie"
            assert slips._edit_index.cache_info().currsize == 1
    finally:
        slips._edit_index.cache_clear()


def test_sentences_with_and_without_slips(check):
    if not has_word_list():
        pytest.skip("needs the OpenTaal word list (hunspell-nl)")
    text = "Wij hebben uw brief ontvagen. De gemeente stuurt u binnen zes weken een besluit."
    found = [(text[f.start:f.end], list(f.suggestions or [])) for f in check(text).findings if f.code == "DD120"]
    assert found == [("ontvagen", ["ontvangen"])]
    text = "Wij hebben uw brief ontvangen. De gemeente stuurt u binnen zes weken een besluit."
    assert [f for f in check(text).findings if f.code == "DD120"] == []
