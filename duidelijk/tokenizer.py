"""Tokenizer adjustments for Dutch municipal letters.

``customize_tokenizer(nlp)`` adapts the tokenizer of any Dutch spaCy pipeline in place so
that dates, amounts, times, abbreviations, postcodes, phone numbers, e-mail addresses,
URLs, case numbers and house numbers come out as sensible tokens, and sentence punctuation
after them is always split off.
"""

from __future__ import annotations

import re
import threading

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.lang.char_classes import ALPHA_UPPER, CONCAT_QUOTES
from spacy.util import registry

from duidelijk.regexcache import compile_all

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
    # an abbreviation with the "v" of "van" at the end of a sentence: "het PvE." -> "PvE", "."
    rf"(?<=[{ALPHA_UPPER}]v[{ALPHA_UPPER}])\.",
    rf"(?<=[{ALPHA_UPPER}]v[{ALPHA_UPPER}]{{2}})\.",
)
_EXTRA_INFIXES = (
    r"(?<=[.:][0-5][0-9])[-–](?=[0-2]?[0-9][.:][0-5][0-9])",  # "14.30-16.00" -> 3 tokens
)

# spaCy's Dutch infixes split a quote between two letters, except the straight apostrophe
# (its quote class leaves "'" out: "risico's", "baby'tje", "zo'n" are one token each). The
# typographic apostrophe ’ (U+2019) is the same apostrophe in other type: "risico’s" must stay
# one word as well (not "risico" + "’s"), so the split leaves it out too. A word that starts
# with it ("’s avonds", "’s-Hertogenbosch") is cut by the prefixes, as with "'".
_QUOTES_BETWEEN_LETTERS = CONCAT_QUOTES.replace("'", "")


def _apostrophe_within_words(infixes) -> list[str]:
    """``infixes`` with ’ taken out of the class of quotes split off between two letters."""
    joined = _QUOTES_BETWEEN_LETTERS.replace("’", "")
    return [piece.replace(_QUOTES_BETWEEN_LETTERS, joined) for piece in infixes]


class _StraightApostropheTrees:
    """The lemmatizer's edit trees, applied to a word with ’ as to the same word with ' (the
    trees were learnt on straight apostrophes: "risico's" -> "risico", and so "risico’s" ->
    "risico"); a ’ the word had comes back in its lemma ("zo’n")."""

    def __init__(self, trees):
        self._trees = trees

    def apply(self, tree_id, form):
        if "’" not in form:
            return self._trees.apply(tree_id, form)
        lemma = self._trees.apply(tree_id, form.replace("’", "'"))
        return None if lemma is None else lemma.replace("'", "’")

    def __len__(self):
        return len(self._trees)

    def __getattr__(self, name):
        if name == "_trees":  # (not set yet: a copy being made)
            raise AttributeError(name)
        return getattr(self._trees, name)


def _straight(form: str) -> str:
    """A word with ’ in it as written with ' (the same object when there is none). A quote
    mark ’ or ‘ on its own (a closing or opening quote, the mark before "s-Hertogenbosch") is
    the mark ' in other type as well: without this it kept features of its own, and the model
    read it as a number or a name where it reads ' as a mark."""
    if "’" in form and any(c.isalpha() for c in form):
        return form.replace("’", "'")
    if form in _LONE_QUOTES:
        return "'"
    return form


_LONE_QUOTES = frozenset({"’", "‘"})


def straight_apostrophe(nlp: Language) -> None:
    """Let the model read a word with the typographic apostrophe as the same word with the
    straight one: the same features (norm, first letter, last three letters, shape), the same
    static vector and the same edit trees for its lemma. "De risico’s zijn groot" then gets the
    reading of "De risico's zijn groot" (without it, "foto’s" may come out an adjective, and
    "risico’s" is its own lemma, which no word list knows)."""
    from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX

    vocab = nlp.vocab
    getters = vocab.lex_attr_getters
    norm = getters.get(NORM)
    if norm is None or getattr(norm, "straight_apostrophe", False):
        return
    straight_keys = _StraightKeys()  # the key of a word with ’ -> the key of the word with '
    changed = []
    for attr, name in ((NORM, "norm_"), (PREFIX, "prefix_"), (SUFFIX, "suffix_"), (SHAPE, "shape_")):
        getter = getters.get(attr)
        if getter is None:
            continue
        if attr == NORM:
            def straight_getter(form: str, _getter=getter):
                straight = _straight(form)
                if straight is not form:  # a new word with ’: its vector is that of the word with '
                    _add_keys(straight_keys, form, straight)
                return _getter(straight)
        else:
            def straight_getter(form: str, _getter=getter):
                return _getter(_straight(form))

        straight_getter.straight_apostrophe = True
        getters[attr] = straight_getter
        changed.append((attr, name))
    for lex in list(vocab):  # words the vocabulary made before (the tokenizer's "’s", "’t")
        if _straight(lex.orth_) is not lex.orth_:
            _add_keys(straight_keys, lex.orth_, _straight(lex.orth_))
            for attr, name in changed:
                setattr(lex, name, getters[attr](lex.orth_))
    _straight_vectors(vocab.vectors, straight_keys)
    for _, pipe in nlp.pipeline:
        trees = getattr(pipe, "trees", None)
        if trees is not None and hasattr(trees, "apply") and not isinstance(trees, _StraightApostropheTrees):
            pipe.trees = _StraightApostropheTrees(trees)


