"""The cheap tests per sentence or per paragraph of DD101, DD115 and DD117 (speedW19,
nineteenth session) pass over only what can give no finding: with ``rules.base.PREFILTER``
off (every sentence and paragraph looked at closely, as before) the findings are the same,
and with it on fewer sentences or paragraphs are looked at closely. Own sentences."""

from __future__ import annotations

from pathlib import Path

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document
from duidelijk.rules import base, broken, paragraphs, sentence_length

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

LONG_PARAGRAPH = " ".join(
    ["Wij hebben uw brief over de nieuwe stoep in uw straat goed ontvangen en gelezen."] * 9)
LONG_LINES = "\n".join(["Het plan voor de nieuwe stoep in de straat is klaar en ligt bij ons op het"
                        " stadskantoor,"] * 7) + " tot en met vrijdag."
SENTENCES = (
    # DD117: a modal verb without a subject, and a subclause cut off by a full stop
    "Kon uw gegevens niet laden. Moet opnieuw worden aangevraagd. Als de graffiti te lezen is. "
    "Doet het Meldpunt aangifte bij de politie. Kunt u ons bellen? Als u verhuist, meld dat dan.",
    "Omdat de bus niet reed. Kwam de leerling te laat op school. Wij bellen u morgen.",
    # DD101: long sentences with and without a place to split them, a joining word before the verb
    "Na de brief van de gemeente en het formulier van de dienst en de uitleg van de buurman over de "
    "regels kwam er eindelijk een antwoord van de wethouder, en daarna hebben wij de aanvraag nog "
    "een keer gelezen omdat er veel vragen over waren gesteld.",
    "Wij hebben uw aanvraag voor een parkeervergunning ontvangen en wij laten u weten dat wij deze "
    "aanvraag binnen acht weken behandelen, maar als wij meer informatie nodig hebben dan nemen wij "
    "contact met u op.",
    "De brief van de gemeente over de nieuwe regels voor het parkeren in de wijk rond het station "
    "met de uitleg over de kosten en de tijden van de controles.",
    "Wie een vergunning wil hebben voor een terras bij het café aan het plein moet het formulier "
    "invullen en het samen met een tekening van het terras naar de gemeente sturen.",
    # DD115: long by its words, long by its lines only, and short
    LONG_PARAGRAPH,
    LONG_LINES,
    "Een korte alinea.\n\nNog een korte alinea van een paar woorden.",
)


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + list(SENTENCES)


def _findings(nlp, select: list[str], monkeypatch, prefilter: bool):
    monkeypatch.setattr(base, "PREFILTER", prefilter)
    config = Config(select=select)
    out = [[(f.code, f.start, f.end, f.severity, f.message, tuple(f.suggestions)) for f in r.findings]
           for r in analyse([text_document(t) for t in _texts()], config, nlp)]
    monkeypatch.setattr(base, "PREFILTER", True)
    return out


def _counted(monkeypatch, module, name: str) -> list:
    calls: list = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_dd117_makes_the_words_only_of_sentences_that_open_with_a_modal_or_subclause_word(nlp, monkeypatch):
    words = _counted(monkeypatch, broken, "_words")
    fast = _findings(nlp, ["DD117"], monkeypatch, True)
    fast_calls = len(words)
    words.clear()
    assert fast == _findings(nlp, ["DD117"], monkeypatch, False)
    found = [f for r in fast for f in r]
    assert len(found) >= 3  # both halves of the rule: "Kon ...", "Als ... Doet", "Omdat ... Kwam"
    assert not any("Als u verhuist" in f[4] for f in found)  # a subclause with its main clause
    # the old way makes the word list of every sentence, the cheap test first of a few
    assert 0 < fast_calls < len(words) / 3


def test_dd115_cuts_only_paragraphs_long_enough_to_be_long_into_parts(nlp, monkeypatch):
    cut = _counted(monkeypatch, paragraphs, "parts")
    fast = _findings(nlp, ["DD115"], monkeypatch, True)
    fast_calls = len(cut)
    cut.clear()
    assert fast == _findings(nlp, ["DD115"], monkeypatch, False)
    found = [f[4] for r in fast for f in r]
    assert any("(135 woorden)" in m for m in found)  # LONG_PARAGRAPH: 9 x 15 words
    assert 0 < fast_calls < len(cut)
    # with lower limits, other paragraphs are long: the same findings both ways as well
    for settings in ({"max_words": 10}, {"max_lines": 1, "line_length": 20}, {"max_words": 0}):
        config = Config.from_dict({"select": ["DD115"], "rules": {"DD115": settings}})
        both = []
        for prefilter in (True, False):
            monkeypatch.setattr(base, "PREFILTER", prefilter)
            both.append([[(f.start, f.end, f.message) for f in r.findings]
                         for r in analyse([text_document(t) for t in _texts()], config, nlp)])
        assert both[0] == both[1]
        assert sum(map(len, both[0])) > len(found)


def test_dd101_looks_for_a_split_point_only_after_the_first_finite_verb(nlp, monkeypatch):
    asked = _counted(monkeypatch, sentence_length, "_in_main_clause")
    fast = _findings(nlp, ["DD101"], monkeypatch, True)
    fast_calls = len(asked)
    asked.clear()
    assert fast == _findings(nlp, ["DD101"], monkeypatch, False)
    found = [f[4] for r in fast for f in r]
    assert any("bijvoorbeeld bij 'en' na 'wethouder'" in m for m in found)
    assert any(m.endswith("Maak er twee of meer korte zinnen van.") for m in found)  # nowhere to split
    # "en" before the first finite verb ("Na de brief ... en het formulier ... kwam"): the old
    # way asked about it, the new one passes over it
    assert fast_calls < len(asked)
