"""Forty-third session, review of the session's rule changes (rev43).

DD103: a listed word right after an article written with a capital in the middle of a
sentence is part of a name ("het restaurant Het Onthaal", "museum De Expositie"): Dutch
spelling keeps the article of such a name capitalised, where the short title of a rule keeps
its article small ("de Verordening", still a finding). Found on rules43c's new entries.

All sentences written for these tests.
"""

from __future__ import annotations

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document


def _dd103(text: str) -> list[str]:
    config = Config()
    report = next(analyse([text_document(text, None, config.placeholders)], config))
    return [text[f.start:f.end].lower() for f in report.findings if f.code == "DD103"]


@pytest.mark.parametrize("text, word", [
    ("Het restaurant Het Onthaal is op maandag gesloten.", "onthaal"),
    ("Het museum De Expositie is in de zomer open.", "expositie"),
    ("Wij gaan morgen naar Het Hospitaal in de stad.", "hospitaal"),
    ("Lees het boek De Catastrofe van een schrijver uit onze stad.", "catastrofe"),
])
def test_capital_article_mid_sentence_starts_a_name(text, word):
    assert not any(word in span for span in _dd103(text))


@pytest.mark.parametrize("text, word", [
    ("Meld u bij het onthaal van het gemeentehuis.", "onthaal"),
    ("De expositie in het stadhuis is gratis.", "expositie"),
    ("Bekijk de expositie in Het Museum.", "expositie"),  # the name is another word
    ("Tegen de Beschikking kunt u bezwaar maken.", "beschikking"),  # a title keeps a small article
    ("De Expositie is open.", "expositie"),  # the article opens the sentence
])
def test_listed_word_outside_a_name_still_found(text, word):
    assert any(word in span for span in _dd103(text))


# --- DD105: the action of a short pair must be a word of speech (rules43b's _action_pair) -------

from duidelijk.rules.long_words import LongWord  # noqa: E402


def _long(word: str, **options) -> bool:
    rule = LongWord()
    rule.options = dict(LongWord.settings) | options
    return rule.word_verdict(word, word, "NOUN")


@pytest.mark.parametrize("word", ["aanbestedingsproces", "heffingsbesluit"])
def test_action_of_written_dutch_keeps_the_pair_long(word):
    assert _long(word)
    assert not _long(word, action_pair_first_spoken_zipf=0)  # the test off: rules43b's reading


@pytest.mark.parametrize("word", ["registratieproces", "inschrijvingsproces", "aanmeldingsproces",
                                  "betalingsgedrag", "verzorgingscontract"])
def test_action_of_speech_still_reads_the_pair_at_once(word):
    assert not _long(word)


def test_sentence_with_an_action_of_written_dutch():
    config = Config()
    text = "Het aanbestedingsproces voor de nieuwe brug is gestart."
    report = next(analyse([text_document(text, None, config.placeholders)], config))
    assert ("DD105", "aanbestedingsproces") in [(f.code, text[f.start:f.end]) for f in report.findings]


def test_capital_article_after_a_quote_mark_starts_a_name():
    assert not any("catastrofe" in s for s in _dd103("Het boek heet 'De Catastrofe' en gaat over een overstroming."))
    assert any("catastrofe" in s for s in _dd103("Het boek gaat over een catastrofe in onze stad."))