def _add_keys(straight_keys: "_StraightKeys", form: str, straight: str) -> None:
    """The keys of ``form`` under which static vectors may be kept (its own, or that of its
    small letters: the bundled model's vectors are keyed by ``LOWER``), to those of ``straight``."""
    from spacy.strings import hash_string

    straight_keys[hash_string(form)] = hash_string(straight)
    straight_keys[hash_string(form.lower())] = hash_string(straight.lower())


def _straight_vectors(vectors, straight_keys: dict[int, int]) -> None:
    """Let ``vectors.find(keys=...)`` (what the model's static vectors ask for each word, by the
    key of ``vectors.attr``) find a word with ’ under the key of the word with '. Vectors of a class that takes no attribute
    (spaCy's own, of a pipeline other than the bundled one) stay as they are."""
    find = vectors.find

    def straight_find(*, key=None, keys=None, row=None, rows=None):
        if keys is not None and straight_keys:
            import numpy

            wanted = numpy.asarray(keys)
            if wanted.ndim == 1 and wanted.dtype == numpy.uint64:
                curly = numpy.fromiter(straight_keys, dtype=numpy.uint64, count=len(straight_keys))
                hit = numpy.flatnonzero(numpy.isin(wanted, curly))
                if len(hit):
                    wanted = wanted.copy()
                    for i in hit:
                        wanted[i] = straight_keys[int(wanted[i])]
                    keys = wanted
        return find(key=key, keys=keys, row=row, rows=rows)

    try:
        vectors.find = straight_find
    except AttributeError:
        # spaCy's own Vectors (no key table from the data cache: a first start, or the cache
        # off): its find cannot be replaced, so each key of a word with ’ gets the row of the
        # word with ' (now and for every such word the vocabulary makes later)
        if isinstance(getattr(vectors, "key2row", None), dict):
            straight_keys.vectors = vectors
            for curly, straight in list(straight_keys.items()):
                straight_keys[curly] = straight


class _StraightKeys(dict):
    """The key of a word with ’ -> the key of the word with '. With ``vectors`` set (spaCy's own
    Vectors), a new key is also given the row of the word with ', so that the static vector is
    the same whichever way the model asks for it."""

    vectors = None

    def __setitem__(self, curly: int, straight: int) -> None:
        super().__setitem__(curly, straight)
        vectors = self.vectors
        if vectors is not None and curly not in vectors.key2row:
            row = vectors.key2row.get(straight)
            if row is not None:
                vectors.add(curly, row=row)


# a character for which str.isspace() holds (re's \s is the same set of characters)
_has_space = re.compile(r"\s").search


def _case_variants(abbr: str) -> set[str]:
    return {abbr, abbr[0].upper() + abbr[1:]}


