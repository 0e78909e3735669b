"""Readability metrics for Dutch: syllable counts, Flesch-Douma and LiNT-II.

Sources: LiNT-II 0.1.3 by Jenia Kim and Henk Pander Maat (2025, EUPL-1.2,
https://github.com/vanboefer/lint_ii): formula, coefficients, levels and feature definitions
follow the wheel's code; its word lists are converted, without frequency data, into
``wordlists/concrete_nouns.tsv`` and ``wordlists/lint_*.tsv``. W.H. Douma (1960), *De
leesbaarheid van landbouwbladen*: Flesch Reading Ease adapted to Dutch.

Differences from the lint-ii wheel:

* Word frequency: LiNT-II looks words up in SUBTLEX-NL as log10(count per billion words), the
  Zipf scale, and gives a missing word 1.359 (one occurrence). We use ``wordfreq`` on the same
  scale minus ``WORDFREQ_OFFSET`` (0.34, the mean wordfreq - SUBTLEX difference over the
  18,738 content words of UD Dutch dev+test; slope 1.00, r = 0.91), never below 1.359.
* Labels: besides the CGN tags the wheel reads (``WW|pv``, ``TW``, ``SPEC``) we accept their UD
  equivalents (``VerbForm=Fin``; ``NUM`` or an ordinal; ``SYM``/``X``): duidelijk's own
  pipeline predicts UD only. On the 3,579 gold trees of UD Dutch dev+test the other three
  features equal the wheel's in every sentence; scores differ by 3.8 points per sentence and
  2.8 per 20-sentence text (mean absolute difference), all through word frequency.
* Trailing spaces in the wheel's manner-adverb list are removed, so all 69 adverbs match.
* ``skip(token)`` keeps tokens such as template placeholders out of the word frequency.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
import unicodedata
import weakref
from collections import Counter
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from duidelijk import difficulty, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# --- syllables -------------------------------------------------------------------------

_VOWELS = "aeiouyäëïöüĳ"  # "ij" is rewritten to the single letter "ĳ" first
_DIAERESIS = str.maketrans("äëïöü", "aeiou")
# Spellings of one vowel sound (one syllable), longest first. Everything else in a run of
# vowels is hiatus: "theater" (e-a), "bioscoop" (i-o), "januari" (u-a), "video" (e-o).
_NUCLEI = (
    "aai", "ooi", "oei", "eeu", "ieu", "eau",
    "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ou", "au", "ai", "oi",
    "ay", "ey", "oy",
)
# Corrections on the prepared word (lower case, "ĳ", accents other than diaeresis removed).
_HIATUS_RULES = (
    (re.compile(r"eum(?![aeiouy])"), 1),  # museum, jubileum: mu-se-um, not "eu"
    (re.compile(r"ieu[sz]"), 1),  # serieus, religieuze: ri-eus
    (re.compile(r"^[gb]eau"), 1),  # geautomatiseerd: ge-au, not "eau" as in bureau
)
# Loanwords that do not follow Dutch spelling; also matched as the start or end of a compound.
SYLLABLE_EXCEPTIONS = {
    "online": 2, "offline": 2, "website": 2, "site": 1, "mail": 1, "email": 2,
    "update": 2, "software": 2, "hardware": 2, "service": 2, "team": 1, "deal": 1,
    "lease": 1, "coach": 1, "deadline": 2, "timeline": 2, "game": 1, "jeans": 1,
    "station": 2, "facebook": 2, "youtube": 2, "smartphone": 2, "homepage": 2,
}
_SYMBOLS = {"%": 2, "€": 2, "&": 1, "+": 1, "§": 2}


_VOWEL_RUN = re.compile(f"[{_VOWELS}]+")
_NON_WORD = re.compile(r"[\W_]+")
_Y_VOWEL = re.compile(r"y[aeiou]")
# loanwords long enough to be matched as part of a compound, in the order of the table
_EXCEPTION_PARTS = tuple((key, value) for key, value in SYLLABLE_EXCEPTIONS.items() if len(key) >= 4)
_EXCEPTION_KEYS = tuple(key for key, _ in _EXCEPTION_PARTS)
# their first and last four letters: a word that starts or ends with a key starts or ends with
# those (two set look-ups rule out nearly every word; the tuple's startswith tries each key)
_EXCEPTION_HEADS = frozenset(key[:4] for key in _EXCEPTION_KEYS)
_EXCEPTION_TAILS = frozenset(key[-4:] for key in _EXCEPTION_KEYS)


def _prepare(part: str) -> str:
    if part.isascii():  # no accents to take off
        text = part.lower()
    else:
        text = unicodedata.normalize("NFD", part.lower())
        text = "".join(c for c in text if c == "\u0308" or not unicodedata.combining(c))
        text = unicodedata.normalize("NFC", text)
    text = text.replace("ij", "ĳ").replace("qu", "q")
    return "j" + text[1:] if _Y_VOWEL.match(text) else text  # yoghurt


@lru_cache(maxsize=4096)
def _nuclei(group: str) -> int:
    """Vowel sounds in a run of vowel letters; a diaeresis always starts a new one."""
    count, i = 0, 0
    while i < len(group):
        count += 1
        for unit in _NUCLEI:
            piece = group[i : i + len(unit)]
            if piece.translate(_DIAERESIS) == unit and piece[1:] == piece[1:].translate(_DIAERESIS):
                i += len(unit)
                break
        else:
            i += 1
    return count


def _count_part(part: str) -> int:
    word = _prepare(part)
    if word in SYLLABLE_EXCEPTIONS:
        return SYLLABLE_EXCEPTIONS[word]
    if (word[:4] in _EXCEPTION_HEADS or word[-4:] in _EXCEPTION_TAILS) and (
            word.startswith(_EXCEPTION_KEYS) or word.endswith(_EXCEPTION_KEYS)):  # rare: look key by key
        for key, value in _EXCEPTION_PARTS:  # loanword as part of a compound
            if len(word) > len(key):
                if word.startswith(key):
                    return value + _count_part(word[len(key):])
                if word.endswith(key):
                    return _count_part(word[: -len(key)]) + value
    count = sum(map(_nuclei, _VOWEL_RUN.findall(word)))
    if "eu" not in word and "eau" not in word:
        return count  # every rule of _HIATUS_RULES needs one of the two (most words have neither)
    return count + sum(delta for rule, delta in _HIATUS_RULES if rule.search(word))


@lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Number of syllables in a Dutch word, as written (``idee`` 2, ``ruïne`` 3).

    A number counts as 1, a symbol such as % or € as its spoken word, other punctuation as 0.
    An abbreviation without vowels (BSN, KvK) counts one syllable per letter.
    """
    word = word.strip()
    if word.isalpha():  # the bulk of a text: letters only, so one part and no digit
        count = _count_part(word)
        return count or (len(word) if len(word) <= 5 else 1)
    if any(c.isdigit() for c in word):
        return 1
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return sum(_SYMBOLS.get(c, 0) for c in word)
    count = sum(_count_part(p) for p in _NON_WORD.split(word) if p)
    return count or (len(letters) if len(letters) <= 5 else 1)


# --- Flesch-Douma ----------------------------------------------------------------------

# Bands commonly used with Douma's formula (lower bound, label), easiest first.
DOUMA_BANDS = (
    (90.0, "zeer makkelijk"), (80.0, "makkelijk"), (70.0, "vrij makkelijk"),
    (60.0, "normaal"), (50.0, "vrij moeilijk"), (30.0, "moeilijk"),
    (float("-inf"), "zeer moeilijk"),
)


