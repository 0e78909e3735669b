"""DD104 by place and use (twentieth session, dd104r20): the wrong findings that frequency
cannot see, found by where and how the word stands in the text. Own sentences, both ways."""

import pytest

from duidelijk.structure import is_salutation


def found(check, text, code="DD104"):
    return [f.text for f in check(text, select=[code]).findings if f.code == code]


# --- a salutation that names the reader by what they do ---------------------------------------

@pytest.mark.parametrize("line", [
    "Geachte behandelaar,",
    "Beste mantelzorgers,",
    "Geachte abonnee,",
    "Beste sollicitanten,",
    "Geachte inzender(s),",
])
def test_a_person_noun_after_a_greeting_is_a_salutation(line):
    assert is_salutation(line)


@pytest.mark.parametrize("line", [
    "Geachte afdeling,",  # a body, not a reader
    "Geachte vergadering,",
    "Beste behandelaar",  # no comma: a heading as much as a greeting
    "Beste verkopers van het jaar zijn bekend.",  # a sentence
])
def test_other_lines_with_a_greeting_word_are_no_salutation(line):
    assert not is_salutation(line)


def test_the_reader_named_in_the_salutation_is_no_hard_word(check):
    text = "Geachte behandelaar,\n\nBedankt voor uw reactie op de melding. Wij nemen de melding weer op."
    assert "behandelaar" not in found(check, text)


def test_the_same_word_in_a_sentence_is_still_hard(check):
    text = "Geachte heer Jansen,\n\nDe behandelaar van de melding belt u morgen."
    assert "behandelaar" in found(check, text)
