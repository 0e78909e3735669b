"""How often spoken Dutch uses a word: SUBTLEX-NL subtitle frequency, on the Zipf scale.

SUBTLEX-NL (Keuleers, Brysbaert & New 2010) counts words in film and TV subtitles; readability
research finds it the best predictor of how familiar a word is to ordinary readers, and LiNT-II
uses it. wordfreq (``duidelijk.lexicon``) is a blend that leans on written text, so formal
words score high there ("tevens" 4.96) and much lower in subtitles (3.62): the gap is a sign
of written register. Subtitles are older than the internet and hardly show the words of
forms and counters ("inloggen", "gemeente"), so this is a second opinion next to wordfreq,
never a replacement.

The list is ``wordlists/subtlex_nl.tsv``, converted from the lint-ii wheel (LiNT-II, Jenia Kim
and Henk Pander Maat, EUPL-1.2) by ``duidelijk/training/subtlex.py``: plain lower-case words
counted at least three times. It is read on first use only, kept per user as a table
(``duidelijk.datacache``) and searched as ``lexicon.FrequencyTable`` searches wordfreq's list.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from duidelijk.lexicon import FrequencyTable

NAME = "subtlex_nl"
# a word missing from the list was counted fewer than three times in 44 million words
ABSENT = 0.0


def _path() -> Path:
    from duidelijk.wordlists import wordlist_dir

    return wordlist_dir() / f"{NAME}.tsv"


@cache
def table() -> FrequencyTable:
    """Every word of the list with its Zipf value in hundredths (the table's "bucket")."""
    from duidelijk.lexicon import cached_table

    return cached_table("subtlex-nl-sorted", [_path(), Path(__file__)], _read)  # this file: how it is made


def _read() -> tuple[list[str], list[int]]:
    """The words of the list, sorted, and their Zipf values in hundredths."""
    pairs: dict[str, int] = {}
    header = True
    with _path().open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            value, _, words = line.rstrip("\n").partition("\t")
            if header:  # the column names
                header = False
                continue
            centi = round(float(value) * 100)
            pairs.update(dict.fromkeys(words.split(" "), centi))
    pairs.pop("", None)
    words = sorted(pairs)
    return words, [pairs[w] for w in words]


@lru_cache(maxsize=100_000)
def spoken_zipf(word: str) -> float:
    """SUBTLEX-NL Zipf of a word form (``ABSENT``, 0, when subtitles hardly use it)."""
    centi = table().get(word.lower())
    return ABSENT if centi is None else centi / 100


@lru_cache(maxsize=100_000)
def spoken_lemma_zipf(lemma: str, pos: str = "") -> float:
    """``live_spoken_lemma_zipf``, read from the shipped table of lemma sums for the lemmas
    it holds (see ``dictionary.lemma_sums``)."""
    sums = _dictionary.lemma_sums()
    if sums is not None:
        found = sums.spoken(lemma.lower(), pos)
        if found is not None:
            return found
    return live_spoken_lemma_zipf(lemma, pos)


def live_spoken_lemma_zipf(lemma: str, pos: str = "") -> float:
    """SUBTLEX-NL Zipf of a lemma summed over its forms, the forms ``dictionary.lemma_zipf``
    sums for wordfreq (a separable verb with the same share for split uses), so that the two
    can be compared; rounded to hundredths."""
    found = _dictionary.lemma_zipf(lemma, pos, spoken_zipf)
    return round(found, 2) if found > 0 else ABSENT


# read at call time (``_dictionary.lemma_sums``), imported last: ``dictionary`` does not import
# this module when it loads, so neither waits for the other (an import statement in
# ``spoken_lemma_zipf`` cost about 1.3 us at each of some 1,900 new lemmas a first pass)
from duidelijk import dictionary as _dictionary  # noqa: E402
