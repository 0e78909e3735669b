"""fix42b: two DD103 faults that rev42b found (own sentences).

- a present participle before a noun is an adjective, with or without its -e and whatever the
  tag, and as an adjective it often has a sense of its own, for the listed verb ("verstrekkende
  gevolgen": far-reaching) or for the plain verb ("de sturende afdeling" steers): DD103 offers
  no present participle of the plain verb there, but a hint that names the verb. A present
  participle with a sense of its own that is no officialese ("verstrekkend", "opvolgend",
  "aanhoudend") gets no finding (``OTHER_WORD_FORMS``);
- "in verband met" / "in verband daarmee" in the verb's phrase "in verband brengen met"
  (connect) or "in verband staan met" (be connected) is no preposition 'because of': no finding.
"""

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document


def findings(text: str, code: str = "DD103") -> list:
    config = Config()
    [report] = analyse([text_document(text, None, config.placeholders)], config)
    return [(text[f.start:f.end], f.suggestions, f.message) for f in report.findings if f.code == code]


def on(text: str, span: str) -> list:
    return [f for f in findings(text) if f[0] == span]


# --- present participles before a noun ---------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Dit besluit heeft verstrekkende gevolgen voor de buurt.", "verstrekkende"),
    ("De maatregel heeft verstrekkend gevolgen voor de buurt.", "verstrekkend"),
    ("De gevolgen van het plan zijn verstrekkend.", "verstrekkend"),
    ("Er waren drie opvolgende storingen in de lift.", "opvolgende"),
    ("Door de aanhoudende regen is de weg dicht.", "aanhoudende"),
])
def test_participle_with_a_sense_of_its_own_is_free(text, span):
    assert not on(text, span), findings(text)


@pytest.mark.parametrize("text, span, verb", [
    ("De verzendende afdeling krijgt uw brief terug.", "verzendende", "sturen"),
    ("Een verzendend bedrijf moet het pakket goed inpakken.", "verzendend", "sturen"),
    ("De aanleverende partij stuurt de stukken op tijd.", "aanleverende", "sturen"),
    ("Het is een slecht functionerend apparaat.", "functionerend", "werken"),
    ("Het is een stimulerende maatregel voor starters.", "stimulerende", "aanmoedigen"),
])
def test_participle_before_a_noun_gets_a_hint(text, span, verb):
    found = on(text, span)
    assert found, findings(text)
    _, suggestions, message = found[0]
    assert suggestions == []  # no 'sturende', 'gevende', 'werkend' before the noun
    assert f"'{verb}'" in message


def test_listed_adjective_before_a_noun_keeps_its_replacement():
    # 'waarnemend' has its own entry, with adjectives: they may stand before the noun
    [(_, suggestions, _)] = on("De waarnemend burgemeester opent de markt.", "waarnemend")
    assert suggestions == ["tijdelijk", "vervangend"]


@pytest.mark.parametrize("text, span, suggestion", [
    ("De lift is al twee weken niet functionerend.", "functionerend", "werkend"),
    ("De gemeente verstrekt u een nieuwe pas.", "verstrekt", "geeft"),
    ("Wij zullen u de gegevens verstrekken.", "verstrekken", "geven"),
    ("De ingediende stukken zijn compleet.", "ingediende", "gestuurde"),
    # a past participle in -end is no present participle ('verlenen'); a listed adverb in -end
    # has its own plain word
    ("De subsidie kan snel verleend of geweigerd worden.", "verleend", "gegeven"),
    ("Wij bewaren de gegevens voor uitsluitend zakelijke doelen.", "uitsluitend", "alleen"),
])
def test_other_forms_keep_their_replacement(text, span, suggestion):
    found = on(text, span)
    assert found, findings(text)
    assert found[0][1][0] == suggestion


# --- 'in verband brengen met', 'in verband staan met' ------------------------------------------

@pytest.mark.parametrize("text", [
    "De politie brengt de brand niet in verband daarmee.",
    "De politie brengt de brand niet in verband met de storm.",
    "Wij brengen de schade in verband met de storm van vorige week.",
    "De politie wil de brand niet in verband met de storm brengen.",
    "De klachten staan in verband met de storm van vorige week.",
    "De klachten staan niet in verband daarmee.",
])
def test_verb_phrase_is_no_preposition(text):
    assert not [f for f in findings(text) if "verband" in f[0]], findings(text)


@pytest.mark.parametrize("text, span, hint", [
    ("In verband met de werkzaamheden is de weg dicht.", "In verband met", "door"),
    ("De weg is in verband met de werkzaamheden dicht.", "in verband met", "door"),
    ("In verband daarmee is het loket morgen dicht.", "In verband daarmee", "daardoor"),
    # 'brengen' and 'staan' in another sense: a goal, a place, a particle, 'er', a second object
    ("Wij brengen de stukken in verband met de verhuizing naar het nieuwe kantoor.", "in verband met", "door"),
    ("Wij brengen in verband met de storm het afval later op.", "in verband met", "door"),
    ("Wij brengen u in verband met de werkzaamheden een bezoek.", "in verband met", "door"),
    ("In verband met de storm staat de markt op het plein.", "In verband met", "door"),
    ("Er staan in verband met de storm geen kramen op de markt.", "in verband met", "door"),
    ("In verband met de storm staan de bussen stil.", "In verband met", "door"),
])
def test_preposition_because_of_still_found(text, span, hint):
    found = on(text, span)
    assert found, findings(text)
    assert f"'{hint}'" in found[0][2]
