"""Thirty-ninth session (rules39b): DD103's wrong findings, fourth round.

A bracket that opens with "vroeger" or "voorheen" and holds only names gives the former name
of the thing just named ("hulp bij wonen (vroeger maatschappelijke opvang)"). The writer gives
the old name so that a reader who knows the thing by it finds it again; rewriting it would lose
just that, and the thing itself is named before the bracket. So a listed word inside such a
bracket is no finding. A bracket that is a clause (a subject or an auxiliary, or a verb first)
and a listed word before the bracket keep their finding. Own sentences, both ways."""

import pytest


def dd103(check, text):
    """DD103's findings in ``text``, their spans in lower case."""
    return [f.text.lower() for f in check(text).findings if f.code == "DD103"]


@pytest.mark.parametrize("text, word", [
    ("Wij geven u hulp bij wonen (vroeger maatschappelijke opvang en beschermd wonen).",
     "maatschappelijke opvang"),
    ("Wij geven u hulp bij wonen (vroeger maatschappelijke opvang en beschermd wonen).", "beschermd wonen"),
    ("De nieuwe regeling (vroeger: maatschappelijke opvang) is voor mensen zonder huis.",
     "maatschappelijke opvang"),
    ("U belt het loket voor nachtopvang (voorheen maatschappelijke opvang) op werkdagen.",
     "maatschappelijke opvang"),
])
def test_a_listed_word_in_a_former_name_in_brackets_is_no_finding(check, text, word):
    assert word not in dd103(check, text)


@pytest.mark.parametrize("text, word", [
    # the bracket is a clause: a subject and an auxiliary
    ("Wij helpen u bij wonen (vroeger werd dit maatschappelijke opvang genoemd).", "maatschappelijke opvang"),
    ("Wij helpen u bij wonen (vroeger gingen mensen naar de maatschappelijke opvang).",
     "maatschappelijke opvang"),
    # a verb first: running text, no name
    ("Wij regelen de uitkering (vroeger verstrekt door de sociale dienst) voortaan zelf.", "verstrekt"),
    # the listed word names the thing itself, before the bracket
    ("U kunt naar de maatschappelijke opvang (vroeger de nachtopvang).", "maatschappelijke opvang"),
    # a bracket with another word first
    ("Wij geven u hulp bij wonen (bijvoorbeeld maatschappelijke opvang).", "maatschappelijke opvang"),
    # "voorheen" itself is still listed
    ("De nieuwe regeling (voorheen bijzondere bijstand) is voor mensen met weinig geld.", "voorheen"),
])
def test_a_listed_word_outside_a_former_name_keeps_its_finding(check, text, word):
    assert word in dd103(check, text)


# A participle with the ending -e stands before its noun, however the parse reads the sentence:
# "vastgestelde" before an illness says that a test found it (no decision of an office), also
# where the parse makes the participle the verb of a clause of its own.
@pytest.mark.parametrize("text", [
    "In die week was er sprake van ten minste één vastgestelde COVID-19 besmetting bij een leerling.",
    "Dit is het aantal scholen waar vorige week sprake was van tenminste één vastgestelde COVID-19 "
    "besmetting bij een leerling.",
    "De teller telt de scholen met de laatste 10 dagen ten minste één vastgestelde COVID-19 besmetting.",
    "Het gaat om verpleeghuizen waar de afgelopen 28 dagen sprake is geweest van tenminste één "
    "vastgestelde COVID-19 infectie bij een bewoner.",
])
def test_an_inflected_participle_before_an_illness_is_no_finding(check, text):
    assert "vastgestelde" not in dd103(check, text)


@pytest.mark.parametrize("text", [
    # not an illness: a decision of an office
    "Het gaat om scholen waar de afgelopen 14 dagen sprake is geweest van minimaal één vastgestelde "
    "COVID-19 regel voor een leerling.",
    "De gemeente gebruikt de vastgestelde huur van vorig jaar.",
])
def test_an_inflected_participle_before_another_noun_keeps_its_finding(check, text):
    assert "vastgestelde" in dd103(check, text)
