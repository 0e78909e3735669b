"""DD106 precision (thirty-first session, rules31g): a status with "zijn" ("is in
behandeling"), "bij het + infinitive + van" ('while doing'), "het + infinitive + van" after a
preposition in a fragment without a finite verb (a heading, a line of thanks), and a light
verb whose particle ends the sentence where the parse read it as a preposition ("Geef
verhuizing door"). Sentences written for these tests, both ways."""

import pytest

from conftest import codes


def found(check, text):
    return codes(check(text, select="DD106"), "DD106")


@pytest.mark.parametrize("text", [
    # a status with "zijn": the fixed name of a state, also medical care
    "Uw bezwaar is in behandeling.",
    "Mijn dochter is in behandeling bij de fysiotherapeut.",
    # "bij het + infinitive": 'while doing'
    "Er is iets fout gegaan bij het versturen van het formulier.",
    # a fragment without a finite verb: a heading, a line of thanks
    "Na het betalen van de rekening",
    "Dank voor het sturen van de foto's van uw tuin",
    # the particle ends the heading: 'doorgeven', no light verb 'geven'
    "Geef wijziging door\nBinnen een week\nWij passen het aan.",
])
def test_not_named(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # an action with a light verb, and with "in behandeling" that the writer does (DD103 names
    # 'nemen ... in behandeling'; DD106 the others)
    ("De gemeente verzorgt de reiniging van de stoep.", "verzorgt de reiniging"),
    # "het + infinitive + van" after another preposition, in a sentence with a finite verb
    ("Wij laten u na het doorgeven van uw klacht weten dat wij deze hebben gekregen.", "het doorgeven van"),
    # a fragment without a preposition: the clumsy noun is the whole line
    ("Het krijgen van te weinig informatie over de regels.", "Het krijgen van"),
    # a light verb without a particle at the end of the heading
    ("Geef een beschrijving\nVan de schade\nStuur een foto mee.", "Geef een beschrijving"),
])
def test_still_named(check, text, span):
    assert span in [f.text for f in check(text, select="DD106").findings if f.code == "DD106"]
