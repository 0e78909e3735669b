"""DD104 of the thirty-ninth session (rules39a): a past participle in "-ende" of a verb whose
stem ends in "-en" ("toegediende", "uitgeleende", "getekende") is no present participle.
Sentences written for these tests, both ways.

Dutch makes the present participle of the infinitive and "d" ("liggen" -> "liggend", "de
omliggende straten"), the past participle of the stem and "d" ("teken" -> "getekend", "toedien"
-> "toegediend"). The parse may give such a past participle the lemma "toegedien" or
"uitgeleend"; DD104 then read it as the present participle of a verb "toegedienen" and gave it
the loanword bar of written Dutch ("een verkennende fase"). ``en_verb_participle`` finds the verb
that the stem gives; such a word is now read by its own bar, and a verb of a written prefix
("ontlenen") keeps the loanword bar, as when the word is tagged as a verb."""

import pytest

from conftest import codes
from duidelijk.rules.difficult_words import _Word, en_verb_participle, participle_verb


def words(check, text):
    return [f.text for f in codes(check(text, select="DD104"), "DD104")]


@pytest.mark.parametrize("text", [
    "De toegediende prikken staan in uw dossier.",
    "De uitgeleende fietsen moeten vrijdag terug zijn.",
])
def test_past_participle_of_en_verb_is_no_present_participle(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # real present participles keep the bar of written Dutch (test_rules: "omliggende")
    ("De bewoners van de omliggende straten krijgen een brief.", "omliggende"),
    ("Er komen steeds meer uiteenlopende vragen binnen.", "uiteenlopende"),
    # a past participle of a verb with a prefix of written Dutch keeps the loanword bar
    ("Veel ontleende woorden komen uit het Frans.", "ontleende"),
    ("De herberekende toeslag krijgt u in mei.", "herberekende"),
])
def test_present_participles_and_formal_verbs_stay_hard(check, text, word):
    assert word in words(check, text)


def test_en_verb_participle():
    assert en_verb_participle("getekend", "geteken") == "tekenen"
    assert en_verb_participle("toegediend", "toegedien") == "toedienen"
    assert en_verb_participle("verdiend", "verdien") == "verdienen"
    assert en_verb_participle("uitgeleend", "uitgeleen") == "uitlenen"
    # a present participle: the infinitive and "d"
    assert en_verb_participle("liggend", "liggen") == ""
    assert en_verb_participle("gevend", "geven") == ""  # not "vennen"
    assert en_verb_participle("verkennend", "verkennen") == ""


def test_participle_verb_leaves_past_participles_out():
    assert participle_verb(_Word("toegediende", "toegedien", "VERB"), "toegediende", "toegedien") == ""
    assert participle_verb(_Word("getekende", "getekend", "ADJ"), "getekende", "getekend") == ""
    assert participle_verb(_Word("omliggende", "omliggend", "ADJ"), "omliggende", "omliggend") == "omliggen"
    assert participle_verb(_Word("verkennende", "verkennend", "ADJ"), "verkennende", "verkennend") == "verkennen"
