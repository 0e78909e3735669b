"""Speed33d's cheap first tests give the answers of the old ways (the old way copied here as the
reference where the code changed, compared on the example letters and on sentences written for
these tests).

- DD117: ``broken._full_stop_statement`` reads the full stop, the marks and the number of words
  from the token table before ``lead_clause_alone`` and the opening tests; particles are read
  from the table's facts;
- DD112: ``AbbreviationRule._sentences_with`` gives only the prose sentences that hold a
  candidate or an "en";
- DD101: ``sentence_length._aside`` passes over a sentence without a bracket or a dash;
- DD108: ``tang._first_finite_in_main_order`` passes over a sentence without a finite verb
  before the verb.
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path

import pytest

from conftest import codes
from duidelijk.config import Config
from duidelijk.metrics import token_table
from duidelijk.readers import text_document
from duidelijk.rules import abbreviations, base, broken, sentence_length, tang
from duidelijk.rules.base import Context
from duidelijk.rules.clauses import is_finite

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))

# sentences written for these tests: subclauses alone, with and without a lead word, with a
# comma, a question, an exclamation; modals without a subject; particles twice; asides in
# brackets and between dashes; ranges with a dash; abbreviations and "en" between capitals
TEXTS = [
    "Wij sturen u een brief. Dit omdat de dag nog niet voorbij is. Vooral als u net verhuisd bent.",
    "Als u vragen heeft, kunt u bellen. Als het regent. Gaat de markt niet door.",
    "Omdat u ziek bent! Zodat wij u kunnen bellen. Waarom? Omdat het moet.",
    "Kan de gegevens niet laden. Kon uw gegevens niet laden, probeer het later. Moet opnieuw.",
    "Log opnieuw in bij DigiD in met niveau midden. Vul het formulier in en stuur het op.",
    "Uw aanvraag (voor de kosten van de verhuizing naar een nieuw huis) is binnengekomen.",
    "De balie – dat weet u vast al heel lang – is open van 9.00 - 12.00 uur op maandag.",
    "Neem mee - uw paspoort - uw loonstrook - uw huurcontract. Het loket is open van 3 – 5 maart.",
    "Het college van B en W besluit over de WOZ. De Wmo en de AOW zijn regelingen van het Rijk.",
    "Dit getal is een inschatting van het aantal locaties waar overlast van ratten is gemeld.",
    "Heeft u nog vragen over de regeling voor de kosten, bel dan ons nummer op werkdagen.",
    "Gevaarlijke situaties zullen wij snel verhelpen, andere situaties kunnen langer duren.",
    "Dit\nomdat de post erg druk is.",
    "Wij sturen u een brief. Dit omdat de post, zoals u weet, erg druk is.",
]


def _contexts(nlp):
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        yield _context(nlp, text)
    for text in TEXTS:
        yield _context(nlp, text)


def _context(nlp, text):
    document = text_document(text)
    return Context(doc=nlp(text), document=document, config=Config())


@pytest.fixture(scope="module")
def contexts(nlp):
    return list(_contexts(nlp))


# DD117 ----------------------------------------------------------------------------------------

def _old_statement(sent, marks, least) -> bool:
    """The three tests the pre-test stands for, asked of Token objects as the rule asks them."""
    return (len(broken._words(sent)) >= least and broken._last_mark(sent) == "."
            and not any(t.text in marks for t in sent))


def test_full_stop_statement_is_the_token_answer(contexts):
    seen = 0
    for ctx in contexts:
        table = token_table(ctx.doc)
        for sent in ctx.sentences:
            for marks in (broken._LEAD_NO_MARKS, broken._OPENING_NO_MARKS):
                for least in (0, 3, 4, 8):
                    assert broken._full_stop_statement(table, sent.start, sent.end, marks, least) \
                        == _old_statement(sent, marks, least), sent.text
            seen += 1
    assert seen > 100


def test_pre_tests_only_skip_what_the_token_tests_reject(contexts):
    """Where the pre-test says no, the Token tests say no as well: the lead (with the marks of a
    subclause alone when the opener is the first word) and the three opening tests."""
    for ctx in contexts:
        table = token_table(ctx.doc)
        for sent in ctx.sentences:
            words = broken._words(sent)
            alone = bool(words) and words[0].lower_ in broken.LEAD_OPENERS
            marks = broken._OPENING_NO_MARKS if alone else broken._LEAD_NO_MARKS
            if not broken._full_stop_statement(table, sent.start, sent.end, marks, 4):
                assert broken.lead_clause_alone(sent) is None, sent.text
            if not broken._full_stop_statement(table, sent.start, sent.end, broken._OPENING_NO_MARKS, 3):
                assert not broken.subjectless_modal(sent), sent.text
                assert not broken.subclause_alone(sent), sent.text
                assert not broken.result_clause_alone(sent), sent.text


def test_full_stop_statement_both_ways(nlp):
    doc = nlp("Dit omdat de dag nog niet voorbij is.")
    table = token_table(doc)
    assert broken._full_stop_statement(table, 0, len(doc), broken._LEAD_NO_MARKS, 4)
    for text in ("Dit omdat de dag nog niet voorbij is?", "Dit omdat: de dag is voorbij.", "Dit omdat het is."):
        doc = nlp(text)
        assert not broken._full_stop_statement(token_table(doc), 0, len(doc), broken._LEAD_NO_MARKS, 5), text
    doc = nlp("Als u ziek bent, belt u ons.")
    assert broken._full_stop_statement(token_table(doc), 0, len(doc), broken._LEAD_NO_MARKS, 4)
    assert not broken._full_stop_statement(token_table(doc), 0, len(doc), broken._OPENING_NO_MARKS, 4)


def _dd117(ctx):
    rule = broken.BrokenSentence(Config().options_for("DD117"))
    return [(f.start, f.end, f.message) for f in rule.check(ctx)]


def test_dd117_same_with_prefilter_off(contexts, monkeypatch):
    on = [_dd117(ctx) for ctx in contexts]
    monkeypatch.setattr(base, "PREFILTER", False)
    off = [_dd117(ctx) for ctx in contexts]
    assert on == off
    assert sum(map(len, on)) >= 4  # the texts above do give findings


def test_dd117_still_finds(check):
    found = [f.message for f in codes(check("Wij sturen u een brief. Dit omdat de dag nog niet voorbij is."), "DD117")]
    assert any("bijzin zonder hoofdzin" in m for m in found)
    assert not codes(check("Wij sturen u een brief. Als u vragen heeft, kunt u ons bellen."), "DD117")
    assert codes(check("Log opnieuw in bij DigiD in met niveau midden."), "DD117")
    assert not codes(check("Log opnieuw in bij DigiD met niveau midden."), "DD117")
    assert codes(check("Wij zoeken het uit. Als het regent. Gaat de markt niet door."), "DD117")
    # a lead word, then a comma inside the subclause: the comma is no main clause
    found = codes(check("Wij sturen u een brief. Dit omdat de post, zoals u weet, erg druk is."), "DD117")
    assert any("'Dit omdat ...'" in f.message for f in found)


# DD112 ----------------------------------------------------------------------------------------

def test_sentences_with_are_the_old_loop(contexts):
    """The old loop visited every prose sentence and looked at the "en" and candidates inside
    it; the sentences given are exactly those where it found any. An index outside the prose
    (an address, a signature) gives none."""
    after_prose = 0
    for ctx in contexts:
        ids = [[i for i in range(len(ctx.doc)) if ctx.doc[i].lower_ == "en"], [i for i in range(len(ctx.doc)) if i % 7 == 3]]
        old = [sent for sent in ctx.prose_sentences
               if any(bisect_left(ix, sent.start) < bisect_left(ix, sent.end) for ix in ids)]
        new = abbreviations.UnexplainedAbbreviation._sentences_with(ctx, *ids)
        assert [(s.start, s.end) for s in new] == [(s.start, s.end) for s in old]
        assert abbreviations.UnexplainedAbbreviation._sentences_with(ctx, [], []) == []
        outside = [i for i in range(len(ctx.doc)) if not ctx.prose_mask[i]]
        assert abbreviations.UnexplainedAbbreviation._sentences_with(ctx, outside) == []
        after_prose += any(i > ctx.prose_sentences[0].start for i in outside) if ctx.prose_sentences else 0
    assert after_prose  # (a text with words outside the prose after a prose sentence: a signature)


def test_dd112_finds_in_a_late_sentence(check):
    text = "Wij sturen u een brief. U krijgt geld. Dat is fijn. Het college van B en W besluit erover."
    assert any("B en W" in f.message for f in codes(check(text), "DD112"))
    text = "Wij sturen u een brief. U krijgt geld. Dat is fijn. De OZB-aanslag is hoger."
    assert any("OZB" in f.message for f in codes(check(text), "DD112"))
    assert not codes(check("Wij sturen u een brief. U krijgt geld. Dat is fijn."), "DD112")


# DD101 ----------------------------------------------------------------------------------------

def _old_aside(sent, least: int, last: int) -> bool:
    """``sentence_length._aside`` before speed33d (the reference)."""
    doc = sent.doc
    is_space = token_table(doc).is_space
    dashes = sum(1 for tok in sent if tok.text in sentence_length.DASHES and sentence_length._dash(doc, tok.i)) <= 2
    closing, opened = None, None
    for tok in sent:
        i = tok.i
        if opened is None and tok.text in sentence_length.OPENING_BRACKETS:
            closing, opened = sentence_length.OPENING_BRACKETS[tok.text], i
        elif opened is None and dashes and sentence_length._dash(doc, i):
            closing, opened = "dash", i
        elif opened is not None and (tok.text == closing or (closing == "dash" and sentence_length._dash(doc, i))):
            if i < last and sum(1 for t in doc[opened + 1 : i] if not (t.is_punct or is_space[t.i])) >= least:
                return True
            opened = None
    return False


def test_aside_is_the_old_answer(contexts):
    yes = 0
    for ctx in contexts:
        for sent in ctx.sentences:
            for least in (1, 3, 5):
                last = sent.end - 1
                got = sentence_length._aside(sent, least, last)
                assert got == _old_aside(sent, least, last), sent.text
                yes += got
    assert yes >= 3  # some asides are found: the test reaches the slow path


def test_aside_both_ways(nlp):
    doc = nlp("Uw aanvraag (voor de kosten van de verhuizing naar een nieuw huis) is binnengekomen.")
    assert sentence_length._aside(doc[:], 4, len(doc) - 2)
    doc = nlp("Uw aanvraag voor de kosten van de verhuizing naar een nieuw huis is binnengekomen.")
    assert not sentence_length._aside(doc[:], 4, len(doc) - 2)


# DD108 ----------------------------------------------------------------------------------------

def _old_first_finite(doc, sent, verb):
    """``tang._first_finite_in_main_order`` before speed33d (the reference)."""
    if verb is None:
        return None
    for t in doc[sent.start : verb.i]:
        if t.text in {",", ":", ";", "(", "[", "–", "—", "-"} or (tang._opens_subclause(t) and t.pos_ != "DET"):
            return None
        if is_finite(t):
            tops = [w for w in doc[sent.start : t.i] if not sent.start <= w.head.i < t.i and not w.is_punct]
            if not tops:
                after = next((w for w in doc[t.i + 1 : sent.end] if not w.is_space), None)
                last = next((w for w in reversed(doc[t.i : sent.end]) if not w.is_space), t)
                if after is not None and last.text != "?" and tang._subject_right_after(t, after):
                    return None
            return t if len(tops) <= 1 else None
    return None


def test_first_finite_in_main_order_skips_only_where_nothing_is_found(contexts):
    reached = 0
    for ctx in contexts:
        doc = ctx.doc
        for sent in ctx.sentences:
            for verb in [t for t in sent if t.pos_ in {"VERB", "AUX"}] + [sent.root, None]:
                old = _old_first_finite(doc, sent, verb)
                new = tang._first_finite_in_main_order(doc, sent, verb)
                assert (old is None and new is None) or (old is not None and new is not None and old.i == new.i), sent.text
                reached += old is not None
    assert reached >= 10


def test_finite_between_both_ways(nlp):
    doc = nlp("Dit getal is een inschatting van het aantal locaties.")
    assert tang._finite_between(doc, 0, len(doc))
    assert not tang._finite_between(doc, 0, 2)
    assert not tang._finite_between(doc, 3, 3)


def test_dd108_still_finds(check):
    text = ("Als u na het lezen van deze brief over de nieuwe regeling voor de kosten van de "
            "verhuizing nog vragen heeft, kunt u ons bellen.")
    assert codes(check(text), "DD108")
    assert not codes(check("U kunt ons bellen als u nog vragen heeft."), "DD108")
