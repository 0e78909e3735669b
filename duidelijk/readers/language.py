"""A cheap check that a text is Dutch: the share of words that are frequent Dutch words.

Frequent function words ("de", "het", "en", "van", "u") make up a large part of any Dutch
text; in an English, German or French text few of the words are on the Dutch list. Words
that are frequent in both Dutch and English ("in", "is", "over") are not counted.
"""

from __future__ import annotations

import re
from functools import cache

from duidelijk.document import PLACEHOLDER_MASK, Document

MIN_WORDS = 12  # shorter texts are not judged: too little to go on
TOP = 400
MIN_DUTCH_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    from wordfreq import top_n_list

    nl = set(top_n_list("nl", TOP))
    en = set(top_n_list("en", TOP))
    both = nl & en
    return frozenset(nl - both), frozenset(en - both)


def dutch_score(text: str) -> tuple[int, float, float]:
    """(number of words, share of frequent Dutch words, share of frequent English words)."""
    nl, en = _lists()
    words = [w.lower() for w in _WORD.findall(text) if w != PLACEHOLDER_MASK]
    if not words:
        return 0, 0.0, 0.0
    n = len(words)
    return n, sum(w in nl for w in words) / n, sum(w in en for w in words) / n


def is_dutch(text: str) -> bool:
    n, nl, en = dutch_score(text)
    if n < MIN_WORDS:
        return True
    return nl >= MIN_DUTCH_SHARE and nl >= en * 0.8


def check_dutch(document: Document) -> None:
    from duidelijk.readers import ReadError

    text = document.text[:200_000]
    if not is_dutch(text):
        raise ReadError("not-dutch", "Deze tekst lijkt niet Nederlands.")
