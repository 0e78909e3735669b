"""DD106's candidates read from the token table for the whole Doc (speed27b, twenty-seventh
session): the nouns in -ing that ``action_noun`` or ``further_action`` can take (``_act_noun``,
by the lemma alone), and the places where "het" + words + an infinitive + "van" may stand
(``_het_between_places``). Each must pass over nothing the slower way finds: tested on the
example letters and on sentences written for these tests, both ways."""

from pathlib import Path

import pytest

from conftest import codes
from duidelijk.metrics import token_table
from duidelijk.rules.nominalisation import (
    _het_between_places, _act_noun, action_noun, further_action, het_between_van)

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
            # (since the fortieth session, rules40d, nouns of action not in -ing too: "selectie",
            # "inzet"; the same holds for every noun)
            if tok.pos_ != "NOUN":
                assert not _act_noun(facts[tok.i], None)
                continue
            if _act_noun(facts[tok.i], None):
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
    got = {t.lower_: bool(_act_noun(facts[t.i], None)) for t in doc if t.lower_ in expected}
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


PATTERN_SENTENCES = [
    "Wij nemen uw aanvraag in behandeling.", "De betaling vindt plaats na ontvangst van het formulier.",
    "Wij gaan over tot betaling van het bedrag.", "Bij het indienen van een bezwaar moet u de datum noemen.",
    "Het indienen van een bezwaar kost niets.", "U kunt een melding doen via de website.",
    "Wij voeren de controle uit in mei.", "De gemeente geeft toestemming voor de bouw.",
    "Wij maken gebruik van uw gegevens.", "Wij gaan, na overleg, over tot uitvoering.", "Wij zijn tegen het zonder toestemming doorgeven van uw gegevens.",
]


def _patterns(nlp, sentence):
    from duidelijk.phrases import doc_keys, span_keys
    from duidelijk.rules.nominalisation import (_VERB_OR_PARTICLE, _het_van_places, _light_verb_places,
                                                _patterns_here, light_particle_heads)

    doc = nlp(sentence)
    table = token_table(doc)
    keys_of = doc_keys(doc)
    heads = light_particle_heads(table, doc.vocab.strings["compound:prt"])
    verbs = _VERB_OR_PARTICLE.of(table).nonzero()[0].tolist()
    het_van = _het_van_places(table, table.punct_or_space(), doc.vocab.strings["het"])
    light = _light_verb_places(verbs, table.facts, keys_of, heads)
    return _patterns_here(span_keys(doc, 0, len(doc)), table.facts, keys_of, verbs, bool(het_van), bool(light))


@pytest.mark.parametrize("sentence, expected", [
    ("Het indienen van een bezwaar kost niets.", (True, False, False)),  # "het ... van" only
    ("Wij gaan over tot betaling van het bedrag.", (False, False, True)),  # "gaan ... over": "overgaan"
    # "over" not parsed as the verb's particle: only the particle word after the verb tells
    ("Wij gaan, na overleg, over tot uitvoering.", (False, False, True)),
    ("U kunt een melding doen via de website.", (False, False, True)),  # a light verb by its own keys
    ("Wij maken gebruik van uw gegevens.", (False, True, False)),  # an expression of the list
    ("Het huis van mijn buren staat leeg.", (False, False, False)),
])
def test_patterns_here_apart(nlp, sentence, expected):
    assert _patterns(nlp, sentence) == expected


def test_dd106_finds_with_the_places_what_it_finds_on_every_sentence(nlp, monkeypatch):
    """``base.PREFILTER = False``: every sentence through ``_may_match`` and all three
    patterns, "het ... between ... van" wherever "het" and "van" stand."""
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document
    from duidelijk.rules import base

    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + [" ".join(SENTENCES + PATTERN_SENTENCES)]

    def findings(prefilter):
        monkeypatch.setattr(base, "PREFILTER", prefilter)
        config = Config(select=["DD106", "DD118"])
        return [[(f.code, f.start, f.end, f.message) for f in r.findings]
                for r in analyse([text_document(t) for t in texts], config, nlp)]

    with_places = findings(True)
    assert with_places == findings(False)
    assert sum(len(r) for r in with_places) >= 5  # the patterns are reached
