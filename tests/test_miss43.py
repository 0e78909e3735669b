"""Forty-third session, misses (miss43): a cause of missed officialese.

1. 'exclusief' used as a preposition ("de bedden (exclusief IC-bedden)") always means 'zonder';
   DD103's 'with' words (money: btw, kosten ...) only stand in for that sense where the word may
   also be an adjective ("een exclusief hotel").
(miss43's second change, a compound opening a line read as a noun, did not land: judge43.)

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
