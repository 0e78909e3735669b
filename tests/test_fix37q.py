"""The plural of a noun that is no compound is no compound either (fix37q, issue 13).

A Dutch compound inflects on its head, so the head of a plural is the head of its singular
plus the ending. "boodschappen" is the plural of "boodschap", which has no part "chap": the
split "boods" + "chappen" made a word of a scrap ("chappen" passed as a rare word). So when a
word is a form of a noun of the word list and its last part would start four letters before
that noun ends, those four letters must be a part themselves. A true compound with a head of
four letters keeps its parts ("huisartsen": "arts", "speeltuinen": "tuin"). Verb forms are
not held to this: a participle is known by its verb, not as a word ("ver" + "telde").
"""

from __future__ import annotations

import pytest

from duidelijk import dictionary

# the shared fixtures: the OpenTaal word list on and off, every dictionary cache emptied;
# the word list on only
from test_dictionary import mode  # noqa: F401
from test_fix37p import word_list  # noqa: F401

# plurals of nouns made with a suffix, which the splitter cut into a word and a scrap
NO_COMPOUNDS = [
    "boodschappen", "eigenschappen", "vriendschappen", "zwangerschappen", "gereedschappen",
    "apparaten", "managers", "mineralen", "veiligheids", "gezondheids",
]

# true compounds whose head has four letters (the rest that is held to being a part)
COMPOUNDS = [
    ("huisartsen", ("huis", "artsen")),
    ("tandartsen", ("tand", "artsen")),
    ("speeltuinen", ("speel", "tuinen")),
    ("dierentuinen", ("dieren", "tuinen")),
    ("schoolboeken", ("school", "boeken")),
    ("kinderboeken", ("kinder", "boeken")),
    ("voetbalvelden", ("voetbal", "velden")),
    ("hondenmanden", ("honden", "manden")),
    ("fietsenmakers", ("fietsen", "makers")),
    ("regenbuien", ("regen", "buien")),
    ("bankrekeningen", ("bank", "rekeningen")),
    ("afvalbakken", ("afval", "bakken")),
]


@pytest.mark.parametrize("word", NO_COMPOUNDS)
def test_the_plural_of_a_noun_that_is_no_compound_is_one_part(word_list, word):
    assert dictionary.live_compound_parts(word) == (word,)


@pytest.mark.parametrize("word, parts", COMPOUNDS)
def test_a_compound_with_a_head_of_four_letters_keeps_its_parts(mode, word, parts):
    assert dictionary.live_compound_parts(word) == parts


@pytest.mark.parametrize("word, start, cut", [
    ("boodschappen", 5, True),  # "boodschap": "chap" is no part
    ("huisartsen", 4, False),  # "huisarts": "arts" is a part
    ("vertelde", 3, False),  # a verb form: "verteld" is no noun
])
def test_in_ending_for_a_rest_of_four_letters(word_list, word, start, cut):
    assert dictionary._in_ending(word, start) is cut