def flesch_douma(words: int, sentences: int, syllables: int) -> float:
    """Flesch-Douma reading ease: higher is easier; 0.0 for an empty text."""
    if words <= 0 or sentences <= 0:
        return 0.0
    return 206.835 - 0.93 * (words / sentences) - 77.0 * (syllables / words)


def douma_label(score: float) -> str:
    """Short Dutch label for a Flesch-Douma score ("zeer moeilijk" ... "zeer makkelijk")."""
    return next(label for bound, label in DOUMA_BANDS if score >= bound)


# --- LiNT-II ---------------------------------------------------------------------------

LINT_VERSION = "LiNT-II 0.1.3"


# The published LiNT-II formula (README), fitted with nl_core_news_lg 3.7 and the noun list of
# 2026-04-20. (The wheel also has a set for spaCy 3.8 models; see coefficients.json there.)
COEFFICIENTS = {
    "const": -4.302208863089504,
    "word_frequency": 17.314066317616003,
    "max_dependency_length": -1.6240611785998273,
    "content_words_per_clause": -2.5422287085919666,
    "proportion_concrete": 15.951894022642866,
}
LEVEL_BOUNDS = (34.0, 46.0, 58.0)  # level 1: [0, 34), 2: [34, 46), 3: [46, 58), 4: [58, 100]
ZERO_COUNT_FREQUENCY = 1.359228547196266  # LiNT-II's value for a word SUBTLEX-NL lacks
WORDFREQ_OFFSET = 0.34  # wordfreq Zipf minus SUBTLEX-NL Zipf, see the module docstring

_LEVEL_TEXT = {  # shown after "niveau N:", so without the number
    1: "makkelijk. Bijna alle volwassenen kunnen deze tekst goed lezen. "
    "Ongeveer 1 op de 7 volwassenen (14%) vindt zo'n tekst moeilijk.",
    2: "redelijk makkelijk. De meeste volwassenen kunnen deze tekst lezen. "
    "Ongeveer 3 op de 10 volwassenen (29%) vinden zo'n tekst moeilijk.",
    3: "moeilijk. Ongeveer de helft van de volwassenen (53%) vindt zo'n tekst moeilijk. "
    "Voor veel inwoners is dit te moeilijk.",
    4: "zeer moeilijk. Ongeveer 8 op de 10 volwassenen (78%) vinden zo'n tekst moeilijk. "
    "Alleen geoefende lezers begrijpen hem goed.",
}
_ORDINAL = re.compile(
    r"\d+(e|ste|de)|(aller)?eerst(e|en|er)?|tweede|derde|vierde|vijfde|zesde|zevende|achtste"
    r"|negende|elfde|twaalfde|(der|veer|vijf|zes|zeven|acht|negen)?tiende"
    r"|\w*(twin|der|veer|vijf|zes|zeven|tach|negen)tigste|\w*(honderdste|duizendste|miljoenste)"
)


@dataclass(frozen=True)
class LintScore:
    """LiNT-II result: ``score`` 0-100 (higher is harder) and ``level`` 1-4.

    Both are None when a feature cannot be computed, as in LiNT-II: no content word with a
    frequency, fewer than two words, no finite verb, or no noun from the noun list.
    """

    score: float | None
    level: int | None
    word_frequency: float | None  # mean frequency of content words (Zipf, SUBTLEX-like)
    max_dependency_length: float | None  # longest dependency; for a text the mean per sentence
    content_words_per_clause: float | None
    proportion_concrete: float | None
    sentences: int = 1


@dataclass
class _Features:
    frequencies: list[float]
    max_sdl: int | None
    content_words: int
    finite_verbs: int
    nouns: Counter


@lru_cache(maxsize=None)
def _table(name: str) -> tuple[tuple[str, ...], ...]:
    from duidelijk.wordlists import wordlist_dir

    with (wordlist_dir() / f"{name}.tsv").open(encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if line.strip() and line[0] != "#"]
    return tuple(tuple(row) for row in rows[1:])  # rows[0] is the column header


class _NounTable:
    """Noun form -> (type c/a/u, head noun of a compound or "").

    Made from ``concrete_nouns.tsv`` once per user (``duidelijk.datacache``) and read at each
    start as it is stored: the sorted forms in one UTF-8 text searched by blocks
    (``lexicon.FrequencyTable``, which gives a form's place), the types as one byte per form
    and the heads in one text with the end of each; a form's head is cut out when it is
    asked, not 164,000 strings at every start. Each distinct word is looked up once and kept
    (bounded)."""

    def __init__(self, forms, kinds: bytes, heads: bytes, head_ends: Sequence[int]):
        self._forms = forms  # form -> its place (``FrequencyTable`` over range(n))
        self._kinds, self._heads, self._head_ends = kinds, heads, head_ends
        self._seen: dict[str, tuple[str, str] | None] = {}  # words looked up before

    @classmethod
    def from_lists(cls, words: list[str], kinds: list[str], heads: list[str]) -> "_NounTable":
        from duidelijk.lexicon import FrequencyTable, packed

        if any(len(kind) > 1 for kind in kinds):
            raise ValueError("a noun type is one letter")
        return cls(FrequencyTable(words, range(len(words))), bytes(ord(kind) if kind else 0 for kind in kinds),
                   *packed(heads))

    @classmethod
    def from_store(cls, arrays) -> "_NounTable":
        """The table from the arrays of ``to_store``; KeyError or ValueError when damaged."""
        from duidelijk.lexicon import FrequencyTable

        import numpy

        kinds, ends = arrays["kinds"].tobytes(), array("q", arrays["head_ends"].astype(numpy.int64).tobytes())
        if len(ends) != len(kinds):
            raise ValueError("damaged table")
        return cls(FrequencyTable.from_stored(arrays, range(len(kinds))), kinds, arrays["heads"].tobytes(), ends)

    def to_store(self) -> dict:
        """The table as arrays for ``datacache.store``."""
        import numpy

        return self._forms.to_store(index=True) | {
            "kinds": numpy.frombuffer(self._kinds, dtype=numpy.uint8),
            "heads": numpy.frombuffer(self._heads, dtype=numpy.uint8),
            "head_ends": numpy.array(self._head_ends, dtype=numpy.int64)}

    def get(self, word: str) -> tuple[str, str] | None:
        found = self._seen.get(word, False)
        if found is not False:
            return found
        if len(self._seen) > 100_000:
            self._seen.clear()
        found = self._seen[word] = self._find(word)
        return found

    def _find(self, word: str) -> tuple[str, str] | None:
        # the list writes "foto's" with the straight apostrophe; "foto’s" is the same word (a few
        # forms the list writes only with ’, "dtp’s", are found as written)
        at = self._forms.get(word)
        if at is None and "’" in word:
            at = self._forms.get(word.replace("’", "'"))
        if at is None:
            return None
        kind = self._kinds[at]
        return chr(kind) if kind else "", lexicon.unpacked(self._heads, self._head_ends, at)

    def __len__(self) -> int:
        return len(self._kinds)


