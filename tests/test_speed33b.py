"""Shortcuts of the speed33b helper (thirty-third session): each is a cheap test that says "no"
only where the slower search it guards finds nothing. Each test holds the fast way to the old
answer (the guard forced open), on the example letters and on sentences written for it.

- ``jargon.verb_last_may`` (DD103): the four searches for a listed verb with its preposition
  ("waarop ... betrekking heeft", "Hierop heeft de brief betrekking", "Op welke locatie heeft
  de melding betrekking?", "Daar hebben wij geen behoefte aan") run only in a sentence that
  holds the verb and the words before it of one such expression."""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.phrases import span_keys
from duidelijk.readers import text_document
from duidelijk.rules import jargon

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# each found by one of the four searches (the search's name after the sentence)
VERB_LAST_FOUND = [
    ("Hierop heeft de brief betrekking.", "fronted_r_word_matches"),
    ("Hieraan voldoet uw aanvraag niet.", "fronted_r_word_matches"),
    ("Op welke locatie heeft de melding betrekking?", "question_matches"),
    ("Wij weten niet tot welke groep u behoort.", "r_word_matches"),
    ("Daar hebben wij geen behoefte aan.", "split_r_word_matches"),
]
# a pointing word, "welke" or a question, but no listed expression whole: nothing to find
VERB_LAST_NONE = [
    "Waarop wacht u nog?",
    "Daar staat de auto.",
    "Hier vindt u de formulieren.",
    "Op welke dag komt u?",
    "Wij hebben daar geen tijd voor.",  # 'hebben' of "behoefte hebben aan", without 'behoefte'
    "Dit is het huis waarin wij wonen.",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + \
        [s for s, _ in VERB_LAST_FOUND] + VERB_LAST_NONE


def _findings(nlp, texts, settings):
    config = Config.from_dict(settings)
    docs = [text_document(t, None, config.placeholders) for t in texts]
    return [[(f.code, f.start, f.end, f.severity, f.message) for f in r.findings]
            for r in analyse(docs, config, nlp)]


def _searches(index, doc) -> dict[str, list]:
    tokens = [t for t in doc if not t.is_space]
    return {f.__name__: list(f(index, tokens, set())) for f in (
        jargon.r_word_matches, jargon.fronted_r_word_matches, jargon.question_matches, jargon.split_r_word_matches)}


def test_verb_last_may_says_no_only_where_the_four_searches_find_nothing(nlp):
    index = jargon.jargon_index()
    for text, search in VERB_LAST_FOUND:
        doc = nlp(text)
        assert _searches(index, doc)[search], text  # the sentence is one that search finds
        assert jargon.verb_last_may(index, span_keys(doc, 0, len(doc))), text
    said_no = 0
    for text in VERB_LAST_NONE + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]:
        doc = nlp(text)
        for sent in doc.sents:
            may = jargon.verb_last_may(index, span_keys(doc, sent.start, sent.end))
            if not may:
                said_no += 1
                sub = doc[sent.start:sent.end].as_doc()
                assert not any(_searches(index, sub).values()), sent.text
    assert said_no > 20
    # both ways on sentences written for it
    for text in ("Daar staat de auto.", "Wij hebben daar geen tijd voor.", "Waarop wacht u nog?"):
        doc = nlp(text)
        assert not jargon.verb_last_may(index, span_keys(doc, 0, len(doc))), text


def test_verb_last_may_needs_every_word_of_one_expression():
    index = jargon.jargon_index()
    assert jargon.verb_last_may(index, frozenset({"hierop", "heeft", "hebben", "de", "brief", "betrekking"}))
    assert not jargon.verb_last_may(index, frozenset({"hierop", "heeft", "hebben", "de", "brief"}))  # no 'betrekking'
    assert not jargon.verb_last_may(index, frozenset({"hierop", "heeft", "de", "brief", "betrekking"}))  # no 'hebben'
    assert jargon.verb_last_may(index, frozenset({"waaraan", "voldoen", "u"}))  # 'voldoen aan': the verb alone


@pytest.mark.parametrize("settings", [{}, {"select": ["DD103"]}])
def test_dd103_finds_the_same_with_the_verb_last_test_open(nlp, monkeypatch, settings):
    texts = _texts()
    fast = _findings(nlp, texts, settings)
    monkeypatch.setattr(jargon, "verb_last_may", lambda index, present: True)
    assert fast == _findings(nlp, texts, settings)
    found = [f for report in fast for f in report if f[0] == "DD103"]
    assert any("betrekking" in f[4] for f in found) and any("behoefte" in f[4] for f in found)
