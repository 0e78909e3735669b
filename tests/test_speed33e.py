"""Shortcuts of the speed33e helper (thirty-third session) in DD103: each is a cheap test per
sentence that says "no" only where the search it guards finds nothing. Each test holds the
fast way to the old answer (the guard forced open), on the example letters and on sentences
written for it.

- ``jargon.deze_alone_may``: ``Jargon._deze_alone`` runs only in a sentence with a "deze" that
  is a pronoun as subject or object (``_deze_pronouns``, once per Doc), not in every sentence
  with "deze" ("deze brief").
- ``jargon.negated_action_may``: ``Jargon._negated_action`` runs only in a sentence with "het"
  + "niet" as its next word, at the start of the sentence or after a word of
  ``_NEGATED_AFTER`` (``_het_niet_places``, once per Doc), or with a key in "niet-"."""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.metrics import token_table
from duidelijk.phrases import span_keys
from duidelijk.readers import text_document
from duidelijk.rules import jargon
from duidelijk.rules.base import Context

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# "deze" alone (a finding) and "deze" that is no pronoun alone (none)
DEZE_FOUND = [
    "Wij hebben uw brief ontvangen. Deze is nog niet compleet.",
    "Wij hebben uw formulier ontvangen. Deze is niet volledig ingevuld.",
    "Uw aanvraag is binnen. Wij beoordelen deze.",  # "deze" as the last word
]
DEZE_NONE = [
    "Deze brief gaat over uw aanvraag.",
    "In deze situatie helpen wij u graag.",
    "Wij hebben uw verzoek ontvangen en deze geregistreerd.",
    "Bij deze sturen wij u de stukken.",
]
NEGATED_FOUND = [
    "Het niet betalen van de huur kan leiden tot ontruiming.",
    "Bij het niet tijdig betalen van de huur sturen wij een herinnering.",
    "Bij niet-naleving van de regels volgt een boete.",
]
NEGATED_NONE = [
    "U mag het niet in de weg zetten.",
    "Wij weten het niet.",
    "Het is niet erg als u te laat bent.",
    "Het kan niet anders.",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + \
        DEZE_FOUND + DEZE_NONE + NEGATED_FOUND + NEGATED_NONE


def _findings(nlp, texts, settings):
    config = Config.from_dict(settings)
    docs = [text_document(t, None, config.placeholders) for t in texts]
    return [[(f.code, f.start, f.end, f.severity, f.message) for f in r.findings]
            for r in analyse(docs, config, nlp)]


def _sentences(nlp, text):
    """(context, sentence, its non-space tokens, its keys) of each prose sentence of ``text``."""
    config = Config()
    document = text_document(text, None, config.placeholders)
    doc = nlp(document.text)
    ctx = Context(doc=doc, document=document, config=config)
    ctx.text = document.text
    is_space = token_table(doc).is_space
    for sent in ctx.prose_sentences:
        tokens = [doc[i] for i in range(sent.start, sent.end) if not is_space[i]]
        yield ctx, sent, tokens, span_keys(doc, sent.start, sent.end)


def _rule():
    return jargon.Jargon(Config().options_for("DD103"))


def test_deze_alone_may_says_no_only_where_the_search_finds_nothing(nlp):
    rule = _rule()
    said = {True: 0, False: 0}
    for text in _texts():
        for ctx, sent, tokens, present in _sentences(nlp, text):
            if "deze" not in present:
                continue
            may = jargon.deze_alone_may(ctx.doc, sent.start, sent.end)
            said[may] += 1
            if not may:
                assert not list(rule._deze_alone(ctx, tokens, set())), sent.text
    assert said[False] >= 4 and said[True] >= 2
    # both ways on the sentences written for it
    for text in DEZE_FOUND:
        last = list(_sentences(nlp, text))[-1]
        assert jargon.deze_alone_may(last[0].doc, last[1].start, last[1].end), text
        assert list(rule._deze_alone(last[0], last[2], set())), text
    for text in ("Deze brief gaat over uw aanvraag.", "In deze situatie helpen wij u graag."):
        (ctx, sent, _, _), = _sentences(nlp, text)
        assert not jargon.deze_alone_may(ctx.doc, sent.start, sent.end), text


def test_negated_action_may_says_no_only_where_the_search_finds_nothing(nlp):
    rule = _rule()
    said = {True: 0, False: 0}
    for text in _texts():
        for ctx, sent, tokens, present in _sentences(nlp, text):
            if not jargon._negation_may(present):
                continue
            may = jargon.negated_action_may(ctx.doc, present, sent.start, sent.end)
            said[may] += 1
            if not may:
                assert not list(rule._negated_action(ctx, tokens, set())), sent.text
    assert said[False] >= 4 and said[True] >= 4
    for text in NEGATED_FOUND:
        (ctx, sent, tokens, present), = _sentences(nlp, text)
        assert jargon.negated_action_may(ctx.doc, present, sent.start, sent.end), text
        assert list(rule._negated_action(ctx, tokens, set())), text
    for text in NEGATED_NONE:
        (ctx, sent, tokens, present), = _sentences(nlp, text)
        assert jargon._negation_may(present) and not jargon.negated_action_may(ctx.doc, present, sent.start, sent.end), text


def test_het_niet_places_skip_marks_and_white_space(nlp):
    doc = nlp("Bij het  , niet betalen volgt een boete. Wij doen het niet.")
    places = jargon._het_niet_places(doc, token_table(doc))
    assert [(doc[i].text, doc[k].text) for _, i, k in places] == [("het", "niet"), ("het", "niet")]
    assert [doc[j].text for j, _, _ in places] == ["Bij", "doen"]


@pytest.mark.parametrize("settings", [{}, {"select": ["DD103"]}])
def test_dd103_finds_the_same_with_the_tests_open(nlp, monkeypatch, settings):
    texts = _texts()
    fast = _findings(nlp, texts, settings)
    monkeypatch.setattr(jargon, "deze_alone_may", lambda doc, start, end: True)
    monkeypatch.setattr(jargon, "negated_action_may", lambda doc, present, start, end: True)
    assert fast == _findings(nlp, texts, settings)
    found = [f for report in fast for f in report if f[0] == "DD103"]
    assert sum("'Deze'" in f[4] or "'deze'" in f[4] for f in found) >= 2
    assert any("niet betalen" in f[4] for f in found) and any("niet-naleving" in f[4] for f in found)
