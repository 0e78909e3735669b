"""Shortcuts of the speed33b helper (thirty-third session): each is a cheap test that says "no"
only where the slower search it guards finds nothing. Each test holds the fast way to the old
answer (the guard forced open), on the example letters and on sentences written for it.

- ``jargon.verb_last_may`` (DD103): the four searches for a listed verb with its preposition
  ("waarop ... betrekking heeft", "Hierop heeft de brief betrekking", "Op welke locatie heeft
  de melding betrekking?", "Daar hebben wij geen behoefte aan") run only in a sentence that
  holds the verb and the words before it of one such expression.
- ``nominalisation._phrase_heads`` (DD106, which also runs hidden for the difficulty score
  and DD118; since speed44 it replaces ``_act_nouns_with_phrase``, now the reference in
  tests/test_speed44.py): a noun in -ing is looked at closer only when the parse hangs a phrase
  after it on it ("van uw aanvraag", "door de gemeente") or "verdere"/"nadere".
- ``nominalisation._light_noun_near`` (DD106): the light verbs of a sentence ("geven", "doen",
  "vindt ... plaats") are looked at closer only when a noun for which ``light_noun_verb`` can
  give a verb hangs on one of its verbs or follows a command's verb (``light_noun_may``); "het" +
  words + an infinitive + "van" is looked for only at its places (``_het_between_places``), also in
  a sentence where another of DD106's patterns may match.
- ``passive._zijn_near`` (DD102's "is te vinden", "valt te zeggen"): in a sentence without
  "zijn" or "vallen", a "te" is looked at closer only when the parse links the infinitive
  after it to one of them (its children, its head, the head's children, the word after it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.phrases import span_keys
from duidelijk.readers import text_document
from duidelijk.metrics import token_table
from duidelijk.rules import jargon, nominalisation, passive
from duidelijk.rules.base import Context

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


# nouns in -ing with and without a phrase on them; light verbs with and without a noun of action
NOMINAL_SENTENCES = [
    "De behandeling van uw aanvraag door de gemeente duurt zes weken.",
    "Na de beoordeling van uw aanvraag door ons krijgt u een brief.",
    "Wij sturen het formulier ter verdere behandeling door.",
    "Het dossier gaat voor nadere beoordeling naar de jurist.",
    "Uw aanvraag is in behandeling.",
    "Wij hebben de uitnodiging verstuurd.",
    "De betaling vindt plaats in maart.",
    "Doe een melding als de lamp kapot is.",
    "Wij gaan over tot betaling van het bedrag.",
    "De gemeente verzorgt de reiniging van de straten.",
    "Wij geven u de sleutel.",
    "U doet dat via het formulier.",
    "Neem contact op met de balie.",
    "De vergadering vindt plaats in het stadhuis.",
    "Het zonder toestemming doorgeven van uw gegevens vindt plaats via de post.",
    "Het snel afhandelen van uw aanvraag doen wij graag.",
    "Na het indienen van uw bezwaar gaan wij over tot behandeling ervan.",
]


def _nominal_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + NOMINAL_SENTENCES


def _context(nlp, text):
    config = Config()
    document = text_document(text, None, config.placeholders)
    ctx = Context(doc=nlp(document.text), document=document, config=config)
    ctx.text = document.text
    return ctx


def _with_phrase(table, act_at, strings):
    """Of the tokens ``act_at``, those DD106 looks at closer: the heads of a phrase (``_phrase_heads``)."""
    at = set(act_at)
    return [i for i in nominalisation._phrase_heads(table, strings) if i in at]


def test_ing_nouns_left_out_are_none_for_action_noun_and_further_action(nlp):
    from duidelijk.rules.nominalisation import _act_noun, action_noun, further_action

    left_out = kept = 0
    for text in _nominal_texts():
        doc = nlp(text)
        table = token_table(doc)
        ing = [i for i, fact in enumerate(table.facts) if _act_noun(fact, None)]
        fast = _with_phrase(table, ing, doc.vocab.strings)
        assert set(fast) <= set(ing) and fast == sorted(fast)
        for i in ing:
            if i in fast:
                kept += 1
            else:
                left_out += 1
                assert action_noun(doc[i]) is None and further_action(doc[i]) is None, doc[i].text
    assert left_out >= 5 and kept >= 5
    # both ways, on sentences written for it
    for text, word, taken in [("De behandeling van uw aanvraag door de gemeente duurt zes weken.", "behandeling", True),
                              ("Wij sturen het formulier ter verdere behandeling door.", "behandeling", True),
                              ("Uw aanvraag is in behandeling.", "behandeling", False)]:
        doc = nlp(text)
        table = token_table(doc)
        i = next(t.i for t in doc if t.text == word)
        assert (_with_phrase(table, [i], doc.vocab.strings) == [i]) is taken, text


def test_light_noun_may_says_yes_for_every_noun_light_noun_verb_takes(nlp):
    from duidelijk.rules.nominalisation import LIGHT_VERBS, light_noun_verb

    nouns = {t.lemma_.lower() for text in _nominal_texts() for t in nlp(text) if t.pos_ == "NOUN"}
    taken = 0
    for noun in sorted(nouns):
        if any(light_noun_verb(noun, light, formal) is not None for light in LIGHT_VERBS for formal in (True, False)):
            taken += 1
            assert nominalisation.light_noun_may(noun), noun
    assert taken >= 5
    assert nominalisation.light_noun_may("melding") and nominalisation.light_noun_may("reiniging")
    assert not nominalisation.light_noun_may("sleutel") and not nominalisation.light_noun_may("formulier")


def test_light_noun_near_says_no_only_where_light_verbs_find_nothing(nlp):
    rule = nominalisation.Nominalisation()
    said_no = said_yes = 0
    for text in _nominal_texts():
        ctx = _context(nlp, text)
        table = token_table(ctx.doc)
        skipped = table.punct_or_space()
        verbs = nominalisation._VERB_OR_PARTICLE.of(table).nonzero()[0].tolist()
        for sent in ctx.sentences:
            near = nominalisation._light_noun_near(table, [i for i in verbs if sent.start <= i < sent.end],
                                                   sent.start, sent.end, skipped)
            tokens = [ctx.doc[i] for i in range(sent.start, sent.end) if not skipped[i]]
            found = list(rule._light_verbs(ctx, tokens, nominalisation.token_keys_with_particles(tokens), set()))
            if near:
                said_yes += 1
            else:
                said_no += 1
                assert not found, sent.text
    assert said_no >= 20 and said_yes >= 5
    for text, near in [("De betaling vindt plaats in maart.", True), ("Doe een melding als de lamp kapot is.", True),
                       ("Wij gaan over tot betaling van het bedrag.", True), ("Wij geven u de sleutel.", False),
                       ("U doet dat via het formulier.", False)]:
        ctx = _context(nlp, text)
        table = token_table(ctx.doc)
        verbs = nominalisation._VERB_OR_PARTICLE.of(table).nonzero()[0].tolist()
        assert nominalisation._light_noun_near(table, verbs, 0, len(ctx.doc), table.punct_or_space()) is near, text
    # a command's noun counts where the parse hangs it on no verb (here: no verb given at all)
    for text, near in [("Doe een melding als afval is blijven liggen.", True), ("Wij doen een melding.", False),
                       ("Doe nu snel en goed een melding.", False)]:  # the noun after the first four words
        ctx = _context(nlp, text)
        table = token_table(ctx.doc)
        assert nominalisation._light_noun_near(table, [], 0, len(ctx.doc), table.punct_or_space()) is near, text


def _reports(nlp, texts, settings):
    config = Config.from_dict(settings)
    docs = [text_document(t, None, config.placeholders) for t in texts]
    return [([(f.code, f.start, f.end, f.severity, f.message) for f in r.findings], r.metrics,
             [s["difficulty"] for s in r.sentences]) for r in analyse(docs, config, nlp)]


@pytest.mark.parametrize("settings", [{}, {"select": ["ALL"]}, {"select": ["DD106"]}, {"select": ["DD118"]}])
def test_dd106_finds_the_same_with_both_tests_open(nlp, monkeypatch, settings):
    """The findings (DD106, DD118 and the hidden ones the score counts) and the scores are the
    same as with every noun in -ing and every light verb looked at."""
    texts = _nominal_texts()
    fast = _reports(nlp, texts, settings)
    # (every token a possible head of a phrase: every noun of action looked at)
    monkeypatch.setattr(nominalisation, "_phrase_heads", lambda table, strings: list(range(len(table.facts))))
    monkeypatch.setattr(nominalisation, "_light_noun_near", lambda *args: True)
    assert fast == _reports(nlp, texts, settings)
    if settings.get("select") == ["DD106"]:
        found = [f for report, _, _ in fast for f in report]
        assert any("melden" in f[4] for f in found) and any("betalen" in f[4] for f in found)
        assert any("behandelen" in f[4] for f in found)


MODAL_SENTENCES = [
    "De openingstijden zijn te vinden op de website.",
    "Het formulier is aan te vragen bij de balie.",
    "Dat valt niet te zeggen.",
    "De stukken die in de verordening te lezen zijn, liggen op het stadhuis.",
    "Wij proberen u zo snel mogelijk te helpen.",
    "U hoeft niets te doen.",
    "Vergeet niet het formulier op te sturen.",
    "Het is belangrijk om dat te weten.",
    "De container is om de twee weken aan de straat te zetten.",
    "Bij zulk weer is het aan te raden om binnen te blijven.",
    "Ik denk dat het formulier bij de balie aan te vragen is.",
    "Wij vragen u de rekening binnen een maand te betalen.",
]


def test_zijn_near_says_no_only_where_modal_passive_finds_nothing(nlp):
    from duidelijk.rules.passive import _ZIJN_OR_VALLEN, modal_passive

    left_out = 0
    for text in [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + MODAL_SENTENCES:
        doc = nlp(text)
        table = token_table(doc)
        zijn = set(_ZIJN_OR_VALLEN.of(table).nonzero()[0].tolist())
        assert zijn == {t.i for t in doc if t.lemma_.lower() in {"zijn", "vallen"}}
        for sent in doc.sents:
            if any(sent.start <= k < sent.end for k in zijn):
                continue
            for tok in sent:
                if tok.lower_ == "te" and not passive._zijn_near(table, tok.i):
                    left_out += 1
                    assert modal_passive(tok) is None, sent.text
    assert left_out >= 5
    # both ways, on sentences written for it
    for text, near in [("De openingstijden zijn te vinden op de website.", True), ("Dat valt niet te zeggen.", True),
                       ("Het nummer is verplicht in te vullen.", True),  # 'is' on 'verplicht', the head
                       ("De regels die in de verordening te lezen zijn.", True),  # 'zijn' after the infinitive
                       ("Wij proberen u zo snel mogelijk te helpen.", False), ("U hoeft niets te doen.", False)]:
        doc = nlp(text)
        table = token_table(doc)
        te = next(t.i for t in doc if t.lower_ == "te")
        assert passive._zijn_near(table, te) is near, text


@pytest.mark.parametrize("settings", [{}, {"select": ["DD102"]}])
def test_dd102_finds_the_same_with_every_te_looked_at(nlp, monkeypatch, settings):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + MODAL_SENTENCES
    fast = _findings(nlp, texts, settings)
    monkeypatch.setattr(passive, "_zijn_near", lambda table, i: True)
    assert fast == _findings(nlp, texts, settings)
    found = [f for report in fast for f in report if f[0] == "DD102"]
    assert any("'zijn te vinden'" in f[4] for f in found) and any("'valt ... te zeggen'" in f[4] for f in found)
    assert any("'te lezen zijn'" in f[4] for f in found)


@pytest.mark.parametrize("settings", [{"select": ["DD106"]}, {"select": ["ALL"]}])
def test_dd106_finds_the_same_without_any_prefilter(nlp, monkeypatch, settings):
    """With every pattern run in every sentence (``base.PREFILTER`` off) DD106 finds the same,
    also "het" + words + an infinitive + "van" in a sentence with a light verb."""
    from duidelijk.rules import base

    texts = _nominal_texts()
    fast = _reports(nlp, texts, settings)
    monkeypatch.setattr(base, "PREFILTER", False)
    assert fast == _reports(nlp, texts, settings)
    found = [f for report, _, _ in fast for f in report]
    assert any("'zonder toestemming doorgeven van'" in f[4] or "doorgeven" in f[4] for f in found)
