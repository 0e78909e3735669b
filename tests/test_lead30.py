"""The lead's mend of the thirtieth session: DD104's reading of a new three-part compound by
its parts (``grouped_by_parts_familiarity``) is only for compounds written Dutch does not know
as a whole, made of pieces that are words. A loanword the splitter cuts into pieces
('indicatoren': 'indi' + 'cat' + 'oren') keeps its own frequency."""

import pytest

import duidelijk
from duidelijk.config import Config
from duidelijk.rules.difficult_words import grouped_by_parts_familiarity


def _dd104(text: str) -> set[str]:
    # DD104's own verdict: a word on DD103's list (since the thirty-third session also field
    # terms such as 'indicator') is named by DD103 and left by DD104 when both run
    config = Config.from_dict({"ignore": ["DD103"]})
    return {text[f.start:f.end].lower() for f in duidelijk.check_text(text, config).findings if f.code == "DD104"}


@pytest.mark.parametrize("text, word", [
    ("De indicatoren laten zien hoe het gaat.", "indicatoren"),
    ("Wij kijken naar de indicatoren van de wijk.", "indicatoren"),
])
def test_a_known_loanword_cut_into_pieces_keeps_its_own_frequency(text, word):
    assert grouped_by_parts_familiarity(word) == -1.0
    assert word in _dd104(text)


@pytest.mark.parametrize("text, word", [
    ("Het stadspasjaar begint op 1 juli.", "stadspasjaar"),
    ("Het museumpasjaar eindigt in de zomer.", "museumpasjaar"),
])
def test_a_new_compound_of_plain_words_is_still_read_by_its_parts(text, word):
    assert grouped_by_parts_familiarity(word) > 4.0
    assert word not in _dd104(text)


# a plural is as familiar as its singular ------------------------------------------------------

@pytest.mark.parametrize("plural, singular", [
    ("Er hangen twee rookmelders in huis.", "Er hangt een rookmelder in huis."),
    ("Er hangen twee brandmelders in de gang.", "Er hangt een brandmelder in de gang."),
])
def test_a_plural_whose_singular_is_known_is_known(plural, singular):
    # the splitter reads the plural's head apart ('melders': 'meld' + 'ers'); the singular's
    # compound reading holds for the plural too
    assert not _dd104(singular)
    assert not _dd104(plural)


@pytest.mark.parametrize("plural, word", [
    ("Wij verkopen de kavels aan bewoners.", "kavels"),
    ("De indicatoren laten zien hoe het gaat.", "indicatoren"),
])
def test_a_plural_whose_singular_is_hard_stays_hard(plural, word):
    assert word in _dd104(plural)


# the word list's words that start with a prefix, read from its sorted text (no second sorted
# copy of the list) ----------------------------------------------------------------------------

def test_words_starting_reads_the_same_words_as_a_sorted_list():
    import bisect

    from duidelijk.lexicon import FrequencyTable

    words = sorted({"a", "aa", "ab", "abc", "abd", "b", "ba", "café", "cafés", "caféstoel", "d", "zz"}
                   | {f"w{i:04d}" for i in range(300)})  # more than one block of 64 words
    table = FrequencyTable(words, [1] * len(words))
    for prefix in ["", "a", "ab", "abc", "abe", "b", "café", "cafés", "w0", "w01", "w0299", "w03", "x", "zz", "zzz"]:
        k = bisect.bisect_left(words, prefix)
        expected = []
        while k < len(words) and words[k].startswith(prefix):
            expected.append(words[k])
            k += 1
        assert list(table.words_starting(prefix)) == expected, prefix
    table._as_dict()  # a table that has become a dict keeps its sorted text for this
    assert list(table.words_starting("ab")) == ["ab", "abc", "abd"]


def test_starts_a_word_reads_the_word_list_itself():
    from duidelijk import dictionary

    if dictionary._words() is None:
        pytest.skip("no OpenTaal word list on this machine")
    assert dictionary.starts_a_word("intensivecare")  # "intensivecareafdeling"
    assert dictionary.starts_a_word("rookmelder")  # the word itself
    assert not dictionary.starts_a_word("innatura")
    assert not dictionary.starts_a_word("schommelin")  # "schommelingen": the rest "gen" is no head
    assert not hasattr(dictionary, "_sorted_words")
