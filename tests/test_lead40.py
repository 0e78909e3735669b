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


# --- DD119: a bare object and its verb are one act --------------------------------------------
def _dd119(check, text):
    return [text[f.start:f.end] for f in check(text).findings if f.code == "DD119"]


@pytest.mark.parametrize("text", [
    "U heeft bezwaar gemaakt tegen de hoogte van uw aanslag. Hierop hebben wij nog niet beslist.",
    "U heeft beroep ingesteld tegen het besluit over uw uitkering. Hierop beslist de rechter.",
])
def test_the_phrase_of_a_bare_object_is_part_of_the_act(check, text):
    assert _dd119(check, text) == []


@pytest.mark.parametrize("text", [
    # an object with an article is a thing of its own, and so is the noun of the phrase
    "U heeft het formulier ingevuld met een pen. Hierop ontbreekt uw handtekening.",
])
def test_an_object_with_an_article_is_not_joined(check, text):
    assert _dd119(check, text) == ["Hierop"]
