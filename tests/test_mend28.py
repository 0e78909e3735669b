"""Review rev28's bugs in this session's rule changes, each both ways: a finding the change
lost wrongly comes back, and the case the change was made for keeps its answer."""

from __future__ import annotations

import pytest

from conftest import codes


def spans(check, text, code):
    return [text[f.start:f.end] for f in codes(check(text, select=code), code)]


# --- DD108: a question that opens with a preposition is no verb-first question ---------------

@pytest.mark.parametrize("text", [
    "Door je ziekte en de lange opname in het ziekenhuis van vorig jaar in Utrecht kon je niet werken?",
    "Met je inkomen van vorig jaar en de toeslag die je van de Belastingdienst kreeg kun je dan huurtoeslag krijgen?",
])
def test_a_question_that_opens_with_a_preposition_keeps_its_lead_in(check, text):
    assert spans(check, text, "DD108")


def test_a_question_that_opens_with_its_verb_still_has_no_lead_in(check):
    text = "Logeer je in Enschede, maar heb je nog geen woning of dreig je je woning kwijt te raken?"
    assert not spans(check, text, "DD108")


# --- DD103 'openstaan': part of the money stands open ------------------------------------------

@pytest.mark.parametrize("text", ["Een deel van de rekening staat nog open.", "Het verschil van 200 euro staat nog open."])
def test_a_part_of_money_that_stands_open_is_unpaid(check, text):
    assert spans(check, text, "DD103") == ["staat"]


def test_a_question_about_money_that_stands_open_is_not_unpaid(check):
    assert not spans(check, "De vraag over uw huur staat nog open.", "DD103")


# --- DD103 'menen': with 'dat' it is still thinking -------------------------------------------

def test_menen_with_dat_is_thinking(check):
    assert spans(check, "Meent u dat ook? Dan kunt u bezwaar maken.", "DD103") == ["Meent"]


def test_menen_with_het_alone_is_meaning_it(check):
    assert not spans(check, "Ik meen het echt.", "DD103")


# --- DD103: 'Dat is ...' in the next sentence defines the term only with a clause ---------------

def test_a_judgement_of_the_sentence_before_is_no_definition(check):
    text = "U kunt bezwaar maken tegen de beschikking. Dat is een recht van iedere inwoner."
    assert "de beschikking" in spans(check, text, "DD103")


def test_a_kind_with_a_clause_in_the_next_sentence_defines_the_term(check):
    text = "Wij sturen u de beschikking. Dat is een brief die ons besluit uitlegt."
    assert "de beschikking" not in spans(check, text, "DD103")


# --- DD105: a part that says where in a course lifts nothing for a long word ------------------

@pytest.mark.parametrize("text, word", [
    ("Wij sturen u de vervolgbeschikking binnen twee weken.", "vervolgbeschikking"),
    ("De tussenevaluatie is in maart klaar.", "tussenevaluatie"),
])
def test_a_long_new_word_with_a_sequence_part_is_still_long(check, text, word):
    assert spans(check, text, "DD105") == [word]


def test_a_short_word_with_a_sequence_part_is_still_easy(check):
    assert not spans(check, "De eindstage duurt zes maanden.", "DD104")


def test_menen_with_dat_in_a_statement_is_thinking(check):
    assert spans(check, "Wij menen dat niet.", "DD103") == ["menen"]
