"""Tokenizer adjustments for Dutch municipal letters.

``customize_tokenizer(nlp)`` adapts the tokenizer of any Dutch spaCy pipeline in place so
that dates, amounts, times, abbreviations, postcodes, phone numbers, e-mail addresses,
URLs, case numbers and house numbers come out as sensible tokens, and sentence punctuation
after them is always split off.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.lang.char_classes import ALPHA_UPPER
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# Abbreviations that keep their period(s) as one token; duidelijk.sentences lets no
# sentence start after them (except before a capital after "enz.", "etc." and the like).
# The lowercase form is listed; the capitalised form (sentence start) is added as well.
ABBREVIATIONS = (
    "o.a.", "bijv.", "t.a.v.", "z.s.m.", "art.", "nr.", "mr.", "dhr.", "mevr.", "i.v.m.",
    "m.b.t.", "t.b.v.", "c.q.", "d.d.", "jl.", "e.d.", "etc.", "enz.", "ca.", "evt.",
    "resp.", "blz.", "tel.", "min.", "max.", "incl.", "excl.", "wo.", "zgn.", "drs.",
    "ir.", "ing.", "prof.", "dr.", "mw.", "st.", "vs.", "nrs.", "a.u.b.", "m.i.v.",
    "t/m", "z.o.z.", "i.p.v.", "n.a.v.", "v.w.b.", "m.u.v.", "p.p.", "e.e.a.", "a.s.",
    "bijl.", "afd.", "vgl.", "t.z.t.", "mln.", "mld.", "plm.", "jr.",
)

# Entries of spaCy's long Dutch abbreviation list that are ordinary Dutch words (or units
# written without a period), and so must give up a sentence-final period: "Dat heeft u al."
NOT_ABBREVIATIONS = (
    "al", "app", "bel", "best", "dat", "ex", "hand", "kg", "kon", "lat", "mand", "me",
    "ov", "pan", "pas", "pers", "red", "top", "trim", "u", "ver", "vol", "volt",
)

# A whole whitespace-separated chunk that must stay one token: phone numbers with a
# trunk prefix in brackets ("(0)53", "+31(0)53-4812345").
_TOKEN_MATCH = re.compile(r"(?:\+\d{2})?\(0\)\d{1,3}(?:-\d{6,8})?").fullmatch

_EXTRA_SUFFIXES = (
    rf"(?<=[0-9][{ALPHA_UPPER}])\.",  # house number "12A." -> "12A", "."
)
_EXTRA_INFIXES = (
    r"(?<=[.:][0-5][0-9])[-–](?=[0-2]?[0-9][.:][0-5][0-9])",  # "14.30-16.00" -> 3 tokens
)


def _case_variants(abbr: str) -> set[str]:
    return {abbr, abbr[0].upper() + abbr[1:]}


def letter_tokenizer(nlp: Language, rules, prefix_search, url_match) -> Tokenizer:
    """A tokenizer for Dutch letters, from a pipeline's exceptions, prefixes and URL rule."""
    rules = dict(rules or {})
    for word in NOT_ABBREVIATIONS:
        for form in (word, word.capitalize(), word.upper()):
            rules.pop(form + ".", None)
    # All-caps entries such as "WW." or "BV." are acronyms at the end of a sentence far
    # more often than abbreviations; let the period go.
    for key in [k for k in rules if k.isupper() and k.endswith(".") and k.count(".") == 1
                and len(k) > 2 and k.lower() not in ABBREVIATIONS]:
        del rules[key]
    for abbr in ABBREVIATIONS:
        for form in _case_variants(abbr):
            rules[form] = [{"ORTH": form}]
    suffixes = list(nlp.Defaults.suffixes or [])
    infixes = list(nlp.Defaults.infixes or [])
    # Built in one go: every setter of a Tokenizer reloads all special cases.
    return Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=prefix_search,
        suffix_search=compile_suffix_regex([*_EXTRA_SUFFIXES, *suffixes]).search,
        infix_finditer=compile_infix_regex([*_EXTRA_INFIXES, *infixes]).finditer,
        token_match=_TOKEN_MATCH,
        url_match=url_match,
    )


@registry.tokenizers("duidelijk.letter_tokenizer.v1")
def make_letter_tokenizer():
    """spaCy config entry: build the letter tokenizer from the language defaults directly."""

    def create(nlp: Language) -> Tokenizer:
        return letter_tokenizer(nlp, nlp.Defaults.tokenizer_exceptions,
                                compile_prefix_regex(nlp.Defaults.prefixes or []).search,
                                nlp.Defaults.url_match)

    return create


def customize_tokenizer(nlp: Language) -> None:
    """Give ``nlp`` the letter tokenizer (safe to call more than once)."""
    if nlp.meta.get("duidelijk_letter_tokenizer"):
        return
    tok = nlp.tokenizer
    nlp.tokenizer = letter_tokenizer(nlp, tok.rules, tok.prefix_search, tok.url_match)
    nlp.meta["duidelijk_letter_tokenizer"] = True
