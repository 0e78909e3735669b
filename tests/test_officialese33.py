"""Thirty-third session (rules33e): officialese written blind from knowledge (wordlists/jargon.tsv,
the block 'Officialese written blind from knowledge by the rules33e helper'). Formal time words,
degree phrases, 'het feit dat' after a preposition, formal verbs and nouns, the summing-up of a
letter. Own sentences, both ways."""

import pytest


def found(check, text):
    """(text in lower case, first suggestion) of each DD103 finding."""
    return [(f.text.lower(), f.suggestions[0] if f.suggestions else None)
            for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


@pytest.mark.parametrize("text, span, suggestion", [
    # time words
    ("Het geld staat ultimo maart op uw rekening.", "ultimo", "eind"),
    ("Medio april krijgt u bericht van ons.", "medio", "Half"),
    ("U heeft indertijd een uitkering gekregen.", "indertijd", "toen"),
    ("Tot dusverre hebben wij niets van u gekregen.", "tot dusverre", "Tot nu toe"),
    ("Dit gebeurt dikwijls in de zomer.", "dikwijls", "vaak"),
    # degree and number
    ("Wij zijn in hoge mate afhankelijk van uw gegevens.", "in hoge mate", "erg"),
    ("Inwoners maken in toenemende mate gebruik van de bus.", "in toenemende mate", "steeds meer"),
    ("In de meeste gevallen krijgt u binnen een week antwoord.", "in de meeste gevallen", "Meestal"),
    ("Het werk is goeddeels klaar.", "goeddeels", "voor het grootste deel"),
    ("Dit is schier onmogelijk.", "schier", "bijna"),
    ("De kosten zijn beduidend hoger dan vorig jaar.", "beduidend", "veel"),
    ("U mag onder geen beding het hek openen.", "onder geen beding", "nooit"),
    ("Het plan is in alle opzichten goed.", "in alle opzichten", "helemaal"),
    # constructions with a plain conjunction or adverb
    ("Ondanks het feit dat u werkt, krijgt u nog hulp.", "ondanks het feit dat", "Hoewel"),
    ("Door het feit dat de weg dicht is, rijdt de bus om.", "door het feit dat", "Doordat"),
    ("Wij sturen deze brief met het doel om u te helpen.", "met het doel om", "om"),
    ("Op grond van het bovenstaande wijzen wij uw aanvraag af.", "op grond van het bovenstaande", "Daarom"),
    ("Samenvattend: u krijgt geen toeslag.", "samenvattend", "Kortom"),
    ("De buren maken bij toerbeurt de trap schoon.", "bij toerbeurt", "om de beurt"),
    ("Het besluit geldt ex nunc.", "ex nunc", "vanaf nu"),
    # formal verbs and nouns
    # 'gebruiken' in its place would read "U kunt gebruiken deze regeling": the object must go
    # first, so a hint and no replacement (fix41a, `_object_must_go_first`)
    ("U kunt gebruikmaken van deze regeling.", "gebruikmaken van", None),
    ("U kunt zich verweren tegen de boete.", "zich verweren", "zich verdedigen"),
    ("U moet de overlast voor lief nemen.", "voor lief nemen", "accepteren"),
    ("De commissie buigt zich over uw bezwaar.", "buigt zich over", None),
    ("Bent u gehuwd of samenwonend?", "gehuwd", "getrouwd"),
    # a spouse of either sex: explained only, no one-sex word in its place
    ("Uw echtgenoot moet ook tekenen.", "echtgenoot", None),
    ("U krijgt twee weken respijt.", "respijt", "uitstel"),
    ("U heeft recht op teruggave van de belasting.", "teruggave", "terugbetaling"),
])
def test_officialese_is_found(check, text, span, suggestion):
    assert (span, suggestion) in found(check, text), (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Half april krijgt u bericht van ons.",
    "Uw man moet ook tekenen.",
    "Wij gebruiken deze regeling.",
    "Een advocaat kan u in deze zaak helpen.",
    "De kosten zijn veel hoger dan vorig jaar.",
    "Door de regen was het feest minder leuk.",
    "Hier ziet u een samenvattend overzicht.",   # the adjective: no summing-up
    "U krijgt een samenvattende brief.",
    "Hij grijpt de bal met twee handen.",
    "De burgemeester kondigt een noodbevel af.",  # a particle verb apart: only 'kondigt' would be marked
    "De verbouwing grijpt plaats in de zomer.",
    "Wij houden op met de bouw.",                # 'ophouden' without 'zich'
    "De buren maken om de beurt de trap schoon.",
    "Het medium is kapot.",
])
def test_plain_words_stay_free(check, text):
    assert found(check, text) == [], text
