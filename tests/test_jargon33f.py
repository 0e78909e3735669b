"""Thirty-third session (rules33f): a verb of DD103 in an ordinary expression of its own
(its 'unless') where the parts stand apart. A main clause puts the finite verb second, its
particle at the end and the rest of the expression after the particle ("Dit komt niet overeen
met ..."); a preposition before a pointing word joins it and may open the clause ("Hierop
worden de lichten afgestemd"). 'gelet op' with an auxiliary is the verb 'letten op' in a tense
("Er wordt gelet op ..."), not the officialese preposition. Own sentences, both ways."""

import pytest


def spans(check, text):
    return [f.text.lower() for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


@pytest.mark.parametrize("text", [
    # 'overeenkomen met' (to match): the verb second, 'overeen met' at the end
    "Het adres op uw pas komt niet altijd overeen met het adres in ons systeem.",
    "Uw handtekening kwam gisteren niet helemaal overeen met de handtekening op het formulier.",
    "Daarmee komt de uitkomst van de berekening overeen.",
    # 'afstemmen op' (to fit something to something) with 'hierop', 'daarop', 'waarop'
    "Hierop worden de tijden van de bus elk jaar afgestemd.",
    "Wij stemmen de openingstijden van de balie daarop af.",
    "Dit is het rooster waarop wij de lessen afstemmen.",
    # 'letten op' in a tense
    "Bij de controle wordt vooral gelet op de veiligheid van de kinderen.",
    "De inspecteur heeft goed gelet op de brandtrap.",
])
def test_ordinary_expression_apart_is_no_finding(check, text):
    found = spans(check, text)
    assert not any(w in s for s in found for w in ("kom", "overeen", "stem", "gelet")), found


@pytest.mark.parametrize("text, part", [
    # 'overeenkomen' (to agree) and 'afstemmen met' (to agree with) stay officialese
    ("De huurder en de verhuurder komen samen overeen dat de huur stijgt.", "kom"),
    ("Wij zijn overeengekomen dat u het bedrag in delen betaalt.", "overeengekomen"),
    ("Op de planning worden de lampen daarna met de buren afgestemd.", "afgestemd"),
    ("Wij stemmen de planning eerst af met de buurtbewoners.", "stem"),
    # 'gelet op' as a preposition (because of)
    ("Gelet op uw inkomen krijgt u geen toeslag.", "gelet op"),
    ("Wij wijzen uw aanvraag af, gelet op de regels van de gemeente.", "gelet op"),
])
def test_officialese_sense_stays(check, text, part):
    assert any(part in s for s in spans(check, text)), spans(check, text)
