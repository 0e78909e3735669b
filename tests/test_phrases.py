"""Match keys are made once per Doc and shared by every rule and word list (issue 14)."""

from __future__ import annotations

from duidelijk.phrases import PhraseIndex, doc_keys, token_keys


def test_keys_are_made_once_per_doc_and_shared(nlp):
    doc = nlp("Wij sturen u de stukken zo snel mogelijk toe. Wij delen hem met niemand.")
    table = doc_keys(doc)
    assert len(table) == len(doc)
    assert doc_keys(doc) is table  # the second rule reads the same table
    assert token_keys(doc[1]) is table[1]
    other = nlp("Wij sturen u de stukken toe.")
    assert doc_keys(other) is not table


def test_keys_hold_the_separable_verb_only_with_its_particle(nlp):
    doc = nlp("Wij sturen u de stukken zo snel mogelijk toe.")
    assert "toesturen" in token_keys(doc[1])
    assert "sturen" in token_keys(doc[1])
    doc = nlp("Wij delen hem met niemand.")
    assert "meedelen" not in token_keys(doc[1])  # the particle guard
    assert "delen" in token_keys(doc[1])


def test_keys_of_an_inflected_participle(nlp):
    doc = nlp("Laat onderstaande code zien.")
    keys = token_keys(doc[1])
    assert "onderstaande" in keys and "onderstaand" in keys
    assert "onderstaan" not in token_keys(nlp("Laat de code zien.")[1])


def test_index_matches_a_verb_expression_with_words_between(nlp):
    index = PhraseIndex([("dienen te", ["moeten"]), ("teneinde", ["om"])])
    doc = nlp("U dient het formulier voor 1 mei te sturen teneinde een besluit te krijgen.")
    hits = [(" ".join(t.text for t in found), alts) for found, alts in index.matches(list(doc))]
    assert hits == [("dient te", ["moeten"]), ("teneinde", ["om"])]
    assert list(index.matches(list(nlp("U moet het formulier voor 1 mei sturen.")))) == []