def _read_nouns(path: Path) -> dict[str, tuple[str, str]]:
    """``concrete_nouns.tsv`` as noun form -> (type, head), plurals included."""
    nouns: dict[str, tuple[str, str]] = {}
    add_plural = nouns.setdefault
    with path.open(encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    header = True
    for line in lines:
        if not line.strip() or line[0] == "#":
            continue
        if header:  # the column names
            header = False
            continue
        word, kind, head, plurals = (line.split("\t") + ["", "", ""])[:4]
        nouns[word] = entry = (kind, head)
        if plurals:
            for change in plurals.split("|"):  # "+en": add; "-2+den": cut 2, add
                if change:
                    cut, _, add = change.partition("+")
                    add_plural(word[: len(word) - int(cut[1:] or 0)] + add, entry)
    return nouns


@lru_cache(maxsize=None)
def _nouns() -> _NounTable:
    """Noun form -> (type c/a/u, head noun of a compound or ""), plurals included."""
    from duidelijk import datacache
    from duidelijk.wordlists import wordlist_dir

    path = wordlist_dir() / "concrete_nouns.tsv"
    stored = datacache.load("lint-nouns-table", [path, Path(__file__)])
    if stored is not None:
        try:
            return _NounTable.from_store(stored)
        except (KeyError, ValueError):
            pass  # damaged: read the list again
    nouns = _read_nouns(path)
    words = sorted(w for w in nouns if "\n" not in w)
    table = _NounTable.from_lists(words, [nouns[w][0] for w in words], [nouns[w][1] for w in words])
    datacache.store("lint-nouns-table", [path, Path(__file__)], table.to_store())
    return table


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    return frozenset(row[0] for row in _table(name))


@lru_cache(maxsize=100_000)
def word_frequency(word: str) -> float:
    """LiNT-II frequency of a lower-case word form (wordfreq mapped onto SUBTLEX-NL).

    Reads the same per-word table as the rules (``duidelijk.lexicon.zipf``). Kept per word
    (the token table asks it two or three times for each new word: its frequency, and the
    form and lemma of its familiarity gap). (``lexicon`` is imported with this module: an
    import statement here took about a microsecond at each of some 8,000 new words a pass.)"""
    return max(ZERO_COUNT_FREQUENCY, lexicon.zipf(word) - WORDFREQ_OFFSET)


def _is_content_word(tok: Token) -> bool:
    """Noun, proper noun, verb, adjective or manner adverb; not a numeral or copula."""
    return _content_word(tok.tag_, tok.pos_, bool(tok.morph.get("NumType")), tok.lower_, tok.dep_ == "cop")


def _content_word(tag: str, pos: str, numtype: bool, lower: str, copula: bool) -> bool:
    """``_is_content_word`` from the token's labels: tag, POS, whether its morphology has a
    NumType, its lower-case form and whether it is a copula."""
    numeral = "TW" in tag or pos == "NUM" or numtype
    if numeral or (pos == "ADJ" and _ORDINAL.fullmatch(lower)) or copula:
        return False
    if pos in ("NOUN", "PROPN", "VERB", "ADJ"):
        return True
    return lower in _words("lint_manner_adverbs")


def _is_finite_verb(tok: Token) -> bool:
    return "WW|pv" in tok.tag_ or "Fin" in tok.morph.get("VerbForm")


def _token_frequency(tok: Token, skip: Callable[[Token], bool] | None, content: bool | None = None) -> float | None:
    if content is None:
        content = _is_content_word(tok)
    if skip is not None and skip(tok):
        return None
    return _frequency(tok.pos_, content, tok.lower_, tok.lemma_.lower())


def _frequency(pos: str, content: bool, text: str, lemma: str) -> float | None:
    """LiNT-II frequency of a token from its POS, content-word flag, lower-case form and
    lower-case lemma (None for a proper noun, a function word or a word on the skip list)."""
    if pos == "PROPN" or not content:
        return None
    skiplist = _words("lint_freq_skiplist")
    if text in skiplist or lemma in skiplist:
        return None
    if pos == "NOUN":  # a listed compound counts with the frequency of its head noun
        entry = _nouns().get(text)
        text = entry[1] if entry and entry[1] else text
    return word_frequency(text)


def noun_class(word: str) -> str | None:
    """'c' concrete, 'a' abstract, 'u' both, for a lower-case noun form in LiNT-II's list; else None."""
    entry = _nouns().get(word)
    return entry[0] if entry else None


def noun_type(tok: Token) -> str | None:
    """'c' concrete, 'a' abstract, 'u' undefined, '?' unknown noun; None if not a noun."""
    return _noun_type(tok.pos_, tok.tag_, tok.lower_, tok.lemma_.lower(), tok.ent_type_)


_ENTITY_NOUN = {"PERSON": "c", "GPE": "c", "ORG": "a"}  # the noun type of a noun no list holds, by its entity


def _noun_type(pos: str, tag: str, lower: str, lemma: str, ent_type: str) -> str | None:
    """``noun_type`` from the token's POS, tag, lower-case form and lemma and entity type."""
    if pos in ("NOUN", "PROPN"):
        entry = _nouns().get(lower) or _nouns().get(lemma)
        if entry:
            return entry[0]
        return _ENTITY_NOUN.get(ent_type, "?")
    symbol = "SPEC" in tag or pos in ("SYM", "X")
    return "c" if symbol and lower in unit_symbols() else None


def unit_symbols() -> frozenset[str]:
    """Symbols of units of measure from LiNT-II's list ("kwh", "mb", "kw"), lower case."""
    return _words("lint_measurement_units")


# --- the facts of a parsed text, read once ------------------------------------------------

_tables: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Doc -> its TokenTable
_FACTS_LIMIT = 200_000  # distinct token keys kept per process before the cache starts over


class _Facts:
    """What LiNT-II reads of a token that depends on its word and labels only.

    Worked out once per distinct combination of form, lemma, tags, morphology, copula or not,
    entity type and letters only per process, with the per-token functions above. Shared by
    every token with those labels: read only, except ``match_form``, which phrases fills in
    and ``forget_match_forms`` empties. (A class with slots: made about
    nine thousand times for the 46,000 words of speed.py's varied texts, six times faster
    than a frozen dataclass, whose every field is set through ``object.__setattr__``.)"""

    __slots__ = ("content", "finite", "frequency", "noun", "lower", "lemma", "alpha", "pos", "gap", "finite_form",
                 "match_form", "id")

    def __init__(self, content: bool, finite: bool, frequency: float | None, noun: str | None, lower: str,
                 lemma: str, alpha: bool, pos: str, gap: float | None, finite_form: bool):
        self.content = content
        self.finite = finite
        self.frequency = frequency  # LiNT-II frequency of a content word (placeholders aside)
        self.noun = noun  # noun_type
        self.lower = lower  # Token.lower_
        self.lemma = lemma  # Token.lemma_
        self.alpha = alpha  # Token.is_alpha
        self.pos = pos  # Token.pos_
        self.gap = gap  # difficulty._gap of a word the difficulty model reads (letters only, no name)
        self.finite_form = finite_form  # "Fin" in Token.morph.get("VerbForm")
        # the match facts of the word (phrases._FORMS: form, lemma, keys ...), which depend on
        # its form, lemma and part of speech only: filled in by phrases the first time it asks
        self.match_form = None
        # its number among the facts made since the table of facts last started over
        # (``FactColumn``: a per-fact answer kept in a numpy array, read for a Doc at once)
        self.id = -1

    def __repr__(self) -> str:
        return "_Facts(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__[:10]) + ")"


_facts: dict[bytes, _Facts] = {}  # the labels of a token (see TokenTable) -> its facts
# the facts made since ``_facts`` last started over, in the order they were made: a fact's
# number (``_Facts.id``) is its place here, so that a ``FactColumn`` can work out its answers
# for every fact it has not seen yet in one go, from its last known number on. A fact gets its
# number and its place together, under the lock (two threads may make facts at once), and
# only then is put in ``_facts``, where other threads find it. The generation counts the
# times the facts started over, so that a number is never read twice
_by_id: list[_Facts] = []
_numbering = threading.Lock()
_generation = 0


