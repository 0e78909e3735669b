"""Forty-third session, misses (miss43): two causes of missed hard words and officialese.

1. 'exclusief' used as a preposition ("de bedden (exclusief IC-bedden)") always means 'zonder';
   DD103's 'with' words (money: btw, kosten ...) only stand in for that sense where the word may
   also be an adjective ("een exclusief hotel").
2. A compound of Dutch words that opens a line or a sentence and that the tagger calls a name
   (PROPN) is read as a noun by DD104 and DD105 (setting ``line_openers``): its capital is that
   of the line.

All sentences written for these tests.
"""

from __future__ import annotations

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document


def _findings(text: str, config: Config | None = None) -> list[tuple[str, str]]:
    config = config or Config()
    report = next(analyse([text_document(text, None, config.placeholders)], config))
    return [(f.code, text[f.start:f.end]) for f in report.findings]


def _has(text: str, code: str, span: str, config: Config | None = None) -> bool:
    return (code, span) in _findings(text, config)


# --- 1. 'exclusief' as a preposition ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dit getal laat zien hoeveel bedden (exclusief IC-bedden) bezet zijn.",
    "Het aantal inwoners exclusief studenten is gestegen.",
    "De bedden, exclusief de bedden op de IC, zijn vol.",
    "We tellen alle leerlingen exclusief de kinderen van groep 1.",
])
def test_exclusief_as_preposition_is_officialese(text):
    assert _has(text, "DD103", "exclusief")


def test_exclusief_with_money_still_found():
    assert _has("De prijs is exclusief btw.", "DD103", "exclusief")


@pytest.mark.parametrize("text", [
    "Het is een exclusief hotel aan zee.",
    "Wij bieden exclusief advies aan onze leden.",
    "Dit aanbod is exclusief voor leden.",
    "Deze woning is exclusief.",
    "Het was een heel exclusief feest.",
])
def test_exclusief_as_adjective_is_not(text):
    assert not any(code == "DD103" and span.lower() == "exclusief" for code, span in _findings(text))


# --- 2. a compound that opens a line, tagged as a name ---------------------------------------

def test_long_title_compound_read_as_noun():
    text = "Klantapplicatie\nMet deze website ziet u wat u van ons krijgt.\n"
    assert any(code == "DD105" and span == "Klantapplicatie" for code, span in _findings(text))


def test_label_compound_on_its_own_line():
    text = "Uw melding\nZaakomschrijving\nEr ligt afval naast de container.\n"
    assert any(code == "DD105" and span == "Zaakomschrijving" for code, span in _findings(text))


def test_setting_off_keeps_the_name_reading():
    off = Config.from_dict({"rules": {"DD104": {"line_openers": False}, "DD105": {"line_openers": False}}})
    text = "Klantapplicatie\nMet deze website ziet u wat u van ons krijgt.\n"
    assert not any(span == "Klantapplicatie" for _, span in _findings(text, off))


@pytest.mark.parametrize("text, word", [
    ("Wij werken samen met Staatsbosbeheer.\nStaatsbosbeheer beheert het bos bij u in de buurt.\n", "Staatsbosbeheer"),
    ("Schreuders scoorde twee keer in de wedstrijd.\n", "Schreuders"),
    ("Vanaf morgen rijdt de bus naar Schiermonnikoog.\nSchiermonnikoog is een eiland.\n", "Schiermonnikoog"),
])
def test_names_stay_names(text, word):
    assert not any(span == word for _, span in _findings(text))


def test_inside_a_sentence_a_capital_still_marks_a_name():
    # not at the start of a line or a sentence: the capital marks a name, as before
    text = "U vindt dit in de Klantapplicatie van het UWV.\n"
    assert not any(span == "Klantapplicatie" for _, span in _findings(text))


def test_everyday_compound_opening_a_line_stays_quiet():
    # read as a noun, an everyday compound is no hard word: the new reading adds no finding
    text = "Telefoonnummer\nU kunt ons bellen op werkdagen.\n"
    assert not any(span == "Telefoonnummer" for _, span in _findings(text))


def test_opening_compound_needs_parts_and_one_capital():
    from duidelijk.model import load_pipeline
    from duidelijk.rules.long_words import opening_compound, opens_line

    nlp = load_pipeline(Config().model)
    doc = nlp("Overzicht\nKlantapplicatie\nMet ReCAPTCHA controleren wij of u een mens bent.\n- Zaakomschrijving\n")
    by_text = {t.text: t.i for t in doc}
    assert opens_line(doc, by_text["Klantapplicatie"])
    assert opens_line(doc, by_text["Zaakomschrijving"])  # after a bullet at a line start
    assert not opens_line(doc, by_text["ReCAPTCHA"])
    assert opening_compound(doc, by_text["Klantapplicatie"])
    assert not opening_compound(doc, by_text["ReCAPTCHA"])  # capitals inside: a name
