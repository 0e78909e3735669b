"""Shortcuts of the speed28 helper (twenty-eighth session): each gives the answer of the
slower way it replaces. Tested on the example letters and on sentences written for these
tests, both ways (a sentence where the shortcut answers and one where the full work runs).

- ``number_groups`` (DD101) answers 0 without its loop over the words when no word of
  digits only follows a word of digits;
- ``FactColumn.of`` picks a matrix's rows with ``take``;
- the token table counts the words before each token (``non_punct``) with ``add.accumulate``;
- DD102 reads the "door ..." phrase of a verb from the token table (``_agent``);
- DD102 reads the first test of ``_als_phrase_participle`` from the token table;
- DD108 passes over a long sentence whose last verb has few words before it (when the parse's
  trees stay inside their sentences: ``TokenTable.sentences_closed``)."""

from pathlib import Path

import numpy
import pytest

from conftest import codes
from duidelijk.metrics import FactColumn, TokenTable, token_table
from duidelijk.rules import passive, tang
from duidelijk.rules.sentence_length import _joined, number_groups

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
SENTENCES = [
    "Bel ons op 020 626 2121 als u vragen heeft.",
    "Bel ons op +31 20 624 1111 als u vragen heeft.",
    "Bel ons op 088 - 123 65 55 als u vragen heeft.",
    "020 626 2121 is het nummer van de balie.",
    "Het kost 1 250 euro per jaar.",
    "U betaalt in 2025 2026 en 2027 elk jaar een bedrag.",
    "Bel 020, 626 of 2121 als u vragen heeft.",
    "Kom op 3 of 4 mei naar het loket van het stadskantoor.",
    "Wij hebben uw aanvraag ontvangen en wij sturen u binnen acht weken een besluit.",
]


def _number_groups_by_the_loop(table, words, doc=None) -> int:
    """``number_groups`` as it was before the shortcut: the loop over every word."""
    texts = table.texts

    def digits(i) -> bool:
        text = texts[i]
        return text.isdigit() or (text[:1] == "+" and text[1:].isdigit())

    joined, run = 0, []
    for i in words:
        if run and i == run[-1] + 1 and digits(i) and not texts[i].startswith("+") and (
                doc is None or doc[run[-1]].whitespace_ == " "):
            run.append(i)
            continue
        joined += _joined(texts, run)
        run = [i] if digits(i) else []
    return joined + _joined(texts, run)


@pytest.fixture(scope="module")
def docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + SENTENCES
    return list(nlp.pipe(texts))


def _sentence_words(doc):
    for sent in doc.sents:
        yield [t.i for t in sent if not (t.is_punct or t.is_space)]


def test_number_groups_gives_what_the_loop_gives(docs):
    joined = plain = 0
    for doc in docs:
        table = token_table(doc)
        for words in _sentence_words(doc):
            for with_doc in (None, doc):
                expected = _number_groups_by_the_loop(table, words, with_doc)
                assert number_groups(table, words, with_doc) == expected, [table.texts[i] for i in words]
                joined += expected > 0
                plain += expected == 0
    # both ways: sentences with a number in groups, and sentences without
    assert joined >= 5 and plain >= 20


@pytest.mark.parametrize("text, n", [
    ("020 626 2121 is het nummer van de balie.", 2),  # the run opens the sentence
    ("Bel ons op +31 20 624 1111 als u vragen heeft.", 3),  # "+31" opens the run
    ("Bel 020, 626 of 2121 als u vragen heeft.", 0),  # digits, but never one right after another
    ("Kom op 3 of 4 mei naar het loket.", 0),
])
def test_number_groups_both_ways(nlp, text, n):
    doc = nlp(text)
    words = next(_sentence_words(doc))
    assert number_groups(token_table(doc), words, doc) == n


def test_fact_column_rows_are_the_rows_of_each_token(docs):
    column = FactColumn(lambda fact, _: (len(fact.lower), fact.content, fact.gap is None), dtype="int64", width=3)
    flags = FactColumn(lambda fact, _: fact.lower.isdigit())
    for doc in docs:
        table = token_table(doc)
        rows = column.of(table)
        assert rows.shape == (len(doc), 3)
        assert rows.tolist() == [[len(f.lower), f.content, f.gap is None] for f in table.facts]
        rows[:, 0] = -1  # a copy: the column's own numbers stay
        assert column.of(table)[:, 0].tolist() == [len(f.lower) for f in table.facts]
        assert flags.of(table).tolist() == [f.lower.isdigit() for f in table.facts]


def test_non_punct_counts_the_words_before_each_token(docs):
    for doc in docs:
        table = token_table(doc)
        counts, seen = [], 0
        for tok in doc:
            counts.append(seen)
            seen += tok.dep_ != "punct"
        counts.append(seen)
        assert table.non_punct == counts
        assert table._arrays[0].dtype == numpy.int64


