"""DD104 of the thirty-fifth session (rules35e): the noun in "-ing" of a verb of speech.
Sentences written for these tests, both ways.

A noun in "-ing" names the act of its verb: a reader who says "afhandelen" knows "de
afhandeling". DD104 gave a noun the familiarity of its verb only for a verb with a prefix
("vergroten") that clears the loanword bar in print and in speech, never for a particle verb:
speech splits such a verb ("wij leggen een boete op") and the joined noun is written Dutch
("oplegging"). That holds for a verb of written Dutch. A verb that speech uses at least as
often as print ("afhandelen", "opzeggen", "inzamelen") is no word of written Dutch: its noun
now has the familiarity of the verb, by the bar of any word that is not formal, unless the noun
itself is said far less than written ("invulling") or means something else than the act
(``ing_own_meaning``: "aantrekking"). Verbs with a prefix keep the loanword bar."""

import pytest

from conftest import codes
from duidelijk.rules.difficult_words import action_familiarity


def words(check, text):
    return [f.text for f in codes(check(text, select="DD104"), "DD104")]


@pytest.mark.parametrize("text", [
    "De afhandeling van uw klacht duurt twee weken.",  # afhandelen: a particle verb of speech
    "De afronding van het plan is in mei.",  # afronden (rev35e: "opzegging" is not said, see test_rev35e.py)
    "De inzameling van oud papier is op dinsdag.",  # inzamelen
])
def test_noun_of_a_verb_of_speech_is_known(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # particle verbs of written Dutch: print uses them more than speech does
    ("De oplegging van de boete volgt later.", "oplegging"),
    ("De aanlevering van de stukken moet voor vrijdag.", "aanlevering"),
    # a verb of speech that is itself too rare: its noun stays hard
    ("De inwoning bij uw ouders telt mee.", "inwoning"),
    # a verb of speech, but the noun itself is of written Dutch: said far less than written
    ("Wij geven samen invulling aan het plan.", "invulling"),
    # a noun with a meaning of its own (``ing_own_meaning``), not the act of its verb
    ("De aantrekking tussen de twee magneten is sterk.", "aantrekking"),
    # a verb with a prefix keeps the loanword bar (unchanged)
    ("De begroeting bij de balie was vriendelijk.", "begroeting"),
])
def test_noun_of_a_verb_of_written_dutch_stays_hard(check, text, word):
    assert words(check, text) == [word]


def test_action_familiarity_by_speech():
    assert action_familiarity("afhandeling", "afhandelen") >= 3.5
    assert action_familiarity("afronding", "afronden") >= 3.5
    assert action_familiarity("oplegging", "opleggen") < 0  # a verb of written Dutch
    assert action_familiarity("verstrekking", "verstrekken") < 0


# A compound is as formal as its head: a head with a loan ending that clears the loanword bar by
# itself ("relatie", "situatie") makes no formal compound, as a head on the B1 list does not
@pytest.mark.parametrize("text", [
    "Wij vragen naar uw geldsituatie.",
    "De burenrelatie is goed.",
    "De ouderrelatie is goed.",
])
def test_compound_with_an_everyday_loan_head_is_known(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # "isolatie" is itself below the loanword bar: the compound keeps it
    ("Wij betalen de vloerisolatie.", "vloerisolatie"),
    ("Wij betalen de spouwisolatie.", "spouwisolatie"),
])
def test_compound_with_a_formal_loan_head_stays_hard(check, text, word):
    assert words(check, text) == [word]
