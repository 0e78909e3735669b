"""duidelijk_aux_verb: AUX/VERB made to agree with the parse."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from duidelijk.auxverb import COMPONENT, aux_verb_from_parse


def parsed(words, pos, heads, deps) -> Doc:
    return Doc(Vocab(), words=words, pos=pos, heads=heads, deps=deps)


def test_aux_heading_its_clause_becomes_verb():
    doc = parsed(["Zij", "hebben", "een", "huis"], ["PRON", "AUX", "DET", "NOUN"], [1, 1, 3, 1],
                 ["nsubj", "ROOT", "det", "obj"])
    assert [t.pos_ for t in aux_verb_from_parse(doc)] == ["PRON", "VERB", "DET", "NOUN"]


def test_verb_attached_as_auxiliary_becomes_aux():
    doc = parsed(["Zij", "hebben", "gebeld"], ["PRON", "VERB", "VERB"], [2, 2, 2], ["nsubj", "aux", "ROOT"])
    assert [t.pos_ for t in aux_verb_from_parse(doc)] == ["PRON", "AUX", "VERB"]


@pytest.mark.parametrize("dep", ["aux", "aux:pass", "cop", "conj"])
def test_aux_in_its_place_stays(dep):
    doc = parsed(["brief", "wordt", "verstuurd"], ["NOUN", "AUX", "VERB"], [2, 2, 2], ["nsubj:pass", dep, "ROOT"])
    assert doc[1].pos_ == "AUX"
    assert aux_verb_from_parse(doc)[1].pos_ == "AUX"


def test_other_words_untouched():
    doc = parsed(["Ik", "loop", "snel"], ["PRON", "VERB", "ADV"], [1, 1, 1], ["nsubj", "ROOT", "advmod"])
    assert [t.pos_ for t in aux_verb_from_parse(doc)] == ["PRON", "VERB", "ADV"]


def test_in_the_loaded_pipeline(nlp):
    assert COMPONENT in nlp.pipe_names
    assert nlp.pipe_names.index(COMPONENT) > nlp.pipe_names.index("parser")
    main = nlp("Zij hebben een huis in Enschede.")
    assert main[1].pos_ == "VERB"
    aux = nlp("Zij hebben gisteren gebeld.")
    assert aux[1].pos_ == "AUX" and aux[1].dep_ == "aux"
    # "Ik word morgen 40" is not passive: "word" is the main verb
    age = nlp("Ik word morgen 40.")
    assert age[1].pos_ == "VERB" and age[1].dep_ != "aux:pass"
    passive = nlp("De brief wordt morgen verstuurd.")
    assert passive[2].pos_ == "AUX" and passive[2].dep_ == "aux:pass"


def test_not_added_to_a_pipeline_without_ud_labels():
    import spacy

    from duidelijk.auxverb import add_aux_verb

    blank = spacy.blank("nl")
    add_aux_verb(blank)
    assert COMPONENT not in blank.pipe_names


def test_whitespace_gets_space_whatever_the_tagger_guessed():
    import spacy

    doc = Doc(spacy.blank("nl").vocab, words=["Hoe", "eerder", "\n  ", "hoe", "beter"], pos=["ADV", "ADV", "VERB", "ADV", "ADJ"],
              spaces=[True, False, False, True, False], heads=[1, 4, 4, 4, 4],
              deps=["advmod", "advmod", "ROOT", "advmod", "ROOT"])
    out = aux_verb_from_parse(doc)
    assert out[2].pos_ == "SPACE"
    assert [t.pos_ for t in out if not t.is_space] == ["ADV", "ADV", "ADV", "ADJ"]
