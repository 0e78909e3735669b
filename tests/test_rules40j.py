"""DD103 of the fortieth session (rules40j): the name of a kind of official paper that the reader
gets, holds, signs or must show ('ontheffing', 'akte', 'uittreksel', 'jaaropgave',
'strafbeschikking', 'herzieningsbesluit' ...), for which the list has no plain word that can
stand in its place, is a field term (kind 'vak') and no officialese: the writer must keep the
name, as the reader meets it on the paper, the form and the website, and explains it once.
DD103 reports it once, at its first place, with the field term's message. Papers with a plain
word for the same paper ('beschikking' -> 'besluit', 'kwitantie'), a category that is no
paper's name ('reisdocument'), duties, rights and acts stay officialese. Sentences written for
these tests."""

import pytest

from conftest import codes
from duidelijk import wordlists

PAPERS = ("uittreksel", "akte", "ontheffing", "aanmaning", "proces-verbaal", "strafbeschikking", "aanslag",
          "navorderingsaanslag", "toekenningsbesluit", "herzieningsbesluit", "terugvorderingsbesluit",
          "intrekkingsbesluit", "jaaropgave", "jaaropgaaf", "inkomensverklaring", "uitkeringsspecificatie",
          "betalingsspecificatie", "machtigingsformulier")


def findings(check, text):
    return codes(check(text, select="DD103"), "DD103")


def spans(check, text):
    return [f.text for f in findings(check, text)]


# two uses of a paper's name: on main both were officialese findings; now one, at the first place
PAPER_TWICE = [
    ("Wij hebben uw ontheffing verleend. U moet de ontheffing altijd bij u hebben.", "ontheffing"),
    ("U krijgt een aanmaning. Betaalt u dan nog niet, dan volgt een tweede aanmaning.", "aanmaning"),
    ("Laat een akte maken bij de notaris. De notaris stuurt de akte naar het Kadaster.", "akte"),
    ("Vraag een uittreksel aan bij de gemeente. Het uittreksel kost 15 euro.", "uittreksel"),
    ("Uw jaaropgave staat klaar. Gebruik de jaaropgave voor uw belastingaangifte.", "jaaropgave"),
    ("U ontvangt een strafbeschikking. Tegen de strafbeschikking kunt u in verzet gaan.", "strafbeschikking"),
    ("Wij sturen u een herzieningsbesluit. In het herzieningsbesluit staat het nieuwe bedrag.",
     "herzieningsbesluit"),
    ("Vul het machtigingsformulier in. Stuur het machtigingsformulier naar ons terug.", "machtigingsformulier"),
    ("Bekijk de uitkeringsspecificatie. De uitkeringsspecificatie laat zien wat u krijgt.",
     "uitkeringsspecificatie"),
]


@pytest.mark.parametrize("text, word", PAPER_TWICE)
def test_a_papers_name_is_reported_once(check, text, word):
    found = [f for f in findings(check, text) if f.text == word]
    assert len(found) == 1
    assert found[0].start == text.index(word)  # the first place


@pytest.mark.parametrize("text, word", PAPER_TWICE)
def test_a_papers_name_is_a_field_term(check, text, word):
    found = [f for f in findings(check, text) if f.text == word]
    assert found[0].message.startswith(f"'{word}' is een vakwoord.")
    assert "ambtelijke taal" not in found[0].message
    assert "Leg het de eerste keer uit" in found[0].message


def test_a_tax_assessment_is_a_field_term(check):
    text = "U krijgt de aanslag gemeentelijke belastingen in februari."
    [found] = [f for f in findings(check, text) if f.text == "aanslag"]
    assert found.message.startswith("'aanslag' is een vakwoord.")


def test_an_explained_paper_is_not_reported(check):
    text = "U krijgt een herzieningsbesluit, dat is een brief met ons nieuwe besluit."
    assert "herzieningsbesluit" not in spans(check, text)


# these stay officialese, each time it is used
STAY = [
    ("Wij sturen u de beschikking. Lees de beschikking goed.", "de beschikking", 2),  # 'besluit' names it
    ("U krijgt een kwitantie van ons.", "kwitantie", 1),  # 'betaalbewijs' names it
    ("Neem een geldig reisdocument mee.", "reisdocument", 1),  # a category: the paper says 'paspoort'
    ("Voor deze activiteit geldt een meldingsplicht.", "meldingsplicht", 1),  # a duty
    ("U kunt iemand een machtiging geven.", "machtiging", 1),  # an act
    ("U krijgt vrijstelling van de sollicitatieplicht.", "vrijstelling", 1),  # a state
    ("U heeft geen parkeerrecht in deze straat.", "parkeerrecht", 1),  # a right
    ("Wij kunnen u ontheffen van deze plicht.", "ontheffen", 1),  # the verb
    ("In de verordening staan de regels.", "verordening", 1),  # a rule, no paper of the reader
]


@pytest.mark.parametrize("text, word, count", STAY)
def test_other_words_stay_officialese(check, text, word, count):
    found = [f for f in findings(check, text) if f.text == word]
    assert len(found) == count
    assert all("ambtelijke taal" in f.message for f in found)


def test_another_sense_of_aanslag_is_no_finding(check):
    assert "aanslag" not in spans(check, "De aanslag op de minister was in 1990.")


def test_the_list_marks_the_papers_and_only_where_no_plain_word_fits():
    rows = {r["term"]: r for r in wordlists.load("jargon")}
    for term in PAPERS:
        assert rows[term].get("kind") == "vak", term
        assert rows[term].get("fits") == "-", term
        assert not rows[term].get("mild"), term
    for term in ("beschikking", "kwitantie", "reisdocument", "meldingsplicht", "machtiging", "vrijstelling"):
        assert rows[term].get("kind") != "vak", term
