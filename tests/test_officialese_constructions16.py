"""Officialese constructions, sixteenth session (issue 13): a participle that adds nothing
between an article and its noun ("uw getoonde inzet"), "op ... gronden" for reasons ("op
medische gronden"), a few fixed expressions ("zonder volledig te zijn", "beschikbaar
stellen"); all DD103. The rule for the reader that does not say who may or can ("Het is
niet toegestaan om ...") is DD111's (tests/test_findings_hold.py)."""

import pytest


def found(check, code, text):
    return [f for f in check(text, select=[code]).findings if f.code == code]


# --- DD103: a participle that adds nothing before its noun ------------------------------------
@pytest.mark.parametrize("text, span, plain", [
    ("Wij danken u voor uw getoonde inzet.", "uw getoonde inzet", "uw inzet"),
    ("U krijgt dit als erkenning voor het ontstane leed.", "het ontstane leed", "het leed"),
    ("U krijgt dit als erkenning voor uw ontstane leed en uw getoonde inzet in de zorg.",
     "uw ontstane leed", "uw leed"),
    ("Wij hebben uw antwoord niet binnen de gestelde termijn van twee weken ontvangen.",
     "de gestelde termijn", "de termijn"),
    ("De geleden schade betalen wij terug.", "De geleden schade", "De schade"),
    ("De ontstane situatie is vervelend voor u.", "De ontstane situatie", "De situatie"),
    ("Wij hebben uw gedane aangifte doorgestuurd.", "uw gedane aangifte", "uw aangifte"),
])
def test_empty_participle_is_found(check, text, span, plain):
    f = [x for x in found(check, "DD103", text) if x.text == span]
    assert len(f) == 1
    assert f[0].suggestions == [plain]
    assert "is hier niet nodig" in f[0].message


@pytest.mark.parametrize("text", [
    "Wij hebben de gestelde vragen beantwoord.",  # not with every noun: the questions asked
    "De getoonde foto is van de gemeente.",  # 'getoond' only with an attitude (inzet, begrip)
    "Het gekozen aanbod is geldig tot 1 mei.",  # not a listed participle
    "Het is twee weken geleden dat u belde.",  # 'geleden' as 'ago'
    "De schade is snel ontstaan.",  # no participle before a noun
    "De door u gedane aangifte is ontvangen.",  # a phrase of its own: DD107's clause in disguise
    "Wij hebben een gestelde Termijn Regeling.",  # a capital: a name
])
def test_participle_that_says_something_stays(check, text):
    assert not [x for x in found(check, "DD103", text) if "is hier niet nodig" in x.message]


# --- DD103: "op ... gronden" for reasons -----------------------------------------------------
@pytest.mark.parametrize("text, span, plain", [
    ("U kunt op medische gronden geen behandeling krijgen.", "op medische gronden", "om medische redenen"),
    ("Op religieuze en ethische gronden wil zij niet meedoen.", "Op religieuze en ethische gronden",
     "Om religieuze en ethische redenen"),
])
def test_reason_grounds_are_found(check, text, span, plain):
    f = [x for x in found(check, "DD103", text) if x.text == span]
    assert len(f) == 1
    assert f[0].suggestions == [plain]


@pytest.mark.parametrize("text", [
    "Op agrarische gronden mag u niet bouwen.",  # land
    "Op deze gronden mag u niet bouwen.",  # land in a zoning plan
    "De gronden van de boer liggen aan de rivier.",
    "Op grond van de wet mag dat niet.",  # 'op grond van' has its own entry
    "Wij vinden de medische gronden niet sterk.",  # no 'op'
])
def test_grounds_that_may_be_land_stay(check, text):
    assert not [x for x in found(check, "DD103", text) if "redenen" in x.message]


# --- DD103: fixed expressions written from knowledge ------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Zonder volledig te zijn noemen wij enkele regels.", "Zonder volledig te zijn"),
    ("Zonder uitputtend te zijn, noemen wij enkele voorbeelden.", "Zonder uitputtend te zijn"),
    ("De gemeente stelt deze gegevens beschikbaar voor iedereen in Nederland.",
     "stelt deze gegevens beschikbaar"),
    ("Wij hebben een container beschikbaar gesteld.", "beschikbaar gesteld"),
])
def test_fixed_expressions_are_found(check, text, span):
    f = [x for x in found(check, "DD103", text) if x.text == span]
    assert len(f) == 1
    assert f[0].suggestions == []  # the sentence must change: 'bijvoorbeeld', 'geven'


@pytest.mark.parametrize("text", [
    "Het formulier is niet volledig. Zonder volledig formulier kunnen wij niets doen.",
    "De gegevens zijn beschikbaar op de website.",
    "Wij stellen vast dat de informatie beschikbaar is.",
])
def test_everyday_words_of_the_expressions_stay(check, text):
    assert not [x for x in found(check, "DD103", text)
                if "volledig" in x.text.lower() or "beschikbaar" in x.text.lower()]


def test_formula_lists_are_data():
    """The participles and the words of reasons are data (wordlists/formula_participles.tsv,
    reason_kinds.tsv): a participle with no nouns listed holds with every noun."""
    from duidelijk.rules.jargon import formula_participles, reason_kinds

    assert "inzet" in formula_participles()["getoonde"] and "foto" not in formula_participles()["getoonde"]
    assert formula_participles()["ontstane"] == frozenset()
    assert "gekozen" not in formula_participles()
    assert "medische" in reason_kinds() and not {"agrarische", "deze", "eigen"} & reason_kinds()
