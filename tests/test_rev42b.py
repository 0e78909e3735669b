"""rev42b: review of the later changes of the forty-second session, on sentences written for it.

1. DD105: a long word with the typographic apostrophe has the verdict of the word with the
   straight one ("jeugdprogramma’s" was a long word, "jeugdprogramma's" an everyday compound).
2. A quote mark ’ or ‘ on its own (a closing or opening quote, the mark before
   "s-Hertogenbosch") is read as the mark ' (it was tagged a number or a name, and LiNT moved).
"""

import os
import subprocess
import sys

import pytest

import duidelijk
from duidelijk.model import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _straight(text):
    return text.replace("’", "'").replace("‘", "'")


def _found(text):
    report = duidelijk.check_text(text)
    return [(f.code, _straight(text[f.start:f.end]), _straight(f.message)) for f in report.findings]


# --- 1. DD105 and the typographic apostrophe ----------------------------------------------

@pytest.mark.parametrize("text", [
    "De jeugdprogramma’s in de bibliotheek zijn gratis.",
    "Wij maken nieuwe lesprogramma’s voor de basisschool.",
])
def test_everyday_compound_with_curly_apostrophe_is_no_long_word(text):
    assert not [f for f in _found(text) if f[0] == "DD105"]
    assert _found(text) == _found(_straight(text))


def test_long_word_with_curly_apostrophe_stays_long():
    text = "Wij hebben twee schuldhulpverleningsprogramma’s besproken."
    curly = [f for f in _found(text) if f[0] == "DD105"]
    assert len(curly) == 1 and curly == [f for f in _found(_straight(text)) if f[0] == "DD105"]


def test_verdict_of_curly_word_is_that_of_straight_word():
    from duidelijk.rules.long_words import LongWord

    rule = LongWord()
    for word, lemma in (("jeugdprogramma’s", "jeugdprogramma"), ("ondersteuningsprogramma’s", "ondersteuningsprogramma"),
                        ("schuldhulpverleningsprogramma’s", "schuldhulpverleningsprogramma")):
        assert rule.word_verdict(word, lemma, "NOUN") == rule.word_verdict(_straight(word), lemma, "NOUN")
    assert rule.word_verdict("jeugdprogramma’s", "jeugdprogramma", "NOUN") is False


@pytest.mark.parametrize("text", [
    "De jeugdprogramma’s in de bibliotheek zijn gratis.",
    "De risico’s zijn klein, maar wij nemen ze toch heel serieus.",
])
def test_metrics_are_those_of_the_straight_apostrophe(text):
    keys = ("words", "lint_score", "difficulty", "flesch_douma")
    curly, straight = duidelijk.check_text(text).metrics, duidelijk.check_text(_straight(text)).metrics
    assert {k: curly.get(k) for k in keys} == {k: straight.get(k) for k in keys}


# --- 2. a lone quote mark -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "U woont in ’s-Hertogenbosch of in een dorp in de buurt.",
    "Het project heet ‘Schoon Centrum’ en begint in mei.",
    "In de brief staat het woord ‘aanslag’: dat is een rekening voor de belasting.",
])
def test_lone_quote_is_read_as_the_straight_mark(nlp, text):
    curly, straight = nlp(text), nlp(_straight(text))
    assert [(t.pos_, t.dep_, t.head.i) for t in curly] == [(t.pos_, t.dep_, t.head.i) for t in straight]
    marks = [t for t in curly if t.text in ("’", "‘")]
    assert marks and all(t.pos_ == "PUNCT" and t.shape_ == "'" for t in marks)
    assert duidelijk.check_text(text).metrics == duidelijk.check_text(_straight(text)).metrics


def test_lone_quote_keeps_its_text_and_norm(nlp):
    doc = nlp("Hij zei ‘ja’ tegen ons.")
    assert [t.text for t in doc][2:5] == ["‘", "ja", "’"]
    assert doc[2].norm_ == doc[4].norm_ == "'"


def test_apostrophe_inside_word_unchanged(nlp):
    # the marks inside or before a word still read as before: one token, the straight lemma
    doc = nlp("Zo’n foto’s maken wij ’s avonds.")
    assert [t.text for t in doc] == ["Zo’n", "foto’s", "maken", "wij", "’s", "avonds", "."]
    assert doc[1].lemma_ == "foto" and doc[1].pos_ == "NOUN"


def test_lone_quote_without_the_data_cache():
    # a first start (or the data cache off): the same reading as a later start
    code = ("from duidelijk.model import load_pipeline\n"
            "nlp = load_pipeline()\n"
            "t = 'U woont in ’s-Hertogenbosch. Het project heet ‘Schoon Centrum’ en begint in mei.'\n"
            "c, s = nlp(t), nlp(t.replace('’', \"'\").replace('‘', \"'\"))\n"
            "print([(x.pos_, x.dep_, x.head.i) for x in c] == [(x.pos_, x.dep_, x.head.i) for x in s])\n")
    env = dict(os.environ, DUIDELIJK_DATA_CACHE="")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True"]


# --- 3. the opening quote ‘ after the end of a sentence -------------------------------------

@pytest.mark.parametrize("text, n", [
    ("‘Maar jij bent anders.’ ‘Wat spreek je goed Nederlands.’ ‘Wat knap dat je zo ver bent gekomen.’", 3),
    ("Het project heet ‘Schoon Centrum’. ‘Wij’ zijn de bewoners van de wijk.", 2),
])
def test_opening_quote_after_a_sentence_end_starts_a_sentence(nlp, text, n):
    assert len(list(nlp(text).sents)) == n


@pytest.mark.parametrize("text", [
    "Hij zei: ‘Kom morgen.’ Dat deed ik.",  # the closing quote stays with its sentence
    "Wij vragen u: ‘Waar woont u?’, ‘Hoe oud bent u?’ en ‘Werkt u?’.",  # quotes inside one sentence
    "Het project heet ‘Schoon Centrum’ en begint in mei.",
])
def test_quotes_inside_or_closing_a_sentence_start_none(nlp, text):
    sents = [s.text for s in nlp(text).sents]
    assert all(not s.startswith("’") for s in sents)
    if text.startswith("Hij zei"):
        assert sents == ["Hij zei: ‘Kom morgen.’", "Dat deed ik."]
    else:
        assert len(sents) == 1
