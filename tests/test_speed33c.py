"""Speed33c's changes to DD104's warm path give the answers of the old ways (the old way copied
here as the reference, compared on the example letters and on sentences written for these
tests).

- the words joined with a hyphen come from a per-fact column (``difficult_words._HYPHENED``),
  not from a look at every token of the prose;
- ``difficult_words._TextWords`` reads the text's words on the first ``get`` only;
- ``difficult_words.spoken_pair`` keeps the verdict of ``spoken_phrase`` per pair of token
  texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import codes
from duidelijk.config import Config
from duidelijk.dictionary import starts_a_word
from duidelijk.metrics import token_table
from duidelijk.readers import text_document
from duidelijk.rules import base, difficult_words
from duidelijk.rules.base import Context
from duidelijk.subtlex import spoken_zipf

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))

# sentences written for these tests: words joined with a hyphen (nouns, adjectives, a foreign
# word, a name, a date, a word that ends in a hyphen), and pairs of words that Dutch writes as
# one inside a compound or not
TEXTS = [
    "Een niet-ingezetene betaalt hier geen belasting. De antigeen- en PCR-test zijn gratis.",
    "De plastisch-chirurgische ingreep kost veel. Stuur een e-mail naar Noord-Holland.",
    "Op 1-1-2025 gaat de sociaal-economische regeling in. Het is een ad-hocbesluit.",
    "Zij ligt op de intensive care. De intensive care-afdeling is vol.",
    "Wij betalen dit in natura. De schommel in de tuin is kapot.",
    "Hij werkt full time bij de gemeente. De user agent van de browser is oud.",
    "- Noord-Brabant\n- Zuid-Holland\n\nDe rijks-overheid en de provincie-besturen praten.",
]


def _docs(nlp):
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        yield text_document(text), nlp(text)
    for text in TEXTS:
        yield text_document(text), nlp(text)


def _old_hyphened(ctx, min_length: int) -> list[int]:
    """DD104's loop over the words joined with a hyphen before speed33c (the reference)."""
    table = token_table(ctx.doc)
    texts, facts = table.texts, table.facts
    return [i for sent in ctx.prose_sentences for i in range(sent.start, sent.end)
            if not facts[i].alpha and facts[i].pos in difficult_words._HYPHEN_POS and "-" in texts[i]
            and len(texts[i]) > min_length]


def _new_hyphened(ctx, min_length: int) -> list[int]:
    """The same as DD104's ``check`` now finds them (``_HYPHENED``)."""
    table = token_table(ctx.doc)
    texts, facts = table.texts, table.facts
    return [i for i in ctx.prose_candidates(difficult_words._HYPHENED.of(table))
            if not facts[i].alpha and facts[i].pos in difficult_words._HYPHEN_POS and "-" in texts[i]
            and len(texts[i]) > min_length]


def test_hyphened_words_from_the_column_are_the_old_ones(nlp):
    found = 0
    for document, doc in _docs(nlp):
        ctx = Context(doc=doc, document=document, config=Config())
        for min_length in (0, 4, 8):
            old = _old_hyphened(ctx, min_length)
            assert _new_hyphened(ctx, min_length) == old
            found += len(old)
    assert found > 20


def test_hyphened_column_says_yes_only_with_a_hyphen_and_no_letters_only(nlp):
    doc = nlp(TEXTS[0])
    table = token_table(doc)
    column = difficult_words._HYPHENED.of(table)
    by_text = {t.text: bool(column[t.i]) for t in doc}
    assert by_text["niet-ingezetene"]
    assert not by_text["belasting"]  # letters only
    assert not by_text["."]


def test_dd104_finds_the_same_with_and_without_the_prefilter(check, monkeypatch):
    def spans(text):
        return sorted((f.start, f.end, f.message) for f in codes(check(text, select="DD104"), "DD104"))

    texts = [*TEXTS, " ".join(TEXTS)]
    on = [spans(t) for t in texts]
    monkeypatch.setattr(base, "PREFILTER", False)
    off = [spans(t) for t in texts]
    assert on == off
    assert any(on)