def _numbered(fact: _Facts) -> _Facts:
    """``fact`` with its number: its place at the end of ``_by_id``."""
    with _numbering:
        fact.id = len(_by_id)
        _by_id.append(fact)
    return fact


def forget_match_forms() -> None:
    """Every token fact lets go of the match facts it keeps (``_Facts.match_form``), for
    phrases when its own table of them starts over."""
    for fact in _facts.values():
        fact.match_form = None

_morphs: dict[int, tuple[bool, bool]] = {}  # morphology key -> (has NumType, VerbForm=Fin)
# ORTH -> (Context.is_word of a token with this text, syllables, text, IS_ALPHA, IS_PUNCT,
# IS_SPACE): what depends on a token's text alone (the three flags are its lexeme's)
_words_by_orth: dict[int, tuple[bool, int, str, bool, bool, bool]] = {}


def _morph_facts(vocab, key: int) -> tuple[bool, bool]:
    """What LiNT-II reads of a morphology: whether it has a NumType, whether VerbForm is Fin."""
    facts = _morphs.get(key)
    if facts is None:
        from spacy.tokens.morphanalysis import MorphAnalysis

        morph = MorphAnalysis.from_id(vocab, key)
        facts = _morphs[key] = (bool(morph.get("NumType")), "Fin" in morph.get("VerbForm"))
    return facts


_ORTH_COLUMNS = tuple(itemgetter(k) for k in range(6))  # the fields of _word_facts, one by one
_WORD_RE = None  # rules.base.WORD_RE (Context.is_word), read at the first new text


def _word_facts(vocab, orth: int) -> tuple[bool, int, str, bool, bool, bool]:
    """What a token's text decides, once per distinct text: ``Context.is_word`` (a letter or
    digit in it, no punctuation or space), its syllables, the text itself (the string store
    makes a new ``str`` at each look-up) and its lexeme's flags IS_ALPHA, IS_PUNCT and
    IS_SPACE (``Doc.to_array`` reads a flag for every token at about 1 us per 20 tokens:
    for the same answer per text, a third of the table's array)."""
    global _WORD_RE
    if _WORD_RE is None:  # (read once: an import statement here cost about a microsecond a new text)
        from duidelijk.rules.base import WORD_RE as _WORD_RE
    lexeme = vocab[orth]
    text = lexeme.orth_
    alpha, punct, space = lexeme.is_alpha, lexeme.is_punct, lexeme.is_space
    facts = _words_by_orth[orth] = (_WORD_RE.search(text) is not None and not punct and not space,
                                    count_syllables(text), text, alpha, punct, space)
    return facts


_texts: dict[int, str] = {}  # string id -> string: the string store makes a new str at each look-up


def _string_of(strings):
    """A look-up of string ids in ``strings`` through ``_texts`` (the ids are hashes of the
    strings, the same in every vocabulary)."""
    def text(key: int) -> str:
        found = _texts.get(key)
        if found is None:
            if len(_texts) > _FACTS_LIMIT:
                _texts.clear()
            found = _texts[key] = strings[key]
        return found
    return text


# what a token's labels other than its form decide (``_label_facts``): how its content-word
# flag follows from the form (``_content_word``)
_NOT_CONTENT, _CONTENT, _UNLESS_ORDINAL, _IF_MANNER_ADVERB = range(4)
# (POS, TAG, MORPH, copula or not, ENT_TYPE) ids -> _label_facts: a hundred or so of them in
# a varied text, against thousands of forms
_labels: dict[tuple, tuple] = {}


def _label_facts(vocab, text, pos_id: int, tag_id: int, morph_id: int, copula: int, ent_id: int) -> tuple:
    """What the facts of a token take from its labels alone, once per combination of
    labels: (POS, how ``_content_word`` goes on from the form, finite verb, VerbForm=Fin,
    a noun or name, a symbol, the noun type of a noun no list holds)."""
    pos, tag, ent_type = text(pos_id), text(tag_id), text(ent_id)
    numtype, finite_form = _morph_facts(vocab, morph_id)
    if "TW" in tag or pos == "NUM" or numtype or copula:
        content = _NOT_CONTENT
    elif pos == "ADJ":
        content = _UNLESS_ORDINAL
    elif pos in ("NOUN", "PROPN", "VERB"):
        content = _CONTENT
    else:
        content = _IF_MANNER_ADVERB
    noun = pos in ("NOUN", "PROPN")
    facts = _labels[(pos_id, tag_id, morph_id, copula, ent_id)] = (
        pos, content, "WW|pv" in tag or finite_form, finite_form, noun,
        not noun and ("SPEC" in tag or pos in ("SYM", "X")), _ENTITY_NOUN.get(ent_type, "?"))
    return facts


def _make_facts(vocab, key: tuple, text=None) -> _Facts:
    """The facts of a token from its labels (LOWER, LEMMA, POS, TAG, MORPH, copula or not,
    ENT_TYPE, IS_ALPHA), as the per-token functions above work them out from a Token:
    what the labels other than the form decide comes from ``_labels`` (a hundred or so
    combinations), so that a new word reads only its form and lemma.
    ``text``: ``_string_of(vocab.strings)``, made once per Doc by the caller."""
    lower_id, lemma_id, pos_id, tag_id, morph_id, copula, ent_id, alpha = key
    if text is None:
        text = _string_of(vocab.strings)
    labels = _labels.get((pos_id, tag_id, morph_id, copula, ent_id))
    if labels is None:
        if len(_labels) > _FACTS_LIMIT:
            _labels.clear()
        labels = _label_facts(vocab, text, pos_id, tag_id, morph_id, copula, ent_id)
    pos, how, finite, finite_form, noun, symbol, entity_noun = labels
    lower, lemma = text(lower_id), text(lemma_id)
    lemma_lower = lemma.lower()
    # _content_word, _frequency and _noun_type with the labels' part known
    if how == _CONTENT:
        content = True
    elif how == _NOT_CONTENT:
        content = False
    elif how == _UNLESS_ORDINAL:
        content = not _ORDINAL.fullmatch(lower)
    else:
        content = lower in _words("lint_manner_adverbs")
    frequency = None
    if content and pos != "PROPN":
        skiplist = _words("lint_freq_skiplist")
        if lower not in skiplist and lemma_lower not in skiplist:
            head = lower
            if pos == "NOUN":  # a listed compound counts with the frequency of its head noun
                entry = _nouns().get(lower)
                head = entry[1] if entry and entry[1] else lower
            frequency = word_frequency(head)
    if noun:
        nouns = _nouns()
        entry = nouns.get(lower) or nouns.get(lemma_lower)
        kind = entry[0] if entry else entity_noun
    else:
        kind = "c" if symbol and lower in unit_symbols() else None
    gap = None
    if alpha and pos != "PROPN":  # difficulty._gap (without its import at each call)
        gap = max(0.0, difficulty.FAMILIAR - max(word_frequency(lower), word_frequency(lemma_lower)))
    return _Facts(content, finite, frequency, kind, lower, lemma, bool(alpha), pos, gap, finite_form)


@dataclass(frozen=True)
class _Sums:
    """Per Doc, the columns read for the sums over the tokens of a sentence."""

    lengths: list[int]  # dependency_length of each token; -1 for punctuation (Token.is_punct)
    gaps: list[float | None]  # _Facts.gap of each token


_KEY_COLUMNS = [0, 1, 2, 5]  # LOWER, LEMMA, POS, DEP in the array TokenTable reads


