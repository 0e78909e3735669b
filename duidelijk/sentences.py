"""Sentence boundaries for letter layout.

The ``duidelijk_sentences`` component runs before the parser and presets
``token.is_sent_start`` from the layout of a letter: address lines, headings, salutations,
list items and blank lines start new sentences, hard-wrapped paragraph lines and the word
after an abbreviation do not. The parser keeps preset values (True: it must start a
sentence there, False: it may not) and decides only where nothing was preset.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import numpy

from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from duidelijk.structure import BULLETS, END_MARK
from duidelijk.tokenizer import ABBREVIATIONS, customize_tokenizer

COMPONENT = "duidelijk_sentences"

_ABBREVIATIONS = frozenset(a.lower() for a in ABBREVIATIONS)
# Abbreviations that can end a sentence; after the others a sentence never starts.
_MAY_END = frozenset({"etc.", "enz.", "e.d.", "e.e.a.", "jl.", "a.s.", "a.u.b.", "z.o.z.",
                      "resp.", "incl.", "excl.", "bijl.", "min.", "max."})
_SENT_END = frozenset({".", "!", "?", "…", "..."})
_CLOSERS = frozenset({")", "]", "'", "''", '"', "’", "”", "»"})
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.)+").fullmatch
# (‘ opens a quote only: "anders.’ ‘Wat spreek je ..." starts a sentence, where the straight ' may
# close one as well)
_OPENERS = frozenset({",,", "„", "“", "«", "‘"})
_SOFT_END = frozenset({",", ";", ":", "-", "–", "(", "/", "&"})
# structure.BULLETS, the em dash and a letter "o" typed as a bullet ("o Uw paspoort")
_BULLETS = frozenset(BULLETS) | {"—", "o"}
_MARKER_ENDS = frozenset({".", ")"})
# Words that do not end a line of a sentence: a capital on the next line is a name.
_CONTINUATION_WORDS = frozenset(
    "de het een van met naar tot en of maar dat die dit deze te als uw onze hun geen per "
    "via tussen vanaf sinds zoals".split()
)
# A line at least this long that does not end a sentence is taken for a line of a
# hard-wrapped paragraph, not for a heading, address line or list item.
_WRAPPED_LINE = 60


def _is_abbreviation(tok: Token) -> bool:
    text = tok.text
    return text.lower() in _ABBREVIATIONS or (
        len(text) > 1 and text.endswith(".") and any(c.isalpha() for c in text)
    )


# The legal forms that close the name of a firm ("Thuishulp Noord B.V."): they end a name, so
# unlike initials they may end a sentence as well
_NAME_ENDS = frozenset({"B.V.", "N.V.", "V.O.F.", "C.V.", "U.A.", "B.A.", "W.A."})
# function words that open a clause, never a name after a firm's name: with a lowercase word
# after them ("B.V. De aanbieder neemt", "B.V. Wij sturen") a new sentence starts; "B.V.
# Amsterdam", "B.V. De Jong" (a name) are left as they are
_CLAUSE_OPENERS = frozenset(
    "de het een dit dat deze die er wij we u ik hij zij ze jij je uw onze daarom dan ook als indien "
    "wanneer na voor bij in op met vanaf tot zodra omdat".split()
)


def _clause_after_name(tok: Token) -> bool:
    """Does ``tok``, a capitalised function word, open a clause: is the next word lowercase?"""
    if tok.text.lower() not in _CLAUSE_OPENERS:
        return False
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k < len(doc) and doc[k].text[0].islower()


def _after_abbreviation(prev: Token, tok: Token) -> bool | None:
    """False where ``tok`` cannot start a sentence after abbreviation ``prev``, else None."""
    text = prev.text.lower()
    if tok.text[0].islower() or tok.text[0].isdigit():
        return False
    if prev.text in _NAME_ENDS and _clause_after_name(tok):
        return True  # "... door Thuishulp Noord B.V. De aanbieder neemt ...": the period of the
        # legal form ends the sentence too
    if (text in _ABBREVIATIONS and text not in _MAY_END) or _INITIALS(prev.text):
        return False  # a title ("dhr. Jansen") or initials ("J.W. Jansen")
    return None


def _may_end_sentence(doc: Doc, prev: Token) -> bool:
    return prev.text in _SENT_END or (
        prev.text in _CLOSERS and prev.i > 0 and doc[prev.i - 1].text in _SENT_END
    )


def _line_starts(texts: list[str]) -> list[int]:
    """For each token, the index of the first token of its line."""
    starts, first = [], 0
    for i, text in enumerate(texts):
        if i and "\n" in texts[i - 1]:
            first = i
        starts.append(first)
    return starts


def _is_wrapped(doc: Doc, lines: list[int], prev: Token) -> bool:
    """Whether the line ending in ``prev`` is long enough to be a wrapped paragraph line."""
    return prev.idx + len(prev) - doc[lines[prev.i]].idx >= _WRAPPED_LINE


def _marker_length(doc: Doc, i: int) -> int:
    """Number of tokens of a list marker ("-", "1.", "a)") at doc[i], else 0."""
    tok = doc[i]
    if tok.text in _BULLETS and i + 1 < len(doc) and not doc[i + 1].is_space:
        return 1
    if i + 2 < len(doc) and doc[i + 1].text in _MARKER_ENDS and not doc[i + 2].is_space:
        if (tok.is_digit and len(tok) <= 2) or (len(tok) == 1 and tok.is_alpha
                                                  and doc[i + 1].text == ")"):
            return 2
    return 0


def _list_marker_length(doc: Doc, lines: list[int], prev: Token | None, i: int) -> int:
    """Like ``_marker_length``, but not for a dash or number that a wrapped paragraph line
    happens to put at the start of the next line. A line that starts with a marker and is
    followed by another such line is a list all the same: a wrapped paragraph does not put a
    marker at the start of two lines in a row ("Neem mee naar de afspraak\n- uw paspoort\n-
    een pasfoto")."""
    length = _marker_length(doc, i)
    if length and prev is not None and _is_wrapped(doc, lines, prev) and prev.text not in _SENT_END | {":"}:
        if _marker_length(doc, lines[prev.i]):
            return length
        nxt = _next_line_start(doc, i)
        return length if nxt is not None and _marker_length(doc, nxt) else 0
    return length


def _next_line_start(doc: Doc, i: int) -> int | None:
    """The index of the first word of the line after the line of token ``i`` (with no blank
    line between), or None."""
    for k in range(i, len(doc)):
        text = doc[k].text
        if "\n" in text:
            if text.count("\n") > 1 or k + 1 >= len(doc) or doc[k + 1].is_space:
                return None
            return k + 1
    return None


def _block_has_end_mark(text: str, pos: int) -> bool:
    """Does the block of lines around offset ``pos`` (up to the blank lines above and below it)
    hold a mark that ends a sentence?"""
    starts, marks = _blocks(text)
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and marks[k]


@lru_cache(maxsize=1)  # the text being split, and only the last one
def _blocks(text: str) -> tuple[list[int], list[bool]]:
    """The blocks of lines of a text (runs of lines that are not blank), once per text: a long
    text without blank lines would otherwise be walked again at every line break. For each
    block, the offset where it starts and whether it holds a mark that ends a sentence."""
    starts: list[int] = []
    marks: list[bool] = []
    offset, block_start, block_end = 0, None, 0
    for line in text.split("\n"):
        if line.strip():
            if block_start is None:
                block_start = offset
            block_end = offset + len(line)
        elif block_start is not None:
            starts.append(block_start)
            marks.append(bool(END_MARK.search(text, block_start, block_end)))
            block_start = None
        offset += len(line) + 1
    if block_start is not None:
        starts.append(block_start)
        marks.append(bool(END_MARK.search(text, block_start, block_end)))
    return starts, marks


def _line_break(doc: Doc, lines: list[int], prev: Token, nxt: Token, newlines: int) -> bool | None:
    """Whether the first token after a line break starts a sentence (None: parser decides)."""
    if newlines >= 2 or _list_marker_length(doc, lines, prev, nxt.i):
        return True
    if _is_abbreviation(prev):
        return _after_abbreviation(prev, nxt)
    if _may_end_sentence(doc, prev):
        return True
    wrapped = _is_wrapped(doc, lines, prev)
    lower_word = prev.is_alpha and prev.is_lower
    first = nxt.text[0]
    if first.islower():  # hard wrap, unless a short line ends in a name ("J. Jansen")
        return not (lower_word or prev.text in _SOFT_END or wrapped)
    if first.isdigit():  # "ontvangen op\n12 januari" against "Postbus 20\n7500 AA"
        return not (lower_word or wrapped)
    if prev.lower_ in _CONTINUATION_WORDS:
        return False
    if wrapped and not _block_has_end_mark(doc.text, prev.idx):
        return True  # lines with no end mark in the whole block: each line is a message of
        # its own ("U bent uitgelogd omdat ...\nLog opnieuw in ..."); wrapped prose ends its
        # sentences with a mark somewhere in the block
    return None if wrapped else True  # short lines: heading, address, salutation, item


def _preset(doc: Doc, lines: list[int], prev: Token | None, tok: Token, newlines: int) -> bool | None:
    """The preset for ``tok``; ``prev`` is the last non-space token before it."""
    if prev is None:
        return False  # only whitespace before it
    if newlines:
        return _line_break(doc, lines, prev, tok, newlines)
    if _is_abbreviation(prev):
        return _after_abbreviation(prev, tok)
    if not _may_end_sentence(doc, prev):
        return False  # mid-line, not after sentence punctuation
    if prev.text == "." and prev.i > 0 and _INITIALS(doc[prev.i - 1].text + "."):
        return False  # an initial split from its period ("F . Buschman")
    if tok.text in _CLOSERS and (tok.text != '"' or tok.whitespace_ or tok.i + 1 == len(doc)):
        return False  # a closing quote or bracket belongs to the sentence before it
    if tok.text[0].isupper() or tok.text in _OPENERS:
        return True  # "ontvangen. Wij"
    return None  # "Wat nu? of ...", "€ 15. 20 ..."


@lru_cache(maxsize=65536)
def _plain(text: str) -> bool:
    """Whether a word with this text, followed on the same line by another, can never let
    a sentence start after it: no abbreviation, no sentence punctuation, no closer."""
    return not (text in _SENT_END or text in _CLOSERS or text.lower() in _ABBREVIATIONS
                or (len(text) > 1 and text.endswith(".") and any(c.isalpha() for c in text)))


_START = {True: 1, False: -1, None: 0}  # Token.is_sent_start as stored (TokenC.sent_start)


@Language.component(COMPONENT)
def letter_sentences(doc: Doc) -> Doc:
    """Preset sentence starts from letter layout; leave the rest to the parser.

    The presets are gathered in a list and written in one go (``Doc.from_array``). A word
    that directly follows a plain word on the same line (``_plain``: most words) may not
    start a sentence; only the other places are worked out token by token."""
    n = len(doc)
    if not n:
        return doc
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_SPACE, SENT_START])
    texts = [strings[x] for x in rows[:, 0].tolist()]
    spaces = rows[:, 1].tolist()
    starts = rows[:, 2].astype("int64").tolist()  # -1 (may not start) is stored as 2**64 - 1
    lines = _line_starts(texts)
    plain = _plain
    i = 0
    while i < n:
        j = i  # doc[i:j] is a run of whitespace tokens, doc[j] the next word
        while j < n and spaces[j]:
            j += 1
        for k in range(max(i, 1), j):
            starts[k] = -1  # whitespace belongs to the sentence before it
        if j < n:
            if j == i and i and plain(texts[i - 1]):
                starts[j] = -1  # mid-line after a plain word
            else:
                prev = doc[i - 1] if i else None
                newlines = "".join(texts[i:j]).count("\n") if j > i else 0
                start = _preset(doc, lines, prev, doc[j], newlines) if j else True
                if j and start is not None:
                    starts[j] = _START[start]
                if start or prev is None:  # the rest of a list marker and the first word after it
                    for k in range(j + 1, min(n, j + 1 + _list_marker_length(doc, lines, prev, j))):
                        starts[k] = -1
                        j += 1
        i = j + 1
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64"))
    return doc


def add_letter_components(nlp: Language) -> None:
    """Customise the tokenizer and add the letter sentence component before the parser."""
    customize_tokenizer(nlp)
    if COMPONENT in nlp.pipe_names:
        return
    for name in ("parser", "senter"):
        if name in nlp.pipe_names:
            nlp.add_pipe(COMPONENT, before=name)
            return
    nlp.add_pipe(COMPONENT, first=True)
