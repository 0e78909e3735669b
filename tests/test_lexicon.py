"""Lexicon features for the tagger (duidelijk/training/lexicon.py)."""

import pytest

pytest.importorskip("spacy_lookups_data")

from duidelijk.training.lexicon import build_features, build_vectors, feature_names  # noqa: E402


def _flags(word):
    names = feature_names()
    _, matrix = build_features(words=[word])
    return {names[i] for i in matrix[0].nonzero()[0]}


def test_inflected_noun_is_traced_to_its_lemma():
    flags = _flags("tafels")
    assert {"lookup_lemma_noun", "rule_noun", "form_is_inflected", "known"} <= flags
    assert "lookup_lemma_verb" not in flags and "lemma_verb" not in flags


def test_irregular_verb_form():
    flags = _flags("liep")
    assert "lookup_lemma_verb" in flags
    assert "lookup_lemma_noun" not in flags


def test_english_word_is_marked_as_more_english_than_dutch():
    assert "en_more_than_nl" in _flags("the")
    assert "en_more_than_nl" not in _flags("gemeente")


def test_unknown_word_has_no_lexicon_flags():
    flags = _flags("xqzvkw")
    assert flags == {"nl_zipf_0", "en_zipf_0"}


def test_exactly_one_frequency_band_per_language():
    names = feature_names()
    _, matrix = build_features(words=["de", "gemeente", "bezwaarschrift", "xqzvkw"])
    for row in matrix:
        on = [names[i] for i in row.nonzero()[0]]
        assert sum(n.startswith("nl_zipf_") for n in on) == 1
        assert sum(n.startswith("en_zipf_") for n in on) == 1


def test_vectors_are_keyed_on_the_lower_case_form(tmp_path):
    import spacy
    from spacy.attrs import LOWER

    build_vectors(tmp_path / "vec", words=["tafels", "liep", "gemeente", "xqzvkw", "zzqxvy"])
    nlp = spacy.load(tmp_path / "vec")
    vectors = nlp.vocab.vectors
    assert vectors.attr == LOWER  # what spaCy's StaticVectors layer looks words up by
    assert vectors.shape == (4, len(feature_names()))  # the two made-up words share a row
    doc = nlp.make_doc("Tafels TAFELS tafels liep Gemeente Xqzvkw zzqxvy onbekendwoord")
    rows = vectors.find(keys=doc.to_array(LOWER)).tolist()
    assert rows[0] == rows[1] == rows[2] >= 0
    assert len({rows[0], rows[3], rows[4], rows[5]}) == 4
    assert rows[5] == rows[6] >= 0
    assert rows[7] == -1
