"""DD102 review of rules32e (rev32e): wrong tips and warnings mended.

A "worden" with a predicate of its own ("Overleggen wordt zo lastig dat ...") is a copula: its
fronted infinitive is the subject, not a participle of a passive. A participle of a state of
mind after a "worden" that the parse made a main verb says what someone becomes ("Hij dreigt
verslaafd te worden", "De sfeer lijkt gespannen te worden"): Dutch uses it as an adjective
(``wordlists/state_participles.tsv``, column worden = become). "vergeten" forms its perfect with
"zijn" too: with a person pronoun as the subject ("U bent vergeten ..."), or with any subject and
what was forgotten as a clause after it ("De gemeente is vergeten ... te behandelen"), it is that
perfect, not a passive (``wordlists/zijn_verbs.tsv``, column subject = person). A short clause of
"zoals", "indien" or "als" without a subject before "is" + the main clause's subject ("Zoals
gezegd is het bedrag te hoog") does not end in "is": "is" is the main verb. Sentences written for
these tests."""

import pytest

from conftest import codes


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text", [
    # a "worden" with its own predicate: the infinitive before it is its subject
    "Overleggen wordt zo lastig dat we stoppen.",
    "Ondernemen wordt zo duur dat niemand het meer doet.",
    # a participle of a state of mind: "worden" is "become"
    "Hij dreigt verslaafd te worden.",
    "Hij kan verslaafd worden.",
    "De sfeer lijkt gespannen te worden.",
    "Hij lijkt gestrest te worden.",
    "De sfeer is gespannen.",
    "De kinderen zijn erg opgewonden.",
    # "vergeten" with "zijn" and a person pronoun: a perfect
    "U bent vergeten wie de aanvraag heeft gedaan.",
    "U bent vergeten het formulier te ondertekenen.",
    "Wij zijn vergeten welke straten dicht gaan.",
    "Zij is vergeten dat ze een afspraak had.",
    # any subject with what was forgotten as a clause after it
    "De gemeente is vergeten uw aanvraag te behandelen.",
    "Mijn moeder is vergeten wie er komt.",
])
def test_no_passive(check, text):
    assert spans(check, text) == []


@pytest.mark.parametrize("text, found", [
    ("Voorkomen moet worden dat de kosten stijgen.", "Voorkomen moet worden"),
    ("De doelen dienen allemaal zoveel als mogelijk bevorderd te worden.", "bevorderd te worden"),
    ("De inzending kan niet mede-ondertekend worden door de inzender.", "mede-ondertekend worden"),
    # with "door" the one who acts is named: a passive
    ("U bent door ons vergeten.", "bent door ons vergeten"),
    # a thing or a noun as the subject: someone forgot it
    ("Uw aanvraag is vergeten.", "is vergeten"),
    ("De kinderen zijn vergeten.", "zijn vergeten"),
    ("Uw aanvraag is vergeten, omdat het druk was.", "is vergeten"),
    ("Er is vergeten de brief te versturen.", "is vergeten"),
    # "worden" an auxiliary: tightening a cable is an act
    ("De kabel wordt morgen gespannen.", "wordt morgen gespannen"),
])
def test_passive_kept(check, text, found):
    assert found in spans(check, text), spans(check, text)


@pytest.mark.parametrize("text", [
    # a short clause with "zoals", "indien", "als": "is" is the main clause's verb
    "Zoals gezegd is het bedrag te hoog.",
    "Indien gewenst is het mogelijk om te bellen.",
    "Zoals aangegeven is uw aanvraag compleet.",
    "Als gezegd is de regel streng.",
])
def test_short_clause_before_main_verb(check, text):
    assert spans(check, text) == []


def test_impersonal_passive_before_main_verb(check):
    # the clause ends in "besloten is", the main clause's verb comes next
    text = "Nadat besloten is gaan wij aan de slag."
    assert "besloten is" in spans(check, text), spans(check, text)