def row_keys(rows) -> list[bytes]:
    """Each row of a C-ordered 2-D numpy array as one ``bytes`` object: a key for a dict of
    per-token facts without a tuple or list per token to make and hash."""
    import numpy

    return rows.view(numpy.dtype((numpy.void, rows.itemsize * rows.shape[1]))).ravel().tolist()


class TokenTable:
    """Per Doc: each token's text, facts, head, dependency label, punctuation, offset and
    sentence, in lists (read from the Doc in one go, without a spaCy Token object per token).

    ``word[i]`` is ``Context.is_word`` of token i (not punctuation or space, a letter or
    digit in it) and ``syllables[i]`` its ``count_syllables``: both worked out once per
    distinct token text per process."""

    __slots__ = ("texts", "facts", "heads", "deps", "is_punct", "is_space", "idx", "word", "syllables",
                 "sent_bounds", "non_punct", "_lengths", "_columns", "_sums", "conj", "nsubj", "punct",
                 "_children", "_starts", "_solid", "_arrays", "_without", "_rows", "_skipped", "_generation", "_ids",
                 "_top", "_length_array")

    def __init__(self, doc):
        import numpy
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG

        vocab = doc.vocab
        strings = vocab.strings
        self.conj, self.nsubj, self.punct, cop = (strings[x] for x in ("conj", "nsubj", "punct", "cop"))
        n = len(doc)
        # string ids as uint64; the offsets to the head and SENT_START (-1) are signed. The
        # lexeme flags (IS_ALPHA, IS_PUNCT, IS_SPACE) come per distinct text (_word_facts):
        # in the array each costs as much as four other columns. Column 7 is ORTH until
        # IS_ALPHA takes its place in the facts' keys below.
        rows = doc.to_array([LOWER, LEMMA, POS, TAG, MORPH, DEP, ENT_TYPE, ORTH, HEAD, IDX,
                             SENT_START]).reshape(n, 11)
        known = _words_by_orth
        if len(known) > _FACTS_LIMIT:
            known.clear()
        orths = rows[:, 7].tolist()
        per_orth = list(map(known.get, orths))
        for i in [i for i, facts_ in enumerate(per_orth) if facts_ is None]:
            per_orth[i] = known.get(orths[i]) or _word_facts(vocab, orths[i])
        # the columns of the per-text facts, each picked in C (zip(*per_orth) would make an
        # iterator per token, and the garbage collector runs more often)
        self.word, self.syllables, self.texts, alpha, self.is_punct, self.is_space = (
            list(map(pick, per_orth)) for pick in _ORTH_COLUMNS)
        deps = rows[:, 5]
        self.deps = deps.tolist()
        offsets = rows[:, 8].astype("int64")
        heads = numpy.arange(n, dtype="int64") + offsets
        self.heads = heads.tolist()
        self.idx = rows[:, 9].tolist()
        # counts[i]: tokens of doc[:i] that are not punctuation (by label)
        counts = numpy.zeros(n + 1, dtype="int64")
        # (add.accumulate with the dtype given: numpy.cumsum of a bool array into int64 took
        # about three times as long, 14 against 4 us a Doc)
        numpy.add.accumulate(deps != self.punct, dtype=numpy.int64, out=counts[1:])
        self.non_punct = counts.tolist()
        self._arrays = (counts, heads, deps)  # the same as numpy arrays, for dependency_lengths
        starts = (rows[:, 10] == 1).nonzero()[0].tolist() if doc.has_annotation("SENT_START") else []
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        self.sent_bounds = list(zip(starts, starts[1:] + [n])) if n else []  # as Doc.sents
        keys = rows[:, :8].copy(order="C")  # LOWER, LEMMA, POS, TAG, MORPH, DEP, ENT_TYPE, IS_ALPHA
        keys[:, 5] = deps == cop
        keys[:, 7] = alpha
        packed = row_keys(keys)
        global _generation
        found = _facts
        if len(found) > _FACTS_LIMIT:
            with _numbering:
                found.clear()
                _by_id.clear()
                _generation += 1
        facts = list(map(found.get, packed))
        missing = [i for i, fact in enumerate(facts) if fact is None]
        if missing:
            text = _string_of(strings)
            labels = keys[missing].tolist()  # (one numpy step, not a row at a time)
            for i, key in zip(missing, labels):
                fact = found.get(packed[i])
                if fact is None:
                    fact = found[packed[i]] = _numbered(_make_facts(vocab, tuple(key), text))
                facts[i] = fact
        self.facts = facts
        self._generation = _generation
        # every fact of this table has a number below this (``FactColumn.of``)
        self._top = len(_by_id)
        self._ids = None
        self._children = None
        self._starts = None
        self._solid = None
        self._lengths = None
        self._length_array = None
        self._columns = None
        self._sums = None
        self._without = None
        self._rows = rows
        self._skipped = None

    def fact_ids(self):
        """``_Facts.id`` of every token, as a numpy array (made once per Doc): the index of
        the token's facts in a ``FactColumn``."""
        if self._ids is None:
            import numpy

            self._ids = numpy.fromiter(map(_ID, self.facts), dtype=numpy.intp, count=len(self.facts))
        return self._ids

    def pos_ids(self):
        """The part of speech of every token as ``Doc.to_array(POS)`` gives it (the symbol
        numbers of ``spacy.symbols``: VERB, AUX ...)."""
        return self._rows[:, 2]

    def text_differs_from_lower(self):
        """Per token, as a numpy array: is its text (ORTH) not its own lower case (LOWER)?"""
        return self._rows[:, 7] != self._rows[:, 0]

    def key_columns(self):
        """LOWER, LEMMA, POS and DEP of every token, as ``Doc.to_array`` gives them (uint64):
        what ``phrases._make_keys`` reads, from the array read here already."""
        return self._rows[:, _KEY_COLUMNS]

    def with_lower(self, lower: int) -> list[int]:
        """The indexes of the tokens whose lower-case form (LOWER) has the string id ``lower``."""
        return (self._rows[:, 0] == lower).nonzero()[0].tolist()

    def sentences_closed(self) -> bool:
        """Does every token's head lie in the token's own sentence (``sent_bounds``), so that
        no tree of the parse reaches from one sentence into another? (The parser keeps the
        sentence starts it is given: on speed.py's 281 varied texts no Doc has such a tree.)"""
        import numpy

        heads = self._arrays[1]
        n = len(heads)
        if not n:
            return True
        sentence = numpy.zeros(n, dtype=numpy.int64)
        sentence[[start for start, _ in self.sent_bounds[1:]]] = 1
        numpy.add.accumulate(sentence, out=sentence)  # each token's sentence number
        return bool((sentence[heads] == sentence).all())

    def with_pos(self, *pos: int) -> list[int]:
        """The indexes of the tokens whose part of speech (``pos_ids``: spaCy's symbol numbers,
        VERB, AUX ...) is one of ``pos``, in order."""
        column = self._rows[:, 2]
        found = column == pos[0]
        for other in pos[1:]:  # (numpy.isin took about five times as long on a Doc)
            found |= column == other
        return found.nonzero()[0].tolist()

    def with_dep(self, label: int) -> list[int]:
        """The indexes of the tokens whose dependency label has the string id ``label``."""
        return (self._arrays[2] == label).nonzero()[0].tolist()

    def punct_or_space(self) -> list[bool]:
        """Per token: punctuation or white space (``Token.is_punct or Token.is_space``), the
        tokens that DD103 and DD106 pass over; made once per Doc."""
        if self._skipped is None:
            self._skipped = [p or s for p, s in zip(self.is_punct, self.is_space)]
        return self._skipped

    def content(self) -> tuple[list[bool], list[bool], list[float | None], list[str | None]]:
        """Per token: content word, finite verb, LiNT-II frequency, noun type (``_Facts``)."""
        if self._columns is None:
            facts = self.facts
            self._columns = ([f.content for f in facts], [f.finite for f in facts],
                             [f.frequency for f in facts], [f.noun for f in facts])
        return self._columns

    def sums(self) -> _Sums:
        """The columns that ``range_features`` and ``difficulty.span_features`` read for a
        range of tokens, made once per Doc."""
        if self._sums is None:
            self._sums = _Sums([-1 if p else n for n, p in zip(self.dependency_lengths(), self.is_punct)],
                               [f.gap for f in self.facts])
        return self._sums

    def without(self, skipped: frozenset[int]) -> tuple[list[float | None], list[float | None]]:
        """The LiNT-II frequency and the ``gap`` of every token (``content()[2]``,
        ``sums().gaps``) with None for the tokens in ``skipped`` (placeholders), made once
        per Doc and set of skipped tokens: a sentence then reads its values with a slice.
        ``skipped`` is a frozenset: kept by identity, it cannot change afterwards."""
        found = self._without
        if found is None or found[0] is not skipped:
            frequency, gaps = list(self.content()[2]), list(self.sums().gaps)
            for i in skipped:
                if 0 <= i < len(gaps):
                    frequency[i] = gaps[i] = None
            found = self._without = (skipped, frequency, gaps)  # holds skipped: its id stays its own
        return found[1], found[2]

    def dependency_lengths(self) -> list[int]:
        """``dependency_length`` of every token, in numpy steps over the heads column."""
        if self._lengths is None:
            self._lengths = self.length_array().tolist()
        return self._lengths

    def length_array(self):
        """``dependency_lengths`` as a numpy array of int64, made once per Doc (read only:
        the metrics read it as an array, and then need no list of it)."""
        if self._length_array is None:
            self._length_array = self._dependency_length_array()
        return self._length_array

    def _dependency_length_array(self):
        """``dependency_length`` of every token, without a Python step per token: what
        ``heads_of`` walks one token at a time (the first conjunct of a conjunct, the
        conjuncts of a subject's verb) found for all tokens at once."""
        import numpy

        counts, heads, deps = self._arrays
        n = len(heads)
        here = counts[:n]
        tokens = numpy.arange(n)
        conj = (deps == self.conj) & (heads != tokens)  # a conjunct: heads_of walks up from it
        if not conj.any():  # every token has its head as its only head
            lengths = numpy.maximum(numpy.abs(counts[heads] - here) - 1, 0)
            lengths[deps == self.punct] = 0
            return lengths
        # first[i]: the first conjunct of token i (heads_of's ``cur``; i itself when it is no
        # conjunct), by pointer jumping: each round doubles the steps. rightward[i]: every
        # step on that way goes from a conjunct to its head on its left, so that i is among
        # the conjuncts _conjuncts finds from first[i] (conjunct_children: children to the right)
        first = numpy.where(conj, heads, tokens)
        rightward = ~conj | (heads < tokens)
        while True:
            rightward = rightward & rightward[first]
            further = first[first]
            if numpy.array_equal(further, first):
                break
            first = further
        head = heads[first]  # heads_of's first head
        lengths = numpy.abs(counts[head] - here)
        # has_conjuncts: a conjunct, or a token with a conjunct to its right
        has_conjuncts = first != tokens
        has_conjuncts[heads[conj & (heads < tokens)]] = True
        subjects = ((deps[first] == self.nsubj) & has_conjuncts[head]).nonzero()[0]
        if len(subjects):
            # a subject's heads: its verb and the verb's conjuncts, the group that starts at
            # the verb's first conjunct; the farthest of them is its lowest or highest count
            members = (conj & rightward).nonzero()[0]
            low, high = here.copy(), here.copy()
            numpy.minimum.at(low, first[members], here[members])
            numpy.maximum.at(high, first[members], here[members])
            group, own = first[head[subjects]], here[subjects]
            lengths[subjects] = numpy.maximum(lengths[subjects],
                                              numpy.maximum(high[group] - own, own - low[group]))
        lengths = numpy.maximum(lengths - 1, 0)
        lengths[deps == self.punct] = 0
        return lengths

    def conjunct_children(self, i: int) -> list[int]:
        """The children of token ``i`` to its right with the label ``conj``, in order (the
        conjuncts in ``Token.rights``)."""
        conj, deps = self.conj, self.deps
        return [j for j in self.children(i) if j > i and deps[j] == conj]

    def sentence_of(self, i: int) -> tuple[int, int]:
        """(start, end) of the sentence of token ``i``: ``Token.sent``'s bounds, without a Span."""
        if self._starts is None:
            self._starts = [start for start, _ in self.sent_bounds]
        return self.sent_bounds[bisect.bisect_right(self._starts, i) - 1]

    def solid(self) -> list[int]:
        """The indexes of the tokens that are not white space (``is_space``), in order."""
        if self._solid is None:
            import numpy

            self._solid = numpy.logical_not(self.is_space).nonzero()[0].tolist()
        return self._solid

    def children(self, i: int) -> list[int]:
        """The children of token ``i`` in order (``Token.children``)."""
        if self._children is None:
            self._children = self._child_lists()
        kids, ends = self._children
        if not 0 <= i < len(ends):
            return []
        return kids[ends[i - 1] if i else 0:ends[i]]

    def _child_lists(self) -> tuple[list[int], list[int]]:
        """Every token's children in one list, sorted by head and then in token order, and
        per token the end of its children in that list: made in numpy steps, without a Python
        step per token (the first ``children`` of a Doc made a dict of lists token by token)."""
        import numpy

        heads = self._arrays[1]
        tokens = numpy.arange(len(heads))
        dependent = heads != tokens  # (a root is its own head)
        kids, of = tokens[dependent], heads[dependent]
        order = numpy.argsort(of, kind="stable")  # stable: each head's children in token order
        ends = numpy.cumsum(numpy.bincount(of, minlength=len(heads)))
        return kids[order].tolist(), ends.tolist()

    def has_conjuncts(self, i: int) -> bool:
        """Whether ``Token.conjuncts`` of token ``i`` is not empty."""
        heads, deps = self.heads, self.deps
        start = i
        while heads[start] != start and deps[start] == self.conj:
            start = heads[start]
        if start != i:
            return True  # i is a conjunct of start
        return bool(self.conjunct_children(start))

    def heads_of(self, i: int) -> list[int]:
        """LiNT-II's heads of token ``i``: a conjunct takes the head of the first conjunct; a
        subject also depends on the conjuncts of its verb ("geluid klinkt ... en moet worden
        gehoord")."""
        heads, deps = self.heads, self.deps
        cur = i
        while deps[cur] == self.conj and heads[cur] != cur:
            cur = heads[cur]
        head = heads[cur]
        if deps[cur] == self.nsubj and self.has_conjuncts(head):
            return [head, *self._conjuncts(head)]
        return [head]

    def _conjuncts(self, i: int) -> list[int]:
        heads, deps = self.heads, self.deps
        start = i
        while heads[start] != start and deps[start] == self.conj:
            start = heads[start]
        queue, output = [start], [start]
        for word in queue:
            for child in self.conjunct_children(word):
                output.append(child)
                queue.append(child)
        return [w for w in output if w != i]

    def dependency_length(self, i: int) -> int:
        if self.deps[i] == self.punct:
            return 0
        counts = self.non_punct
        best = 0
        for head in self.heads_of(i):
            lo, hi = (i, head) if i < head else (head, i)
            best = max(best, counts[hi] - counts[lo] - 1)
        return best



