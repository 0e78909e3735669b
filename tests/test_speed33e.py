"""Shortcut of the speed33e helper (thirty-third session) in DD103: ``Jargon._negated_action``
("Het niet voldoen aan ...", "bij niet-naleving") visits only the words that can start its
phrase, "het" and a word in "niet-", before it asks whether a word is marked or a
placeholder; before, it asked both of every word of the sentence and called
``_negated_noun`` for each. The old loop is kept here as the reference: the same findings on
the example letters and on sentences written for it.

(Tried and dropped, see docs/benchmarks.md: a test per sentence from places found once per Doc
before ``_deze_alone`` and ``_negated_action``; it cost more than the searches it saved.)"""

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


def _old_negated_action(self, ctx, tokens, marked):
    """``Jargon._negated_action``'s loop as it was (main before speed33e), as the reference."""
    for n, tok in enumerate(tokens):
        if tok.i in marked or ctx.is_placeholder(tok):
            continue
        found = jargon._negated_infinitive(tokens, n) if tok.lower_ == "het" else jargon._negated_noun(tokens, n)
        if found is None:
            continue
        last, verb, manner = found
        denied = f"{manner} {verb}" if manner else verb
        head = [t for t in tokens[n:] if t.i <= last.i and not t.is_punct][:2]
        if any(t.i in marked for t in head):
            continue
        listed_verb = last.i in marked
        marked.update({t.i for t in head} | {last.i})
        span = ctx.text[tok.idx: last.idx + len(last)]
        plain = jargon._plain_verb(verb)
        advice = f" en een vorm van '{plain}'" if plain else "" if listed_verb else f" en het werkwoord '{verb}'"
        yield self._nominal_finding(ctx, tok.idx, last.idx + len(last),
                                    f"'{span}' maakt de zin stijf: van 'niet {denied}' is een zelfstandig "
                                    f"naamwoord gemaakt. Schrijf liever wie iets niet doet, met 'als'"
                                    f"{advice}.")


def _as_tuples(found):
    return [(f.code, f.start, f.end, f.severity, f.message) for f in found]


def test_negated_action_gives_the_old_answer(nlp):
    rule = _rule()
    looked = found = 0
    for text in _texts():
        for ctx, sent, tokens, present in _sentences(nlp, text):
            if not jargon._negation_may(present):
                continue
            looked += 1
            for marked in (set(), {t.i for t in tokens[:3]}):  # also with words marked by the list
                new_marked, old_marked = set(marked), set(marked)
                new = _as_tuples(rule._negated_action(ctx, tokens, new_marked))
                assert new == _as_tuples(_old_negated_action(rule, ctx, tokens, old_marked)), sent.text
                assert new_marked == old_marked, sent.text
                found += bool(new)
    assert looked >= 8 and found >= 3
    for text in NEGATED_FOUND:
        (ctx, sent, tokens, present), = _sentences(nlp, text)
        assert list(rule._negated_action(ctx, tokens, set())), text
    for text in NEGATED_NONE:
        (ctx, sent, tokens, present), = _sentences(nlp, text)
        assert not list(rule._negated_action(ctx, tokens, set())), text


def test_negated_action_asks_only_het_and_niet_words(nlp, monkeypatch):
    rule = _rule()
    (ctx, sent, tokens, present), = _sentences(nlp, "Bij niet-naleving van de regels sturen wij u het niet op tijd.")
    asked = []
    monkeypatch.setattr(ctx, "is_placeholder", lambda t: asked.append(t.lower_) or False, raising=False)
    list(rule._negated_action(ctx, tokens, set()))
    assert asked == ["niet-naleving", "het"]


@pytest.mark.parametrize("settings", [{}, {"select": ["DD103"]}])
def test_dd103_finds_the_same_with_the_old_loop(nlp, monkeypatch, settings):
    texts = _texts()
    fast = _findings(nlp, texts, settings)
    monkeypatch.setattr(jargon.Jargon, "_negated_action", _old_negated_action)
    assert fast == _findings(nlp, texts, settings)
    found = [f for report in fast for f in report if f[0] == "DD103"]
    assert any("niet betalen" in f[4] for f in found) and any("niet-naleving" in f[4] for f in found)


ACCEPT_TEXT = "Wij hebben de gegevens middels een brief verstrekt."


@pytest.mark.parametrize("accept, left", [
    ([], {"middels", "verstrekt"}),
    (["middels"], {"verstrekt"}),  # the word as written
    (["Middels"], {"verstrekt"}),  # the list is read in lower case
    (["verstrekken"], {"middels"}),  # a key of the word: its lemma
    (["een brief"], {"middels", "verstrekt"}),  # other words: nothing taken away
])
def test_dd103_accept_list_asked_only_with_a_list(check, accept, left):
    """DD103 joins a match's words for the accept list only when there is a list
    (``jargon._accepted``); the answers are those of before."""
    report = check(ACCEPT_TEXT, select="DD103", accept=accept)
    assert {f.text for f in report.findings if f.code == "DD103"} == left
