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


# (rules43a: "behandelaar" is now read through the everyday verb "behandelen", no hard word
# anywhere; "indiener", of the particle verb of written Dutch "indienen", still is)
def test_the_reader_named_in_the_salutation_is_no_hard_word(check):
    text = "Geachte indiener,\n\nBedankt voor uw reactie op de melding. Wij nemen de melding weer op."
    assert "indiener" not in found(check, text)


def test_the_same_word_in_a_sentence_is_still_hard(check):
    text = "Geachte heer Jansen,\n\nDe indiener van de melding krijgt morgen antwoord."
    assert "indiener" in found(check, text)


# --- markup inside a .po msgstr ---------------------------------------------------------------

PO_TAGS = r'''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#, python-format
msgid "You can <a href=\"%(url)s\">manage</a> it."
msgstr ""
"U kunt hier <a class=\"knop knop--tuinhuisjes\" "
"href=\"%(url)s\">uw keuzes</a> aanpassen.\n"
"<p style=\"text-align: center;\">Tot ziens.</p>"
'''


def test_a_tag_with_escaped_quotes_over_two_lines_is_no_text():
    from duidelijk.readers import read_bytes

    doc = read_bytes(PO_TAGS.encode(), "django.po", language_check=False)
    assert "<" not in doc.text and "class" not in doc.text and "tuinhuisjes" not in doc.text
    assert "U kunt hier uw keuzes aanpassen." in doc.text
    i = doc.text.index("aanpassen")
    s, e = doc.source_span(i, i + len("aanpassen"))
    assert doc.source_text[s:e] == "aanpassen"
    i = doc.text.index("Tot ziens")
    s, e = doc.source_span(i, i + len("Tot ziens"))
    assert doc.source_text[s:e] == "Tot ziens"


def test_text_with_escaped_quotes_outside_a_tag_stays():
    from duidelijk.readers import read_bytes

    po = PO_TAGS.replace(r'<a class=\"knop knop--tuinhuisjes\" "' + '\n' + r'"href=\"%(url)s\">', r'\"')
    doc = read_bytes(po.encode(), "django.po", language_check=False)
    assert 'U kunt hier "uw keuzes aanpassen.' in doc.text
