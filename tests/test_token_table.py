"""The per-Doc token table (duidelijk.metrics.TokenTable) gives what the Token-based way gives.

The metrics and several rules read the table instead of spaCy Token objects (for speed);
these tests hold every column to the Token attribute or function it stands for, on real
letters parsed by the bundled pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED

from duidelijk import difficulty, metrics
from duidelijk.config import Config
from duidelijk.metrics import TokenTable, count_syllables, token_table
from duidelijk.metrics_report import placeholder_tokens, sentence_words, span_bounds
from duidelijk.readers import read_path, text_document
from duidelijk.rules.base import Context

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXTS = sorted(EXAMPLES.glob("*.txt")) + sorted(EXAMPLES.glob("*.md"))


@pytest.fixture(scope="module")
def contexts(nlp):
    config = Config()
    out = []
    for path in TEXTS:
        document = read_path(path, config.placeholders)
        out.append(Context(doc=nlp(document.text), document=document, config=config))
    # a text with two sentences in one line, a number, a symbol and an abbreviation
    document = text_document("Op 1 januari 2027 betaalt u 15% meer. Uw BSN staat hierboven.\n")
    out.append(Context(doc=nlp(document.text), document=document, config=config))
    return out


def test_the_texts_are_there(contexts):
    assert len(contexts) >= 5
    assert sum(len(c.doc) for c in contexts) > 1000


def test_columns_equal_token_attributes(contexts):
    for ctx in contexts:
        table = TokenTable(ctx.doc)
        for tok in ctx.doc:
            i = tok.i
            assert table.texts[i] == tok.text
            assert table.idx[i] == tok.idx
            assert table.heads[i] == tok.head.i
            assert table.is_punct[i] == tok.is_punct
            assert table.is_space[i] == tok.is_space
            assert table.word[i] == ctx.is_word(tok)
            assert table.syllables[i] == count_syllables(tok.text)


def test_children_equal_token_children(contexts, nlp):
    """``TokenTable.children`` (one list sorted by head, cut per token) gives each token's
    children in order, as ``Token.children`` does: a head with several, a word with none, a
    root (its own head, never its own child) and an index outside the Doc, which has none."""
    docs = [ctx.doc for ctx in contexts] + [nlp("De door de gemeente vastgestelde regels gelden vanaf 1 april.")]
    seen_many = seen_none = 0
    for doc in docs:
        table = TokenTable(doc)
        for tok in doc:
            want = [c.i for c in tok.children]
            assert table.children(tok.i) == want
            seen_many += len(want) >= 2
            seen_none += not want
        assert table.children(-1) == [] and table.children(len(doc)) == []
        root = next(t for t in doc if t.head.i == t.i)
        assert root.i not in table.children(root.i)
    assert seen_many and seen_none


def test_text_columns_equal_the_lexeme_flags(nlp):
    """The flags IS_ALPHA, IS_PUNCT and IS_SPACE are read once per distinct text
    (``metrics._word_facts``), not per token from the Doc: the same values as the Doc's
    array, for a text met before and for one seen the first time."""
    from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE

    text = ("Wij  sturen u op 1-2-2027 een brief (zie bijlage 3a).\n\nMet vriendelijke groet,\n"
            "Dhr. Jansen — ’s-Hertogenbosch “Hoi”  …\t€ 15,- of 20%! É É")
    for fresh in (True, False):
        if fresh:
            metrics._words_by_orth.clear()
        doc = nlp(text)
        table = TokenTable(doc)
        flags = doc.to_array([IS_ALPHA, IS_PUNCT, IS_SPACE]).tolist()
        assert [[int(f.alpha), int(p), int(s)] for f, p, s in zip(table.facts, table.is_punct, table.is_space)] == flags
        assert {0, 1} == {row[0] for row in flags} == {row[1] for row in flags} == {row[2] for row in flags}
        assert table.word == [not t.is_punct and not t.is_space and any(c.isalnum() for c in t.text) for t in doc]
        assert table.solid() == [t.i for t in doc if not t.is_space]
        assert table.text_differs_from_lower().tolist() == [t.text != t.lower_ for t in doc]
        assert any(table.text_differs_from_lower()) and not all(table.text_differs_from_lower())


def test_sentences_equal_doc_sents(contexts):
    for ctx in contexts:
        table = TokenTable(ctx.doc)
        assert table.sent_bounds == [(s.start, s.end) for s in ctx.doc.sents]
        assert len(table.sent_bounds) > 1


def _assert_facts_equal_the_token_functions(table, doc):
    for tok in doc:
        fact = table.facts[tok.i]
        content = metrics._is_content_word(tok)
        assert fact.content == content, tok.text
        assert fact.finite == metrics._is_finite_verb(tok), tok.text
        assert fact.finite_form == ("Fin" in tok.morph.get("VerbForm")), tok.text
        assert fact.frequency == metrics._token_frequency(tok, None, content), tok.text
        assert fact.noun == metrics.noun_type(tok), tok.text
        assert (fact.lower, fact.lemma, fact.alpha, fact.pos) == (tok.lower_, tok.lemma_, tok.is_alpha, tok.pos_)
        read = tok.is_alpha and tok.pos_ != "PROPN"  # a word the difficulty model reads
        assert fact.gap == (difficulty._gap(tok.lower_, tok.lemma_) if read else None), tok.text


UD_DEV = SHARED / "ud-dutch" / "dev.conllu"


@pytest.mark.skipif(not UD_DEV.exists(), reason="UD data not available")
def test_facts_equal_the_per_token_functions_on_every_word_of_the_ud_dev_text(nlp):
    """Every token of the UD Dutch dev text (some 70 combinations of the labels POS, tag,
    morphology, copula and entity): its facts, made from the table of label facts
    (``metrics._labels``) and its form, equal the per-token functions, both with the label
    table filled by other words first and with it empty for each text."""
    sentences = [line[len("# text = "):].strip() for line in UD_DEV.read_text(encoding="utf-8").splitlines()
                 if line.startswith("# text = ")]
    texts = [" ".join(sentences[k:k + 40]) for k in range(0, len(sentences), 40)]
    assert len(texts) > 10
    kinds, labels = set(), set()
    for n, doc in enumerate(nlp.pipe(texts)):
        metrics._facts.clear()  # worked out from the labels now, not found from another text
        if n % 2:
            metrics._labels.clear()
        table = TokenTable(doc)
        _assert_facts_equal_the_token_functions(table, doc)
        kinds |= {(f.content, f.noun, f.frequency is None, f.finite) for f in table.facts}
        labels |= {(t.pos_, t.tag_, str(t.morph), t.dep_ == "cop", t.ent_type_) for t in doc}
    assert len(labels) > 50 and len(kinds) > 10  # many kinds of words and labels were compared


def test_facts_equal_the_per_token_functions(contexts):
    for ctx in contexts:
        metrics._facts.clear()  # worked out from the labels now, not found from another text
        metrics._labels.clear()
        table = TokenTable(ctx.doc)
        _assert_facts_equal_the_token_functions(table, ctx.doc)
    kinds = {f.noun for ctx in contexts for f in token_table(ctx.doc).facts}
    assert {"c", "a", None} <= kinds  # the texts have concrete and abstract nouns


def test_dependency_lengths_equal_one_by_one(contexts):
    longest = 0
    for ctx in contexts:
        table = TokenTable(ctx.doc)
        lengths = table.dependency_lengths()
        assert lengths == [table.dependency_length(i) for i in range(len(ctx.doc))]
        longest = max(longest, *lengths)
    assert longest > 3


def test_sentence_features_equal_the_token_walk(contexts):
    for ctx in contexts:
        table = token_table(ctx.doc)
        for sent in ctx.sentences:
            fast = metrics.range_features(table, sent.start, sent.end)
            slow = metrics.features_of(ctx.doc, [t.i for t in sent])  # a list: the one-by-one way
            assert fast == slow


def test_words_and_bounds_equal_the_context(contexts):
    found = sentence_words(contexts[0])
    assert found is sentence_words(contexts[0])  # made once per Context
    for ctx in contexts:
        table = token_table(ctx.doc)
        found = sentence_words(ctx)
        assert [s for s, _, _ in found] == ctx.prose_sentences
        for sent, words, prose in found:
            assert words == [t.i for t in ctx.words(sent)]
            assert prose == [t.i for t in ctx.prose_words(sent)]
            assert span_bounds(table, sent.start, sent.end) == ctx.bounds(sent)
    # the address and the signature of a letter are no prose: some words are left out
    assert any(len(prose) < len(words) for ctx in contexts for _, words, prose in sentence_words(ctx)) or \
        any(len(ctx.prose_sentences) < len(ctx.sentences) for ctx in contexts)


def test_bounds_of_any_range_skip_white_space_as_token_by_token(nlp):
    """``span_bounds`` finds the first and last token that is not white space by bisection;
    on every range of a text with white space in odd places it gives what a walk over the
    tokens gives (a range of white space only: an empty span at its start)."""
    doc = nlp("  Geachte heer,\n\n\nUw aanvraag  is binnen.\t\n \nWij bellen u.  \n\n")
    table = token_table(doc)

    def walk(lo, hi):
        words = [t for t in doc[lo:hi] if not t.is_space]
        if not words:
            return doc[lo].idx, doc[lo].idx
        return words[0].idx, words[-1].idx + len(words[-1])

    assert any(t.is_space for t in doc)
    for lo in range(len(doc)):
        for hi in range(lo + 1, len(doc) + 1):
            assert span_bounds(table, lo, hi) == walk(lo, hi)
    assert table.solid() == [t.i for t in doc if not t.is_space]


def test_placeholders_found_as_the_context_finds_them(nlp):
    config = Config.from_dict({"placeholders": ["jinja"]})
    document = text_document("Beste {{ naam }},\n\nU krijgt {{ bedrag }} euro per maand.\n", None, config.placeholders)
    ctx = Context(doc=nlp(document.text), document=document, config=config)
    found = placeholder_tokens(ctx, token_table(ctx.doc))
    assert found == {t.i for t in ctx.doc if ctx.is_placeholder(t)}
    assert len(found) == 2
    plain = text_document("U krijgt 40 euro per maand.\n")
    assert placeholder_tokens(Context(doc=nlp(plain.text), document=plain, config=Config()),
                              token_table(nlp(plain.text))) == frozenset()


def test_empty_doc(nlp):
    table = TokenTable(nlp(""))
    assert table.texts == table.facts == table.sent_bounds == table.dependency_lengths() == []