# --- DD108: a sentence whose last verb has few words before it is passed over ----------------
LEAD_INS = [
    "Naar aanleiding van uw aanvraag van 3 februari voor een bijdrage in de kosten van de verhuizing "
    "hebben wij besloten dat u het geld krijgt.",
    "Als u nog vragen heeft over deze brief of over de regels van de gemeente, kunt u ons bellen.",
    "Wij sturen u de brief met alle informatie over de nieuwe regels van de gemeente.",
    # the verb of the lead-in is the sentence's last: eleven words before it
    "Naar aanleiding van uw aanvraag voor een bijdrage in de kosten besluiten wij het volgende.",
    "Gevaarlijke situaties zullen wij verhelpen, andere situaties kunnen langer duren dan u van ons gewend bent.",
    "Een paar weken voetbalfeest in de stad met alle mensen uit de buurt is net wat het land nodig heeft.",
]


def _lead_ins(check, texts):
    return [[(f.start, f.end, f.message) for f in codes(check(text, select="DD108"), "DD108")] for text in texts]


def test_lead_in_findings_are_those_of_the_full_reading(check, monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + LEAD_INS
    quick = _lead_ins(check, texts)
    monkeypatch.setattr(TokenTable, "sentences_closed", lambda self: False)  # every sentence read in full
    assert _lead_ins(check, texts) == quick
    assert any(quick) and not all(quick)  # both ways: texts with a lead-in finding and without


def test_lead_in_shortcut_passes_over_a_sentence_with_its_verbs_early(check, monkeypatch):
    asked = []
    original = tang.finite_verb
    monkeypatch.setattr(tang, "finite_verb", lambda head: asked.append(head.i) or original(head))
    # eleven words after the verb, none before it: the sentence is passed over
    assert not codes(check(LEAD_INS[2], select="DD108"), "DD108") and not asked
    # fourteen words before "hebben": the verb is looked for, and the lead-in found
    assert codes(check(LEAD_INS[0], select="DD108"), "DD108") and asked
    assert codes(check(LEAD_INS[3], select="DD108"), "DD108")


def test_sentences_closed_both_ways(nlp):
    doc = nlp("Wij hebben uw brief ontvangen. Wij bellen u volgende week.")
    assert token_table(doc).sentences_closed()
    table = TokenTable(doc)  # (a table of its own, not the one token_table keeps)
    table.sent_bounds = [(0, 3), (3, len(doc))]  # a cut through the first sentence's tree
    assert not table.sentences_closed()


# --- DD102: the "door ..." phrase of a verb, read from the token table -------------------------
AGENTS = [
    "De aanvraag wordt door de gemeente beoordeeld.",
    "Het besluit is door het college van burgemeester en wethouders genomen.",
    "Uw bezwaar wordt binnen zes weken behandeld.",
    "De kosten worden per woonboot berekend.",
    "Wij lopen door de stad.",
]


def _agent_by_tokens(verb):
    """``passive._agent`` as it was, on spaCy Tokens."""
    for child in verb.children:
        if child.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ == "door" for c in child.children):
            return child
    return None


def test_agent_gives_what_the_tokens_give(nlp):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + AGENTS
    named = unnamed = 0
    for doc in nlp.pipe(texts):
        for tok in doc:
            expected = _agent_by_tokens(tok)
            found = passive._agent(tok)
            assert (found.i if found is not None else None) == (expected.i if expected is not None else None), tok.text
            named += expected is not None
            unnamed += expected is None
    assert named >= 2 and unnamed > 100  # both ways


@pytest.mark.parametrize("text, agent", [(AGENTS[0], "gemeente"), (AGENTS[1], "college"), (AGENTS[2], None),
                                         (AGENTS[3], None)])
def test_agent_both_ways(nlp, text, agent):
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    found = passive._agent(verb)
    assert (found.text if found is not None else None) == agent


ALS_PHRASES = [
    "Het verslag is als bijlage bij deze brief gevoegd.",
    "Het formulier is als bijlage toegevoegd aan deze brief.",
    "De winkel is open.",
    "Zij is als eerste binnengekomen.",
]


def _als_phrase_participle_by_tokens(cop):
    """``passive._als_phrase_participle`` as it was, on spaCy Tokens."""
    head = cop.head
    if head.i < cop.i or not any(c.dep_ == "mark" and c.lower_ == "als" and c.i < head.i for c in head.children):
        return None
    verb = head.head
    if verb.i <= head.i:
        verb = next((c for c in head.children if c.i > head.i and c.dep_ in {"parataxis", "conj", "acl"}
                     and c.pos_ == "VERB"), head)
    if verb.i <= head.i or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") \
            or any(c.dep_ in {"aux", "aux:pass"} for c in verb.children):
        return None
    return verb


def test_als_phrase_participle_gives_what_the_tokens_give(nlp):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + ALS_PHRASES
    found_one = none = 0
    for doc in nlp.pipe(texts):
        for tok in doc:
            if tok.dep_ != "cop":
                continue
            expected = _als_phrase_participle_by_tokens(tok)
            found = passive._als_phrase_participle(tok)
            assert (found.i if found is not None else None) == (expected.i if expected is not None else None)
            found_one += expected is not None
            none += expected is None
    assert found_one >= 1 and none >= 10  # both ways
    doc = nlp(ALS_PHRASES[0])
    cop = next(t for t in doc if t.dep_ == "cop")
    assert passive._als_phrase_participle(cop).text == "gevoegd"
