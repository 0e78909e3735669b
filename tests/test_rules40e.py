"""rules40e: "zijn" + a participle of putting or keeping a thing in a store, register or place,
or of joining it to another thing, with a phrase that names that place, says where the thing
is now ("staan", "zitten"): no passive for DD102 (wordlists/stored_states.tsv). Without the
place, with a time, a moment conjunction, a modal, "door", an "er" of a deed or a person placed
somewhere, it stays a passive. Own sentences, both ways."""

import pytest


def passives(check, text):
    return [f.text for f in check(text, select=["DD102"]).findings if f.code == "DD102"]


@pytest.mark.parametrize("text", [
    "De inwoners zijn geregistreerd in de basisregistratie.",
    "Uw gegevens zijn opgeslagen in een beveiligde omgeving.",
    "De foto's zijn bewaard op uw computer.",
    "Het loket is gehuisvest in het stadhuis.",
    "De dienst is ondergebracht bij de GGD.",
    "De app is gekoppeld aan uw bankrekening.",
    "Uw DigiD is niet gekoppeld aan uw account.",
    "Deze afspraken zijn vastgelegd in ons systeem.",
    "Gegevens die bij een andere gemeente zijn geregistreerd, ziet u hier niet.",
    "De codes die op uw telefoon zijn bewaard, blijven daar.",
    "Er zijn op dit moment vier straten opgenomen in de proef.",
    "Er zijn nu twee parkeerterreinen opgenomen in het project.",
    "In deze database zijn gegevens opgenomen over de bomen in de stad.",
    "De oude dossiers zijn gearchiveerd bij de gemeente.",
])
def test_a_thing_kept_in_a_place_is_a_state(check, text):
    assert passives(check, text) == [], text


@pytest.mark.parametrize("text,span", [
    ("Uw aanvraag is geregistreerd.", "is geregistreerd"),  # no place: news of a deed
    ("Uw gegevens zijn gisteren opgeslagen in het systeem.", "zijn gisteren opgeslagen"),
    ("Zodra uw gegevens zijn opgeslagen in het systeem, krijgt u bericht.", "zijn opgeslagen"),
    ("Nadat de app is gekoppeld aan uw rekening, kunt u betalen.", "is gekoppeld"),
    ("De gegevens moeten zijn vastgelegd in het systeem.", "zijn vastgelegd"),
    ("Uw gegevens zijn door de medewerker opgeslagen in het systeem.",
     "zijn door de medewerker opgeslagen"),
    ("U bent opgenomen in het programma.", "bent opgenomen"),  # a person admitted: a decision
    ("Het kind is ondergebracht bij een pleeggezin.", "is ondergebracht"),
    ("Er is een nieuwe straat opgenomen in de proef.", "is een nieuwe straat opgenomen"),
    ("De gegevens zijn op basis van uw aangifte vastgelegd.", "zijn op basis van uw aangifte vastgelegd"),
    ("Uw aanvraag is afgewezen.", "is afgewezen"),
    ("De subsidie is verleend aan de vereniging.", "is verleend"),
])
def test_a_deed_stays_a_passive(check, text, span):
    assert passives(check, text) == [span], text


def test_stored_with_worden_stays_a_passive(check):
    assert passives(check, "Uw gegevens worden opgeslagen in ons systeem.") == ["worden opgeslagen"]


def test_a_place_in_a_text_keeps_its_own_tip(check):
    findings = [f for f in check("In artikel 4 is opgenomen dat u op tijd betaalt.", select=["DD102"]).findings
                if f.code == "DD102"]
    assert [f.text for f in findings] == ["is opgenomen"]
    assert "staat" in findings[0].message


def test_bij_an_occasion_is_no_keeper(check):
    # "bij de geboorte" is the moment of the deed, not a body that keeps the record
    assert passives(check, "Dit is de naam die bij de geboorte is geregistreerd.") == ["is geregistreerd"]
    assert passives(check, "Dit is de naam die bij de gemeente is geregistreerd.") == []


def test_the_examples_of_the_rule_doc(check):
    assert passives(check, "De gegevens zijn opgeslagen in ons systeem.") == []
    assert passives(check, "De app is gekoppeld aan uw rekening.") == []
    assert passives(check, "Uw aanvraag is geregistreerd.") == ["is geregistreerd"]
    assert passives(check, "U bent opgenomen in het programma.") == ["bent opgenomen"]


@pytest.mark.parametrize("text,span", [
    ("Uw fiets is opgenomen in de proef.", "is opgenomen"),  # the reader's thing placed
    ("Het interview is in de kliniek opgenomen.", "is in de kliniek opgenomen"),  # recorded there
])
def test_the_readers_thing_or_a_care_place_stays_a_passive(check, text, span):
    assert passives(check, text) == [span], text


def test_costs_in_a_price_are_a_state(check):
    assert passives(check, "De kosten zijn in de prijs opgenomen.") == []