class LetterTokenizer(Tokenizer):
    """spaCy's Tokenizer that adds a special case (an exception such as "a.d.h.v.") only when
    a text first contains its string.

    Building all 4,200 special cases of the Dutch defaults costs about a third of a second at
    every start, and a check meets a few dozen of them. A special case can change the tokens
    of a text only where its string occurs, spaces aside (spaCy's matcher matches tokens, not
    the spaces between them); so before a text is tokenized, every special case whose string
    occurs in the text without its spaces is added, and the tokens are the same as with all
    of them (tests/test_tokenizer.py compares both). Asking for ``rules``, saving and
    ``explain`` first add all the others.
    """

    def __init__(self, vocab, rules=None, *args, **kwargs):
        rules = dict(rules or {})
        spaced = {k: v for k, v in rules.items() if _has_space(k)}
        super().__init__(vocab, spaced, *args, **kwargs)
        self._lock = threading.RLock()
        self._chunks: set[int] | None = None  # see cache_chunks
        self._set_pending({k: v for k, v in rules.items() if k not in spaced})

    def _set_pending(self, pending: dict) -> None:
        if self._chunks:  # new special cases: spaCy empties its cache
            self._chunks = set()
        self._pending = pending
        self._starts = {key[:n] for key in pending for n in range(1, len(key) + 1)}

    def _add(self, keys) -> None:
        for key in sorted(keys):
            self.add_special_case(key, self._pending.pop(key))
        if self._chunks:
            self._chunks = set()  # adding a special case empties spaCy's cache

    def _add_all(self) -> None:
        with self._lock:
            if self._pending:
                self._add(list(self._pending))
                self._set_pending({})

    def add_pending(self) -> None:
        """Add every special case not added yet, at once.

        For a process that checks many texts (a web worker): one pause at start instead of a
        search through every text for the strings not added yet, and a tokenizer cache that
        is not emptied again each time a text brings a new one.
        """
        self._add_all()

    def cache_chunks(self) -> None:
        """From now on, put each new chunk of a text (a piece between spaces) in spaCy's
        tokenizer cache, so that it is split into prefixes, suffixes and infixes only once.

        For a process that checks many texts (a web worker). spaCy caches a chunk only while no
        special case has come before it in the same text: its ``has_special`` flag is never
        reset (explosion/spaCy#13950). Many letters have one in their first lines (an initial
        such as "R.", "mevr.", "t.a.v."), so almost nothing after it was cached and each of
        their words was split again in every text (4.6 against 0.2 ms for the one-page letter
        of the web load test). A new chunk is now tokenized
        once on its own first; spaCy caches it as it would anywhere (not when it holds a
        special case), and the tokens of the text stay the same. Only the chunks' hashes are
        kept, and no more than spaCy's cache holds (``max_cache_size``). Setting a pattern of
        the tokenizer (``prefix_search``, ...) empties spaCy's cache: call this again then."""
        with self._lock:
            self._chunks = set()

    def _cache_new_chunks(self, text: str) -> None:
        seen = self._chunks
        for chunk in text.split():
            if len(seen) >= self.max_cache_size:
                return
            key = hash(chunk)
            if key not in seen:
                seen.add(key)
                Tokenizer.__call__(self, chunk)

    def _add_for(self, text: str) -> None:
        pending, starts = self._pending, self._starts
        joined = text.replace(" ", "")
        n = len(joined)
        found = set()
        for i in range(n):
            j = i + 1
            while j <= n:
                piece = joined[i:j]
                if piece not in starts:
                    break
                if piece in pending:
                    found.add(piece)
                j += 1
        if found:
            self._add(found)

    def __call__(self, text):
        with self._lock:
            if self._pending:
                self._add_for(text)
            if self._chunks is not None:
                self._cache_new_chunks(text)
            return Tokenizer.__call__(self, text)

    @property
    def rules(self):
        self._add_all()
        return Tokenizer.rules.__get__(self)

    @rules.setter
    def rules(self, rules):
        self._set_pending({})
        Tokenizer.rules.__set__(self, rules)

    def explain(self, text):
        self._add_all()
        return Tokenizer.explain(self, text)

    def to_bytes(self, **kwargs):
        self._add_all()
        return Tokenizer.to_bytes(self, **kwargs)

    def to_disk(self, path, **kwargs):
        self._add_all()
        return Tokenizer.to_disk(self, path, **kwargs)

    def from_bytes(self, bytes_data, **kwargs):
        self._set_pending({})
        return Tokenizer.from_bytes(self, bytes_data, **kwargs)

    def from_disk(self, path, **kwargs):
        self._set_pending({})
        return Tokenizer.from_disk(self, path, **kwargs)

    def __reduce__(self):
        self._add_all()
        return Tokenizer.__reduce__(self)


def letter_tokenizer(nlp: Language, rules, prefix_search, url_match, default_prefixes: bool = False) -> Tokenizer:
    """A tokenizer for Dutch letters, from a pipeline's exceptions, prefixes and URL rule
    (``default_prefixes``: the language's own prefixes instead of ``prefix_search``)."""
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
    infixes = _apostrophe_within_words(nlp.Defaults.infixes or [])
    expressions = [suffix_expression([*_EXTRA_SUFFIXES, *suffixes]), infix_expression([*_EXTRA_INFIXES, *infixes])]
    if default_prefixes:
        expressions.append(prefix_expression(nlp.Defaults.prefixes or []))
    suffix, infix, *prefix = compile_all(expressions)
    if prefix:
        prefix_search = prefix[0].search
    # Built in one go: every setter of a Tokenizer reloads all special cases.
    return LetterTokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=prefix_search,
        suffix_search=suffix.search,
        infix_finditer=infix.finditer,
        token_match=_TOKEN_MATCH,
        url_match=url_match,
    )


# The expressions of spacy.util.compile_prefix_regex, compile_suffix_regex and
# compile_infix_regex, compiled by duidelijk.regexcache (tests/test_tokenizer.py compares them)

def prefix_expression(entries) -> str:
    return "|".join(["^" + piece for piece in entries if piece.strip()])


def suffix_expression(entries) -> str:
    return "|".join([piece + "$" for piece in entries if piece.strip()])


def infix_expression(entries) -> str:
    return "|".join([piece for piece in entries if piece.strip()])


@registry.tokenizers("duidelijk.letter_tokenizer.v1")
def make_letter_tokenizer():
    """spaCy config entry: build the letter tokenizer from the language defaults directly."""

    def create(nlp: Language) -> Tokenizer:
        return letter_tokenizer(nlp, nlp.Defaults.tokenizer_exceptions, None, nlp.Defaults.url_match,
                                default_prefixes=True)

    return create


def customize_tokenizer(nlp: Language) -> None:
    """Give ``nlp`` the letter tokenizer (safe to call more than once)."""
    if nlp.meta.get("duidelijk_letter_tokenizer"):
        return
    tok = nlp.tokenizer
    nlp.tokenizer = letter_tokenizer(nlp, tok.rules, tok.prefix_search, tok.url_match)
    nlp.meta["duidelijk_letter_tokenizer"] = True