_ID = attrgetter("id")


class FactColumn:
    """A yes or no per token fact (``_Facts``: the token's form, lemma and labels) for a
    rule, worked out once per distinct fact per process by ``test`` and kept in a numpy array
    by ``_Facts.id``: ``of(table)`` gives it for every token of a Doc in one numpy step, so a
    rule can visit only the tokens where it can find something (``ndarray.nonzero``).

    ``test`` must depend on the fact alone, and on ``source`` (a word list it reads), which
    ``of`` is given each time: another ``source`` (by identity) starts the column over.

    With ``width``, ``test`` gives a row of ``width`` numbers (of ``dtype``) per fact instead
    of a yes or no, and ``of`` a matrix with a row per token (the metrics' per-fact numbers).

    The column knows the answers for the facts numbered below ``_upto`` (the facts are
    numbered in the order they are made: ``_by_id``). A table whose facts all lie below it
    is read with one numpy step; for a table with newer facts, the column first works out
    every fact from ``_upto`` to the table's last number, in one list and one numpy step.
    (It used to find a Doc's unknown facts by a mask of known ones: five numpy steps, a dict
    and two lists per Doc and column, more than the tests themselves for most columns.)"""

    def __init__(self, test, dtype=bool, width: int | None = None):
        self.test = test
        self.dtype, self.width = dtype, width
        self._values = None
        self._upto = 0
        self._generation = -1
        self._source = None
        self._lock = threading.Lock()

    def of(self, table: "TokenTable", source=None):
        import numpy

        facts = table.facts
        if table._generation != _generation:  # a table from before the facts started over
            if self.width is None:
                return numpy.fromiter((bool(self.test(f, source)) for f in facts), dtype=bool, count=len(facts))
            return numpy.array([self.test(f, source) for f in facts], dtype=self.dtype).reshape(len(facts), self.width)
        if table._top > self._upto or self._generation != _generation or source is not self._source:
            self._catch_up(table._top, source)
        if self.width is not None:
            # rows by ``take``: the same copy as indexing with the array, in a third of the
            # time for a matrix (numpy's fancy indexing of rows: about 11 against 3 us a Doc)
            return self._values.take(table.fact_ids(), axis=0)
        return self._values[table.fact_ids()]

    def _catch_up(self, top: int, source) -> None:
        """Work out the answers for the facts numbered ``_upto`` to ``top`` (all of them when
        the facts or the source changed). The new array, or the answers in the old one, are
        in place before ``_upto`` says so: a thread that reads the column meanwhile sees
        either the old answers or the new ones."""
        import numpy

        with self._lock:
            if self._generation != _generation or source is not self._source:
                # every answer is worked out again, into the same array (never None: a
                # thread may be reading it)
                self._upto = 0
                self._generation, self._source = _generation, source
            upto = self._upto
            if top <= upto and self._values is not None:
                return  # another thread has just done it
            new = _by_id[upto:top]
            top = upto + len(new)
            # the tests called from C (map), the yes or no of each answer taken by numpy (its
            # truth value, as bool() gives it), without a list of the answers in between
            asked = map(self.test, new, itertools.repeat(source, len(new)))
            if self.width is None:
                answers = numpy.fromiter(asked, dtype=bool, count=len(new))
            else:
                answers = list(asked)
            values = self._values
            if values is None or len(values) < top:
                size = max(top, 1024 if values is None else 2 * len(values))
                grown = numpy.zeros((size,) if self.width is None else (size, self.width), dtype=self.dtype)
                if upto:
                    grown[:upto] = values[:upto]
                values = grown
            values[upto:top] = answers
            self._values = values
            self._upto = top


