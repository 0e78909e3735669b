"""A cheap check that a text is Dutch: the share of words that are frequent Dutch words.

Frequent function words ("de", "het", "en", "van", "u") make up a large part of any Dutch
text; in an English, German or French text few of the words are on the Dutch list. Words
that are frequent in both languages ("in", "is") count for both; the text is Dutch when
Dutch words are common and more common than the words of English, German, French or Spanish.
"""

from __future__ import annotations

import re
from functools import cache

from duidelijk.document import PLACEHOLDER_MASK, Document

MIN_WORDS = 12  # shorter texts are not judged: too little to go on
TOP = 400
MIN_DUTCH_SHARE = 0.15
_MARKUP = re.compile(r"<[^<>]{0,500}>|\b(?:https?://|www\.)\S+|&\w+;")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


OTHER = ("en", "de", "fr", "es")


@cache
def _lists() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    from duidelijk.lexicon import top_words  # wordfreq's top_n_list, without loading whole lists

    nl = frozenset(top_words("nl", TOP))
    return nl, {lang: frozenset(top_words(lang, TOP)) for lang in OTHER}


def dutch_score(text: str) -> tuple[int, float, float]:
    """(number of words, share of frequent Dutch words, highest share of frequent words of
    another language: English, German, French or Spanish)."""
    nl, others = _lists()
    text = _MARKUP.sub(" ", text)  # tags and URLs are not language
    words = [w.lower() for w in _WORD.findall(text) if w != PLACEHOLDER_MASK]
    if not words:
        return 0, 0.0, 0.0
    n = len(words)
    other = max(sum(map(o.__contains__, words)) for o in others.values())
    return n, sum(map(nl.__contains__, words)) / n, other / n


def is_dutch(text: str) -> bool:
    n, nl, other = dutch_score(text)
    if n < MIN_WORDS:
        return True
    return nl >= MIN_DUTCH_SHARE and nl > other * 0.9


def check_dutch(document: Document) -> None:
    from duidelijk.readers import ReadError

    text = document.text[:200_000]
    if not is_dutch(text):
        raise ReadError("not-dutch", "Deze tekst lijkt niet Nederlands.")
