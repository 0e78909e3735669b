"""mend32b: one helper (``Document.written``) shows a placeholder in a message or a suggestion as the
writer typed it ('{reden}', '[NAAM]', '{{ naam }}'), not as the mask 'XXX' the rules read; DD107's
hint with the word after 'zijn' ('anders', 'nodig'). Own sentences."""

from __future__ import annotations

import pytest

from duidelijk.readers import text_document


def found(check, text, code):
    return [f for f in check(text, select=[code]).findings if f.code == code]


# --- the helper

def test_written_puts_every_placeholder_back():
    source = "Beste {{ naam }}, op [NAAM] kwam {reden} binnen."
    doc = text_document(source)
    assert "XXX" in doc.text
    assert doc.written(0, len(doc.text)) == source


def test_written_keeps_a_placeholder_cut_by_the_span_and_literal_xxx():
    doc = text_document("Beste {{ naam }}, welkom.")
    a, b = doc.placeholders[0]
    assert doc.written(a + 1, b + 3) == doc.text[a + 1:b + 3]  # not wholly inside: as analysed
    plain = text_document("Beste XXX, welkom.")
    assert plain.written(0, len(plain.text)) == "Beste XXX, welkom."


# --- DD107: the hint quotes the modifier as typed

@pytest.mark.parametrize("text, quoted, hint", [
    ("Wij sturen u de bij {reden} bekende gegevens.", "'bij {reden} bekende'", "'de gegevens die bij {reden} bekend zijn'"),
    ("Wij sturen u de bij [NAAM] bekende gegevens.", "'bij [NAAM] bekende'", "'de gegevens die bij [NAAM] bekend zijn'"),
    ("Wij sturen u het bij {{ naam }} bekende formulier.", "'bij {{ naam }} bekende'",
     "'het formulier dat bij {{ naam }} bekend is'"),
])
def test_tang_hint_shows_placeholder_as_written(check, text, quoted, hint):
    messages = [f.message for f in found(check, text, "DD107")]
    assert any(quoted in m and hint in m for m in messages) and not any("XXX" in m for m in messages), messages


def test_tang_hint_keeps_literal_xxx(check):
    messages = [f.message for f in found(check, "Wij sturen u de bij XXX bekende gegevens.", "DD107")]
    assert any("'de gegevens die bij XXX bekend zijn'" in m for m in messages), messages


# --- DD107: the word after 'zijn'

@pytest.mark.parametrize("text, hint", [
    ("Voor u gelden de voor u andere regels.", "'de regels die voor u anders zijn'"),
    ("Stuur ons de voor uw aanvraag benodigde gegevens.", "'de gegevens die voor uw aanvraag nodig zijn'"),
    ("Wij sturen u de bij ons bekende gegevens.", "'de gegevens die bij ons bekend zijn'"),  # the plain form stays
])
def test_tang_hint_word_after_zijn(check, text, hint):
    messages = [f.message for f in found(check, text, "DD107")]
    assert any(hint in m for m in messages), messages


# --- DD103 and DD102 read the same helper: placeholders in the message and the suggestion

def test_per_date_with_placeholder(check):
    findings = found(check, "Per {{ datum }} krijgt u meer geld.", "DD103")
    assert any("'Per {{ datum }}'" in f.message and "'Vanaf {{ datum }}'" in f.message for f in findings), findings
    findings = found(check, "Uw uitkering stopt per [vul datum in].", "DD103")
    assert any("'op [vul datum in]'" in f.message for f in findings), findings


def test_per_without_a_date_placeholder_is_free(check):
    assert not found(check, "U betaalt per {{ eenheid }} een vast bedrag.", "DD103")


@pytest.mark.parametrize("text, rewrite", [
    ("Het formulier wordt door {{ naam }} ondertekend.", "{{ naam }} ondertekent het formulier."),
    ("Het formulier wordt door [NAAM] ondertekend.", "[NAAM] ondertekent het formulier."),
])
def test_passive_rewrite_with_placeholder(check, text, rewrite):
    findings = found(check, text, "DD102")
    assert any(rewrite in f.suggestions for f in findings), [(f.message, f.suggestions) for f in findings]


def test_placeholder_in_quoted_span_as_written(check):
    messages = [f.message for f in found(check, "Wij zien {reden} aanleiding om het besluit te wijzigen.", "DD103")]
    assert any("'zien {reden} aanleiding om'" in m for m in messages), messages


def test_tang_gap_message_shows_placeholder_noun_as_written(check):
    text = "De door de gemeenteraad op 12 maart vastgestelde {{ regels }} gelden vanaf 1 april."
    messages = [f.message for f in found(check, text, "DD107")]
    assert any("'{{ regels }}'" in m for m in messages) and not any("XXX" in m for m in messages), messages