def token_table(doc) -> TokenTable:
    """The token table of ``doc``, made once per Doc (again if the Doc changed length).

    Rules ask it about 45,000 times on 46,000 words, nearly always for the Doc asked just
    before: that one is found through a weak reference (0.19 against 0.35 us for the weak
    dict, which makes a new weak reference at each look-up); the last table is kept, not its Doc."""
    global _last_table
    ref, table = _last_table
    if ref() is doc and len(table.facts) == len(doc):
        return table
    table = _tables.get(doc)
    if table is None or len(table.facts) != len(doc):
        table = _tables[doc] = TokenTable(doc)
    _last_table = (weakref.ref(doc), table)  # one tuple: a thread reads either the old pair or the new one
    return table


def per_doc(doc, key: str, make):
    """``make(doc)``, made once per Doc and kept in ``doc.user_data[key]`` as (the Doc's length,
    the value); made again if the Doc changed length. For a table a rule reads many times on
    one text (the text's words by form, the nouns a text owns)."""
    kept = doc.user_data.get(key)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[key] = (len(doc), make(doc))
    return kept[1]


def _no_doc():
    return None


_last_table: tuple = (_no_doc, None)  # (weak reference to the Doc asked last, its table)


def dependency_length(tok: Token) -> int:
    """Words between a token and its head (0 if adjacent); punctuation is not counted."""
    return token_table(tok.doc).dependency_length(tok.i)


def sentence_features(sent: Iterable[Token], skip: Callable[[Token], bool] | None = None) -> _Features:
    """The four LiNT-II features of one sentence; pass them to ``lint_sentence``/``lint_text``
    so that a sentence is read once for both."""
    if hasattr(sent, "start") and hasattr(sent, "doc"):  # a Span
        doc, indexes = sent.doc, range(sent.start, sent.end)
    else:
        tokens = list(sent)
        if not tokens:
            return _Features([], None, 0, 0, Counter())
        doc, indexes = tokens[0].doc, [t.i for t in tokens]
    skipped = None
    if skip is not None:
        skipped = {i for i in indexes if skip(doc[i])}
    return features_of(doc, indexes, skipped)


def features_of(doc, indexes: Iterable[int], skipped: set[int] | frozenset[int] | None = None) -> _Features:
    """``sentence_features`` of the tokens ``doc[i]`` for ``i`` in ``indexes``; the indexes
    in ``skipped`` (placeholders) have no word frequency."""
    table = token_table(doc)
    if isinstance(indexes, range) and indexes.step == 1:
        return range_features(table, indexes.start, indexes.stop, skipped)
    facts, is_punct = table.facts, table.is_punct
    freqs: list[float] = []
    nouns: Counter = Counter()
    content_words = finite_verbs = 0
    words = []
    for i in indexes:
        fact = facts[i]
        content_words += fact.content
        finite_verbs += fact.finite
        if fact.frequency is not None and not (skipped and i in skipped):
            freqs.append(fact.frequency)
        if fact.noun is not None:
            nouns[fact.noun] += 1
        if not is_punct[i]:
            words.append(i)
    return _Features(
        frequencies=freqs,
        max_sdl=max(table.dependency_length(i) for i in words) if len(words) >= 2 else None,
        content_words=content_words,
        finite_verbs=finite_verbs,
        nouns=nouns,
    )


