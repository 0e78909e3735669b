"""Speed31a's changes to DD104 give the answers of the old ways (the old way copied here as the
reference, compared on every text of the example letters and on sentences written for these
tests).

- ``difficult_words._make_text_forms``: the text's words grouped by first letter and length
  under a number (``_form_group``), not a pair, hold the groups of before;
- ``difficult_words._TextWords``: the words of a text's prose with where they stand, kept as
  token indexes per word (the sentence looked up when asked), answers as the dict of
  (sentence, token) pairs that ``_text_words`` made before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import codes
from duidelijk.metrics import token_table
from duidelijk.rules import difficult_words

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))

# sentences written for these tests: parts of a compound near each other, in one sentence or
# in two, and words whose lemma is not their form
TEXTS = [
    "De ganzen geven overlast in het park. Wij pakken de ganzenoverlast aan.",
    "Hier wonen veel ganzen. Overlast is er niet. Wij pakken de ganzenoverlast aan.",
    "Wonen in de stad is duur. Wij wonen graag in de stad en betalen de woonlasten.",
    "De bomen in de straat zijn oud. Wij kappen de straatbomen in maart.",
    "Kinderen spelen buiten. Het kinderspel duurt tot vijf uur.",
]


def _old_text_words(table, sentences) -> dict[str, list[tuple[int, int]]]:
    """``_text_words`` before speed31a (the reference)."""
    texts, facts = table.texts, table.facts
    words: dict[str, list[tuple[int, int]]] = {}
    for n, sent in enumerate(sentences):
        for i in range(sent.start, sent.end):
            if facts[i].alpha:
                for word in {facts[i].lower, difficult_words._plain_lemma(facts[i].lemma)}:
                    words.setdefault(word, []).append((n, i))
    return words


def _docs(nlp):
    for path in EXAMPLES:
        yield nlp(path.read_text(encoding="utf-8"))
    for text in TEXTS:
        yield nlp(text)


def test_text_words_answer_as_the_old_dict(nlp):
    asked = 0
    for doc in _docs(nlp):
        table = token_table(doc)
        sents = list(doc.sents)
        # all sentences, and every other one (prose sentences need not be all of them)
        for sentences in (sents, sents[::2], sents[1::2]):
            old = _old_text_words(table, sentences)
            new = difficult_words._TextWords(table, sentences)
            assert set(new._at) == set(old)
            for word, places in old.items():
                assert new.get(word) == places
                assert new.get(word, ()) == places
                asked += 1
            assert new.get("qxzqxz") is None
            assert new.get("qxzqxz", ()) == ()
    assert asked > 2000


def _spans(check, text):
    return [text[x.start:x.end] for x in codes(check(text, select="DD104"), "DD104")]


def test_parts_written_near_in_one_sentence_free_the_compound(check):
    assert "ganzenoverlast" not in _spans(check, TEXTS[0])


def test_parts_near_but_in_two_sentences_do_not(check):
    # "ganzen" and "Overlast" are three tokens apart, with a full stop between them
    assert "ganzenoverlast" in _spans(check, TEXTS[1])


# ``difficult_words._text_forms``: groups keyed by a number (``_form_group``), not a pair ------

def _old_text_forms(doc) -> dict[tuple[str, int], dict[str, int]]:
    """``_make_text_forms`` before speed31a (the reference)."""
    forms: dict[tuple[str, int], dict[str, int]] = {}
    for i, facts in enumerate(token_table(doc).facts):
        if facts.alpha:
            word = facts.lower
            forms.setdefault((word[:1], len(word)), {}).setdefault(word, i)
    return forms


def test_text_forms_hold_the_old_groups(nlp):
    groups = 0
    for doc in _docs(nlp):
        new = difficult_words._make_text_forms(doc)
        ref = _old_text_forms(doc)
        assert len(new) == len(ref)
        for (first, size), words in ref.items():
            assert list(new[difficult_words._form_group(first, size)].items()) == list(words.items())  # in order
            groups += 1
    assert groups > 300
    # different first letters or lengths never share a key
    keys = {difficult_words._form_group(c, n) for c in "abcdéëzĳ" for n in range(0, 40)}
    assert len(keys) == 8 * 40


SLIP_TEXTS = [
    # a slip of a word the text itself uses
    ("De aanhanger staat voor de deur. Zet de anhanger daarna in de schuur.", "anhanger", "aanhanger"),
    # English spelling of a word the text uses: its doubled letters once
    ("Geef uw adres door. Wij sturen de brief naar dat address.", "address", "adres"),
]


@pytest.mark.parametrize("text, word, meant", SLIP_TEXTS)
def test_a_slip_of_a_text_word_is_named(check, text, word, meant):
    found = [x for x in codes(check(text, select="DD104"), "DD104") if text[x.start:x.end] == word]
    assert found and f"Bedoelt u '{meant}'?" in found[0].message


@pytest.mark.parametrize("text, word, meant", SLIP_TEXTS)
def test_no_slip_without_the_word_in_the_text(check, text, word, meant):
    alone = text.split(". ", 1)[1]
    assert all(f"'{meant}'" not in x.message for x in codes(check(alone, select="DD104"), "DD104"))


# DD104 visits only the tokens ``_JUDGED`` lets through -----------------------------------------

# sentences written for this test: words tagged foreign inside a sentence and at its start,
# short content words, words with a hyphen or digits
FOREIGN_TEXTS = [
    "Wij betalen de schade in natura uit. Daarna sluiten wij het dossier.",
    "Wij regelen de zaak in goed overleg, mutatis mutandis, met de buren.",
    "U kunt inloggen via de self service portal van de gemeente. Mutatis mutandis geldt dat ook hier.",
    "Wij doen dit bona fide en zonder kosten. De rechter besliste sub judice over de zaak.",
    "Zet het bedrag op rekening NL12 en vul het e-mailadres in. Wij bellen u over 2 weken.",
]


def _dd104(nlp, texts, prefilter, monkeypatch):
    import json

    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document
    from duidelijk.rules import base

    monkeypatch.setattr(base, "PREFILTER", prefilter)
    out = []
    for report in analyse([text_document(t) for t in texts], Config(select=["DD104"]), nlp):
        out.append(json.dumps([f.to_dict() for f in report.findings], sort_keys=True, default=str))
    return out


def test_dd104_finds_with_the_prefilter_what_it_finds_on_every_token(nlp, monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + TEXTS + FOREIGN_TEXTS
    with_filter = _dd104(nlp, texts, True, monkeypatch)
    assert with_filter == _dd104(nlp, texts, False, monkeypatch)
    # the foreign words inside a sentence are found (else the comparison says little about them)
    found = with_filter[-len(FOREIGN_TEXTS):]
    for found_here, phrase in zip(found, ["in natura", "mutatis mutandis", "self service portal", "sub judice"]):
        assert f"'{phrase}' zijn moeilijke woorden" in found_here, phrase
