"""DD104 of the thirty-fourth session (rules34e): wrong findings on the tunable sets. Sentences
written for these tests, both ways.

A word alone on its line is a heading; the sentence under it may say what it names: "Dit is ..."
with a definition, or, under the heading of a number or a chart, "Deze cijfers laten zien ..."
(what the numbers under the heading show). Then the text explains the word."""

import pytest

from conftest import codes


def words(check, text):
    return [f.text for f in codes(check(text, select="DD104"), "DD104")]


@pytest.mark.parametrize("text", [
    "Sterfte\nDeze cijfers laten zien hoeveel mensen in een week zijn overleden.",
    "Sterfte\n\nDit getal toont hoeveel inwoners vorig jaar zijn overleden.",
    "Opschaling\nDit is een plan om de zorg in een wijk groter te maken.",
    "Sterfte\nDit is een getal dat zegt hoeveel mensen zijn overleden.",
])
def test_heading_explained_by_the_sentence_under_it(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # the sentence under the heading says something else about it: not what it is
    ("Sterfte\nIn de winter overlijden meer mensen dan in de zomer.", "Sterfte"),
    ("Sterfte\nDit is een groot probleem in arme landen.", "Sterfte"),
    ("Opschaling\nDeze mensen laten zien dat het anders kan.", "Opschaling"),
    # in running text the sentence after it shows numbers, it does not say what the word means
    ("De sterfte is hoog. Deze cijfers laten zien hoeveel mensen zijn overleden.", "sterfte"),
    # a heading of more words: the sentence under it speaks of the whole, not of the one word
    ("Sterfte per regio\nDeze cijfers laten zien hoeveel mensen zijn overleden.", "Sterfte"),
])
def test_heading_not_explained(check, text, word):
    assert words(check, text) == [word]


# A participle of a strong verb is as familiar as its verb, its forms summed: where the
# lemmatizer leaves the participle as it is ("gedoken"), no spelling rule finds the verb, the
# list of strong verbs does ("duiken")
@pytest.mark.parametrize("text", [
    "Het kind is diep in het koude water gedoken.",
    "De onderzoekers zijn in de cijfers gedoken.",
])
def test_participle_of_a_common_strong_verb(check, text):
    assert "gedoken" not in words(check, text)


def test_participle_of_a_rare_strong_verb_stays_hard(check):
    assert "gedolven" in words(check, "De turf werd vroeger met de hand gedolven.")


def test_strong_participle_read_through_its_verb():
    from duidelijk.dictionary import familiarity, lemma_zipf

    assert familiarity("gedoken", "gedoken", "VERB") >= lemma_zipf("duiken", "VERB")


# Capitals that are no word are an abbreviation: DD112 reports it ("Schrijf de afkorting
# voluit"); DD104's message, "Kies een gewoner woord", does not fit it
@pytest.mark.parametrize("text, short", [
    ("Wij halen de gegevens op via landelijke ODAP.", "ODAP"),
    ("De tellingen komen binnen via het regionale IDAP.", "IDAP"),
])
def test_abbreviation_is_left_to_dd112(check, text, short):
    report = check(text)
    assert [f.text for f in codes(report, "DD104")] == []
    assert [f.text for f in codes(report, "DD112")] == [short]


def test_unknown_word_in_small_letters_stays_hard(check):
    assert words(check, "Wij halen de gegevens op via het landelijke udap.") == ["udap"]
