"""DD106's candidates read from the token table for the whole Doc (speed27b, twenty-seventh
session): the nouns in -ing that ``action_noun`` or ``further_action`` can take (``_ing_noun``,
by the lemma alone), and the places where "het" + words + an infinitive + "van" may stand
(``_het_between_places``). Each must pass over nothing the slower way finds: tested on the
example letters and on sentences written for these tests, both ways."""

from pathlib import Path

import pytest

from conftest import codes
from duidelijk.metrics import token_table
from duidelijk.rules.nominalisation import (
    _het_between_places, _ing_noun, action_noun, further_action, het_between_van)

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
SENTENCES = [
    "De beoordeling van uw bezwaar kan drie maanden duren.",
    "Wij sturen de aanvraag ter verdere behandeling door naar de afdeling.",
    "De woning aan de Kerkstraat heeft een nieuwe regeling voor de verwarming.",
    "Het zonder uw toestemming doorgeven van uw gegevens is niet toegestaan.",
    "Wij zijn tegen het zonder toestemming doorgeven van uw gegevens aan anderen.",
    "Het snel afhandelen van uw aanvraag is ons doel.",
    "Het huis van mijn buren staat leeg.",
    "U kunt het morgen ophalen van negen tot vijf.",
    "Na de vergadering van de raad volgt de stemming over het plan.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + SENTENCES
    return list(nlp.pipe(texts))


def test_ing_noun_keeps_every_noun_the_two_patterns_can_take(docs):
    kept = dropped = 0
    for doc in docs:
        facts = token_table(doc).facts
        for tok in doc:
            if tok.pos_ != "NOUN" or not tok.lower_.endswith("ing"):
                assert not _ing_noun(facts[tok.i], None)
                continue
            if _ing_noun(facts[tok.i], None):
                kept += 1
            else:
                dropped += 1  # neither pattern may take it, wherever it stands
                assert action_noun(tok) is None and further_action(tok) is None, tok.text
    assert kept and dropped  # both kinds occur: the test can fail either way


@pytest.mark.parametrize("sentence, expected", [
    ("De beoordeling van uw bezwaar kan drie maanden duren.", {"beoordeling": True}),
    # a concrete noun ("woning", "verwarming"), no verb ("afdeling") / an abstract noun of a verb
    ("De woning van de afdeling krijgt een nieuwe verwarming en een regeling voor de betaling.",
     {"woning": False, "afdeling": False, "verwarming": False, "regeling": True, "betaling": True}),
])
def test_ing_noun_by_lemma(nlp, sentence, expected):
    doc = nlp(sentence)
    facts = token_table(doc).facts
    got = {t.lower_: bool(_ing_noun(facts[t.i], None)) for t in doc if t.lower_ in expected}
    assert got == expected


def _places(doc):
    table = token_table(doc)
    return _het_between_places(table, table.punct_or_space(), doc.vocab.strings)


def test_het_between_places_hold_every_match(docs):
    with_match = without = 0
    for doc in docs:
        places = set(_places(doc))
        skipped = token_table(doc).punct_or_space()
        for sent in doc.sents:
            tokens = [t for t in sent if not skipped[t.i]]
            found = [van.i for _, _, van in het_between_van(tokens)]
            assert set(found) <= places, sent.text
            with_match += bool(found)
            without += not found
    assert with_match and without


@pytest.mark.parametrize("sentence, place", [
    ("Wij zijn tegen het zonder toestemming doorgeven van uw gegevens aan anderen.", True),
    # "het" the subject of the sentence, not the infinitive's article
    ("Het zonder uw toestemming doorgeven van uw gegevens is niet toegestaan.", False),
    ("Het snel afhandelen van uw aanvraag is ons doel.", True),
    ("Het huis van mijn buren staat leeg.", False),  # no word in -en before "van"
    ("Het indienen van een bezwaar kost niets.", False),  # nothing between "het" and the infinitive
])
def test_het_between_places_both_ways(nlp, sentence, place):
    assert bool(_places(nlp(sentence))) is place


def test_dd106_findings_with_the_places(check):
    found = codes(check("Wij zijn tegen het zonder toestemming doorgeven van uw gegevens aan anderen. "
                        "Het huis van mijn buren staat leeg.", select=["DD106", "DD118"]))
    assert [f.text for f in found] == ["het zonder toestemming doorgeven van"]
