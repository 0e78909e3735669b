"""DD107: a preposition joined to 'hier', 'daar' or 'er' ("daarbij" is "bij dat") before a
participle or adjective between an article and its noun is a clause in disguise, like "het door
u ingevulde formulier" (issue 13, fortieth session, rules40c): "de daarbij behorende
formulieren" is "de formulieren die daarbij horen". Joined words that say a place in the text
or an order in time ("hieronder", "hiervoor", "daarna"), adverbs alone, one-word forms
("bijbehorende") and joined words outside the noun phrase stay free. All sentences are my own."""

import pytest

from duidelijk.rules.tang import pronominal_phrase


def tangs(check, text):
    return [f for f in check(text, select=["DD107"]).findings if f.code == "DD107"]


@pytest.mark.parametrize("text, span, hint", [
    ("De daarbij behorende formulieren stuurt u mee.",
     "De daarbij behorende formulieren", "'de formulieren die ...'"),
    ("U vindt de daaronder vallende regels op onze website.",
     "de daaronder vallende regels", "'de regels die ...'"),
    ("De hierbij gevoegde bijlage leest u goed.",
     "De hierbij gevoegde bijlage", "'de bijlage die ...'"),
    ("De daarvoor benodigde papieren neemt u mee.",
     "De daarvoor benodigde papieren", "'de papieren die daarvoor nodig zijn'"),
    ("Wij betalen de daaraan verbonden kosten.", "de daaraan verbonden kosten", "'de kosten die ...'"),
    ("Wij gebruiken de daarin opgenomen gegevens.", "de daarin opgenomen gegevens", "'de gegevens die ...'"),
    ("U betaalt de erbij horende kosten zelf.", "de erbij horende kosten", "'de kosten die ...'"),
    ("De daardoor ontstane schade betalen wij.", "De daardoor ontstane schade", "'de schade die ...'"),
    # the parse hangs 'daarop' on the noun: it is still the participle's phrase
    ("De daarop volgende maand krijgt u geld.", "De daarop volgende maand", "'de maand die ...'"),
    # an owner word opens the same clause in disguise
    ("Uw daarbij behorende papieren stuurt u mee.", "Uw daarbij behorende papieren", "'uw papieren die ...'"),
    # a plain adjective after the participle stays before the noun in the hint
    ("Wij sturen de daarbij behorende nieuwe formulieren.",
     "de daarbij behorende nieuwe formulieren", "'de nieuwe formulieren die ...'"),
])
def test_joined_preposition_makes_clause_in_disguise(check, text, span, hint):
    found = [f for f in tangs(check, text) if "stuk zin" in f.message]
    assert [f.text for f in found] == [span]
    assert hint in found[0].message


@pytest.mark.parametrize("text", [
    # a place in the text or an order in time, like 'eerder'
    "U leest de hieronder genoemde documenten.",
    "De hierboven genoemde datum klopt niet.",
    "De hiervoor genoemde regels gelden nog.",
    "De daarna volgende stap is kort.",
    # an adverb alone
    "De eerder genoemde datum klopt niet.",
    "De zeer hoge kosten betaalt u niet.",
    # one word: no phrase between the article and the participle
    "De bijbehorende formulieren stuurt u mee.",
    # the joined word stands outside the noun phrase
    "Wij hebben daarbij de ingevulde formulieren gekregen.",
    "Daarmee zijn de gemaakte kosten betaald.",
    "De gemeente heeft er de nieuwe regels voor gemaakt.",
    # the rewrite itself
    "De formulieren die daarbij horen, stuurt u mee.",
    # a participle alone
    "De gevraagde papieren neemt u mee.",
])
def test_free(check, text):
    assert [f.text for f in tangs(check, text) if "stuk zin" in f.message] == []


class _Tok:
    def __init__(self, text, pos):
        self.lower_, self.pos_ = text.lower(), pos


@pytest.mark.parametrize("word, expected", [
    ("daarbij", True), ("hieruit", True), ("ermee", True), ("daartoe", True), ("Hierin", True),
    ("hieronder", False), ("hiervoor", False), ("daarna", False), ("daarom", False),
    ("daar", False), ("eerder", False), ("erg", False), ("hierbij", True), ("ervoor", True),
])
def test_pronominal_phrase(word, expected):
    assert pronominal_phrase(_Tok(word, "ADV")) is expected