def range_features(table: TokenTable, start: int, end: int,
                   skipped: set[int] | frozenset[int] | None = None) -> _Features:
    """``features_of`` the tokens ``start:end`` of the Doc of ``table``, read from its columns
    with slices, ``sum``, ``max`` and ``Counter`` (loops in C, no Python code per token but
    for the frequencies of skipped tokens)."""
    content, finite, frequency, noun = table.content()
    if isinstance(skipped, frozenset) and skipped:  # placeholder_tokens: one set per text
        freqs = [f for f in table.without(skipped)[0][start:end] if f is not None]
    elif skipped:
        freqs = [f for i, f in enumerate(frequency[start:end], start) if f is not None and i not in skipped]
    else:
        freqs = [f for f in frequency[start:end] if f is not None]
    words = end - start - sum(table.is_punct[start:end])
    return _Features(
        frequencies=freqs,
        max_sdl=max(table.sums().lengths[start:end]) if words >= 2 else None,
        content_words=sum(content[start:end]),
        finite_verbs=sum(finite[start:end]),
        nouns=Counter(filter(None, noun[start:end])),  # the noun types are not empty
    )


def _float_mean(values: list[float]) -> float:
    """``statistics.mean`` of floats, to the last bit, four times faster: the exact sum of
    the values (as fractions with a power of two below) divided by their number, rounded
    once (Python divides integers with correct rounding, as ``statistics`` does)."""
    if len(values) < 16:  # a sentence: as below, without counting the values first
        ratios = [v.as_integer_ratio() for v in values]
        den = max(d for _, d in ratios)
        return sum(n * (den // d) for n, d in ratios) / (den * len(values))
    if len(values) >= _NUMPY_MEAN:  # a text: the exact sum in numpy, in whole numbers
        mean = _exact_mean(values)
        if mean is not None:
            return mean
    # a text has few distinct values: each is turned into a fraction once, times its count
    ratios = [(v.as_integer_ratio(), k) for v, k in Counter(values).items()]
    den = max(d for (_, d), _ in ratios)
    return sum(n * k * (den // d) for (n, d), k in ratios) / (den * len(values))


_NUMPY_MEAN = 32  # from this many values numpy is faster than fractions per distinct value


def _exact_mean(values: list[float]) -> float | None:
    """``_float_mean`` of many floats, to the last bit: each value is its 53-bit mantissa
    times a power of two (``numpy.frexp``); the mantissas, shifted to the smallest power,
    are summed as whole numbers in two halves of 27 bits (so that no sum of int64 can
    overflow), then joined in a Python int and divided by the count with one rounding, as
    ``statistics.mean`` does. None (use the other way) when the values lie more than 9 powers
    of two apart or one is not finite; LiNT-II's frequencies lie within 1.36-8."""
    import numpy

    arr = numpy.array(values, dtype=numpy.float64)
    if not numpy.isfinite(arr).all():
        return None
    fractions, exponents = numpy.frexp(arr)  # arr = fraction * 2**exponent, 0.5 <= |fraction| < 1
    whole = (fractions * 9007199254740992.0).astype(numpy.int64)  # * 2**53: exact, |whole| < 2**53
    exponents = exponents.astype(numpy.int64)
    lowest = int(exponents.min())
    shift = exponents - lowest
    if int(shift.max()) > 9:
        return None
    high = whole >> 27  # whole = high * 2**27 + low, 0 <= low < 2**27
    low = whole - (high << 27)
    total = (int((high << shift).sum()) << 27) + int((low << shift).sum())  # the sum is total * 2**scale
    scale, n = lowest - 53, len(values)
    return total / (n << -scale) if scale < 0 else (total << scale) / n


def _proportion_concrete(nouns: Counter) -> float | None:
    known = nouns["c"] + nouns["a"] + nouns["u"]  # unknown nouns are left out
    return nouns["c"] / known if known else None


def lint_level(score: float) -> int:
    """LiNT-II level 1-4 for a score, with the published bands."""
    return 1 + bisect.bisect_right(LEVEL_BOUNDS, score)  # the bounds at or below the score (in order)


_LINT_FIELDS = tuple(f.name for f in fields(LintScore))


def _lint_score(*values) -> LintScore:
    """``LintScore(*values)`` (every field, in order), made without the frozen dataclass's
    ``__init__``, which sets each field through ``object.__setattr__`` (1.3 against 0.7 us;
    the metrics make one per sentence): the same fields in the same ``__dict__``, so the same
    object for ``==``, ``repr``, ``hash`` and pickle, and still frozen."""
    score = object.__new__(LintScore)
    score.__dict__.update(zip(_LINT_FIELDS, values))
    return score


def lint_from_features(
    word_frequency: float | None,
    max_dependency_length: float | None,
    content_words_per_clause: float | None,
    proportion_concrete: float | None,
    sentences: int = 1,
) -> LintScore:
    """Apply the LiNT-II formula: score = 100 - clamp(linear model, 0, 100)."""
    feats = (word_frequency, max_dependency_length, content_words_per_clause, proportion_concrete)
    if None in feats:
        return _lint_score(None, None, *feats, sentences)
    w1, w2, w3, w4 = _WEIGHTS
    # the products summed by sum(), in this order, as the coefficients by name did
    raw = COEFFICIENTS["const"] + sum((w1 * word_frequency, w2 * max_dependency_length,
                                       w3 * content_words_per_clause, w4 * proportion_concrete))
    score = min(100.0, max(0.0, 100.0 - raw))
    return _lint_score(score, lint_level(score), *feats, sentences)


_WEIGHTS = tuple(COEFFICIENTS[n] for n in ("word_frequency", "max_dependency_length", "content_words_per_clause",
                                           "proportion_concrete"))


def lint_sentence(sent: Span, skip: Callable[[Token], bool] | None = None,
                  features: _Features | None = None) -> LintScore:
    """LiNT-II score of one parsed sentence (``features``: from ``sentence_features``)."""
    f = features if features is not None else sentence_features(sent, skip)
    return lint_from_features(
        _float_mean(f.frequencies) if f.frequencies else None,
        f.max_sdl,
        f.content_words / f.finite_verbs if f.finite_verbs else None,
        _proportion_concrete(f.nouns),
    )


def lint_text(sents: Iterable[Span], skip: Callable[[Token], bool] | None = None,
              features: list[_Features] | None = None) -> LintScore:
    """LiNT-II score of a text, computed as the wheel does for a document.

    Word frequency and the proportion of concrete nouns are pooled over all words of the
    text; the longest dependency and content words per clause are means of the sentence
    values (sentences where they cannot be computed are left out).
    """
    feats = features if features is not None else [sentence_features(s, skip) for s in sents]
    freqs = [x for f in feats for x in f.frequencies]
    sdls = [f.max_sdl for f in feats if f.max_sdl is not None]
    cwpc = [f.content_words / f.finite_verbs for f in feats if f.finite_verbs]
    nouns: Counter = Counter()
    for f in feats:  # the counts are positive: as sum(..., Counter()) without a new Counter each time
        nouns.update(f.nouns)
    return lint_from_features(
        _float_mean(freqs) if freqs else None,
        _int_mean(sdls) if sdls else None,
        _float_mean(cwpc) if cwpc else None,
        _proportion_concrete(nouns),
        sentences=len(feats),
    )


def _int_mean(values: list[int]) -> int | float:
    """``statistics.mean`` of integers: an int when the mean is whole, else the correctly
    rounded quotient (Python divides integers with correct rounding, as ``statistics`` does)."""
    total, n = sum(values), len(values)
    whole, rest = divmod(total, n)
    return total / n if rest else whole


def lint_level_description(level: int | None) -> str:
    """Plain-Dutch explanation of a LiNT-II level: who can read a text at that level.

    Meant to follow "niveau N: ", e.g. "makkelijk. Bijna alle volwassenen ..."."""
    if level is None:
        return (
            "niet te bepalen. De tekst is te kort, of er staat geen werkwoord of geen "
            "bekend zelfstandig naamwoord in."
        )
    return _LEVEL_TEXT[level]
