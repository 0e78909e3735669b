"""The lead's changes of the fortieth session (2026-12-06)."""

import pytest

from duidelijk.structure import person_noun, person_word


# --- '-aar' is a person ending only after l, r, n or d ---------------------------------------
@pytest.mark.parametrize("word", ["behandelaar", "ambtenaar", "eigenaar", "leraar", "zondaar", "bedelaar",
                                  "ambtenaren", "eigenaars", "luisteraars", "handelaren"])
def test_a_person_in_aar(word):
    assert person_noun(word)


@pytest.mark.parametrize("word", ["bezwaar", "bezwaren", "gevaar", "gevaren", "koopwaar", "voorjaar",
                                  "boekjaar", "belastingjaar", "najaar"])
def test_a_thing_that_ends_in_aar(word):
    assert not person_noun(word)


def test_person_word_reads_the_parse(nlp):
    doc = nlp("De behandelaar las het bezwaar van de eigenaar.")
    by_word = {t.lower_: person_word(t) for t in doc}
    assert by_word["behandelaar"] and by_word["eigenaar"]
    assert not by_word["bezwaar"]
