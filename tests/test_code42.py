"""Code-shape mend of the forty-second session (code42), behaviour unchanged: one helper,
``duidelijk.wordlists.words(name, column="word", **where)``, builds the set of one column of a
word list (of the rows whose columns hold the given values), cached per arguments. The cached
loaders that modules and tests import keep their names and call it."""

import importlib

import pytest

from duidelijk import wordlists
from conftest import codes


def test_words_reads_the_word_column_by_default():
    rows = wordlists.load("never_twice")
    assert wordlists.words("never_twice") == frozenset(r["word"] for r in rows)
    assert "de" in wordlists.words("never_twice")


def test_words_reads_another_column():
    verbs = wordlists.words("zijn_verbs", "verb")
    assert "verhuizen" in verbs and "aankomen" in verbs
    assert "" not in verbs


def test_where_keeps_only_the_rows_with_that_value():
    # wordlists/zijn_verbs.tsv: "vergeten" takes "zijn" only with a person as subject
    person = wordlists.words("zijn_verbs", "verb", subject="person")
    assert "vergeten" in person
    assert "verhuizen" not in person


def test_an_empty_value_means_an_empty_cell():
    plain = wordlists.words("zijn_verbs", "verb", subject="")
    assert "verhuizen" in plain
    assert "vergeten" not in plain
    assert plain | wordlists.words("zijn_verbs", "verb", subject="person") <= wordlists.words("zijn_verbs", "verb")


def test_several_conditions_must_all_hold():
    # wordlists/motion_verbs.tsv: "gaan" moves and takes no object after "kapot"; "lopen" does not
    breaking = wordlists.words("motion_verbs", "verb", kind="beweging", breaks="ja")
    assert "gaan" in breaking
    assert "lopen" not in breaking
    assert breaking <= wordlists.words("motion_verbs", "verb", kind="beweging")
    assert not wordlists.words("motion_verbs", "verb", kind="verandering", breaks="nee")


def test_a_value_no_row_has_gives_an_empty_set():
    assert wordlists.words("rhythm_words", kind="no such kind") == frozenset()


def test_an_unknown_column_is_an_error():
    with pytest.raises(KeyError):
        wordlists.words("never_twice", "no_such_column")
    with pytest.raises(KeyError):
        wordlists.words("never_twice", no_such_column="x")


def test_words_is_cached_per_arguments():
    assert wordlists.words("web_places") is wordlists.words("web_places")
    assert wordlists.words("rhythm_words", kind="unit") is wordlists.words("rhythm_words", kind="unit")
    assert wordlists.words("rhythm_words", kind="unit") != wordlists.words("rhythm_words", kind="adverb")


#: (module, loader, arguments of ``words``) of loaders that now call the helper
LOADERS = [
    ("duidelijk.names", "_time_nouns", ("adverbial_nouns", "noun"), {}),
    ("duidelijk.phrases", "_adverbial_nouns", ("adverbial_nouns", "noun"), {}),
    ("duidelijk.rules.passive", "zijn_verbs", ("zijn_verbs", "verb"), {"subject": ""}),
    ("duidelijk.rules.passive", "transport_bases", ("motion_verbs", "verb"), {"kind": "beweging", "carries": "ja"}),
    ("duidelijk.rules.passive", "time_units", ("rhythm_words",), {"kind": "unit"}),
    ("duidelijk.rules.difficult_words", "_moving_verbs", ("motion_verbs", "verb"), {"kind": "beweging"}),
    ("duidelijk.rules.slips", "_amount_nouns", ("part_words",), {"kind": "noun"}),
    ("duidelijk.dictionary", "frame_heads", ("frame_heads", "noun"), {}),
    ("duidelijk.rules.jargon", "buildings", ("buildings",), {}),
]


@pytest.mark.parametrize("module, loader, args, where", LOADERS)
def test_loaders_keep_their_names_and_share_the_helpers_set(module, loader, args, where):
    got = getattr(importlib.import_module(module), loader)()
    assert got and got is wordlists.words(*args, **where)


def test_lists_of_one_kind_still_name_unknown_kinds():
    from duidelijk.rules.jargon import per_date_words

    assert "stoppen" in per_date_words("stop_verb")
    assert "stoppen" not in per_date_words("stop_noun")
    with pytest.raises(KeyError):
        per_date_words("no such kind")


def test_question_words_keep_their_four_parts():
    from duidelijk.rules.jargon import _question_words

    verbs, tell, nouns, make = _question_words()
    assert tell <= verbs
    assert verbs == wordlists.words("question_words", kind="verb") | wordlists.words("question_words", kind="tell")
    assert nouns == wordlists.words("question_words", kind="noun")
    assert make == wordlists.words("question_words", kind="make")


def test_a_state_after_zijn_is_still_no_passive_and_a_passive_still_is(check):
    # sentences written for this test: "verhuisd" takes "zijn" (zijn_verbs), "gesloten" is a state
    assert codes(check("Mijn buurman is vorige maand verhuisd.", select="DD102"), "DD102") == []
    assert codes(check("Het loket is op maandag gesloten.", select="DD102"), "DD102") == []
    assert codes(check("Uw aanvraag wordt door de gemeente beoordeeld.", select="DD102"), "DD102")