# ``_TextWords`` reads on the first ``get`` ---------------------------------------------------

def test_text_words_read_nothing_until_asked(nlp):
    doc = nlp("De ganzen geven overlast in het park. Wij pakken de ganzenoverlast aan.")
    table = token_table(doc)
    sents = list(doc.sents)
    words = difficult_words._TextWords(table, sents)
    assert words._words is None
    # a word without two parts, and one with a prefix, are answered before any word is read
    assert not difficult_words.parts_in_text("park", words, lambda w: False)
    assert not difficult_words.parts_in_text("overlast", words, lambda w: False)
    assert words._words is None
    assert difficult_words.parts_in_text("ganzenoverlast", words, lambda w: False)
    assert words._words is not None
    assert words.get("ganzen") == [(0, 1)]
    assert words.get("overlast") == [(0, 3)]
    assert words.get("park") == [(0, 6)]
    assert words.get("ganzenoverlast") == [(1, 11)]  # the second sentence too
    assert words.get("pakken") == [(1, 9)]
    assert words.get("aanpakken") is None


def test_text_words_first_get_answers_as_a_read_object(nlp):
    for _, doc in _docs(nlp):
        table = token_table(doc)
        sents = list(doc.sents)[::2]
        read = difficult_words._TextWords(table, sents)
        ref = dict(read._at)  # read at once
        lazy = difficult_words._TextWords(table, sents)
        for word in list(ref)[:50]:
            assert lazy.get(word) == read.get(word)
        assert lazy._at == ref


def test_ganzenoverlast_still_freed_by_its_parts(check):
    text = "De ganzen geven overlast in het park. Wij pakken de ganzenoverlast aan."
    assert not any("ganzenoverlast" in f.message for f in codes(check(text, select="DD104"), "DD104"))


# ``spoken_pair``: ``spoken_phrase``'s verdict per pair of texts ----------------------------

def _old_spoken_phrase(table, i: int) -> bool:
    """``spoken_phrase`` before speed33c (the reference)."""
    texts = table.texts
    start, end = table.sentence_of(i)
    for a in (i - 1, i):
        b = a + 1
        if a < start or b >= end:
            continue
        first, second = texts[a].lower(), texts[b].lower().split("-")[0]
        if not (first.isalpha() and second.isalpha()) or min(len(first), len(second)) < difficult_words.SPOKEN_PHRASE_LETTERS:
            continue
        if min(spoken_zipf(first), spoken_zipf(second)) >= difficult_words.SPOKEN_PHRASE_ZIPF and starts_a_word(first + second):
            return True
    return False


def test_spoken_phrase_gives_the_old_answer_for_every_token(nlp):
    yes = 0
    asked = 0
    for _, doc in _docs(nlp):
        table = token_table(doc)
        for i in range(len(doc)):
            old = _old_spoken_phrase(table, i)
            assert difficult_words.spoken_phrase(table, i) == old
            assert difficult_words.spoken_phrase(table, i) == old  # again, from the kept verdict
            yes += old
            asked += 1
    assert yes >= 3 and asked > 2000


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("intensive", "care", True),
    ("Intensive", "Care", True),  # the texts as written: lower case for the verdict
    ("intensive", "care-afdeling", True),  # the head of a compound with a hyphen
    ("in", "natura", False),  # a little word
    ("schommel", "tuin", False),
    ("user", "agent", False),  # a term of print only
    ("mutatis", "mutandis", False),
])
def test_spoken_pair_both_ways(first, second, expected):
    assert difficult_words.spoken_pair(first, second) is expected


def test_dd104_leaves_intensive_care_and_flags_in_natura(check):
    found = " ".join(f.message for f in codes(check(TEXTS[3] + " " + TEXTS[4], select="DD104"), "DD104"))
    assert "intensive" not in found and "'care" not in found
    assert "natura" in found
