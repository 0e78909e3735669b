"""Sentence boundaries for letter layout.

The ``duidelijk_sentences`` component runs before the parser and presets
``token.is_sent_start`` from the layout of a letter: address lines, headings, salutations,
list items and blank lines start new sentences, hard-wrapped paragraph lines and the word
after an abbreviation do not. The parser keeps preset values (True: it must start a
sentence there, False: it may not) and decides only where nothing was preset.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from duidelijk.tokenizer import ABBREVIATIONS, customize_tokenizer

COMPONENT = "duidelijk_sentences"

_ABBREVIATIONS = frozenset(a.lower() for a in ABBREVIATIONS)
# Abbreviations that can end a sentence; after the others a sentence never starts.
_MAY_END = frozenset({"etc.", "enz.", "e.d.", "e.e.a.", "jl.", "a.s.", "a.u.b.", "z.o.z.",
                      "resp.", "incl.", "excl.", "bijl.", "min.", "max."})
_SENT_END = frozenset({".", "!", "?", "…", "..."})
_CLOSERS = frozenset({")", "]", "'", "''", '"', "’", "”", "»"})
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.)+").fullmatch
_OPENERS = frozenset({",,", "„", "“", "«"})
_SOFT_END = frozenset({",", ";", ":", "-", "–", "(", "/", "&"})
_BULLETS = frozenset({"-", "*", "•", "–", "—", "·", "▪", "●", "o"})
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


def _after_abbreviation(prev: Token, tok: Token) -> bool | None:
    """False where ``tok`` cannot start a sentence after abbreviation ``prev``, else None."""
    text = prev.text.lower()
    if tok.text[0].islower() or tok.text[0].isdigit():
        return False
    if (text in _ABBREVIATIONS and text not in _MAY_END) or _INITIALS(prev.text):
        return False  # a title ("dhr. Jansen") or initials ("J.W. Jansen")
    return None


def _may_end_sentence(doc: Doc, prev: Token) -> bool:
    return prev.text in _SENT_END or (
        prev.text in _CLOSERS and prev.i > 0 and doc[prev.i - 1].text in _SENT_END
    )


def _line_start(doc: Doc, tok: Token) -> Token:
    """The first token of the line that ``tok`` is on."""
    i = tok.i
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
    return doc[i]


def _is_wrapped(doc: Doc, prev: Token) -> bool:
    """Whether the line ending in ``prev`` is long enough to be a wrapped paragraph line."""
    return prev.idx + len(prev) - _line_start(doc, prev).idx >= _WRAPPED_LINE


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


def _list_marker_length(doc: Doc, prev: Token | None, i: int) -> int:
    """Like ``_marker_length``, but not for a dash or number that a wrapped paragraph line
    happens to put at the start of the next line."""
    length = _marker_length(doc, i)
    if length and prev is not None and _is_wrapped(doc, prev) and prev.text not in _SENT_END | {":"}:
        return length if _marker_length(doc, _line_start(doc, prev).i) else 0
    return length


def _line_break(doc: Doc, prev: Token, nxt: Token, newlines: int) -> bool | None:
    """Whether the first token after a line break starts a sentence (None: parser decides)."""
    if newlines >= 2 or _list_marker_length(doc, prev, nxt.i):
        return True
    if _is_abbreviation(prev):
        return _after_abbreviation(prev, nxt)
    if _may_end_sentence(doc, prev):
        return True
    wrapped = _is_wrapped(doc, prev)
    lower_word = prev.is_alpha and prev.is_lower
    first = nxt.text[0]
    if first.islower():  # hard wrap, unless a short line ends in a name ("J. Jansen")
        return not (lower_word or prev.text in _SOFT_END or wrapped)
    if first.isdigit():  # "ontvangen op\n12 januari" against "Postbus 20\n7500 AA"
        return not (lower_word or wrapped)
    if prev.lower_ in _CONTINUATION_WORDS:
        return False
    return None if wrapped else True  # short lines: heading, address, salutation, item


def _preset(doc: Doc, prev: Token | None, tok: Token, newlines: int) -> bool | None:
    """The preset for ``tok``; ``prev`` is the last non-space token before it."""
    if prev is None:
        return False  # only whitespace before it
    if newlines:
        return _line_break(doc, prev, tok, newlines)
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


@Language.component(COMPONENT)
def letter_sentences(doc: Doc) -> Doc:
    """Preset sentence starts from letter layout; leave the rest to the parser."""
    i = 0
    while i < len(doc):
        j = i  # doc[i:j] is a run of whitespace tokens, doc[j] the next word
        while j < len(doc) and doc[j].is_space:
            j += 1
        for space in doc[max(i, 1):j]:
            space.is_sent_start = False  # whitespace belongs to the sentence before it
        if j < len(doc):
            prev = doc[i - 1] if i else None
            start = _preset(doc, prev, doc[j], doc[i:j].text.count("\n")) if j else True
            if j and start is not None:
                doc[j].is_sent_start = start
            if start or prev is None:  # the rest of a list marker and the first word after it
                for tok in doc[j + 1: j + 1 + _list_marker_length(doc, prev, j)]:
                    tok.is_sent_start = False
                    j += 1
        i = j + 1
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
