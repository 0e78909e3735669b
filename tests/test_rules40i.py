"""rules40i: two kinds of DD102 passives with no one a reader would want named.
1. A program's status line: one sentence alone on its line that tells how a step with data went
   ("Het bestand is niet gevonden", "De pagina kon niet worden geladen", "Uw wijzigingen zijn
   opgeslagen"). The program is the doer; "Wij hebben het bestand niet gevonden" is no plainer.
   A setting (status_lines), on by default since a blind judge (judge40c) read what it takes away.
2. Catching an illness without 'door' ("Veel kinderen werden besmet" = raakten besmet; not
   "besmet worden door één patiënt": the active says who passes it on) and beds or seats in use
   ("hoeveel IC-bedden bezet worden door patiënten" = bezet zijn).
Own sentences, both ways: acts of people, decisions about the reader, policies ("Uw gegevens
worden niet opgeslagen") and things that are polluted stay."""

import pytest


STATUS_ON = {"DD102": {"status_lines": True}}  # the status-line part is a setting, on by default since judge40c
STATUS_OFF = {"DD102": {"status_lines": False}}


def passives(check, text, **settings):
    return [f.text for f in check(text, select=["DD102"], **settings).findings if f.code == "DD102"]


@pytest.mark.parametrize("text", [
    "Het bestand is niet gevonden.",
    "Er zijn geen resultaten gevonden.",
    "Er is geen adres gevonden bij deze postcode.",
    "De video kon niet worden gedownload.",
    "Het document kan niet worden gedownload.",
    "De pagina kon niet worden geladen.",
    "De bijlage kan niet geopend worden",
    "De gegevens konden niet worden opgehaald.",
    "Het bericht kon niet worden verzonden.",
    "Uw wijzigingen zijn opgeslagen.",
    "Je gegevens zijn verwijderd.",
])
def test_status_line_of_a_program(check, text):
    assert passives(check, text, rules=STATUS_ON) == [], text
    assert passives(check, text) == [], text  # on by default
    assert len(passives(check, text, rules=STATUS_OFF)) == 1, text


def test_status_line_between_other_lines(check):
    text = "Zoeken\nDe gevraagde pagina is niet gevonden.\nProbeer het opnieuw met een ander woord."
    assert passives(check, text, rules=STATUS_ON) == []


@pytest.mark.parametrize("text", [
    "Het grofvuil kon niet worden opgehaald.",  # people collect it: not a data thing
    "Het zwembad kan niet worden geopend.",
    "Er is nog geen oplossing gevonden.",  # someone is still looking
    "De eigenaar is niet gevonden.",  # a person
    "Uw gegevens worden niet opgeslagen.",  # what the organisation does, no failure
    "Uw aanvraag kan niet worden verwerkt.",  # handling an application, not a data step
    "U leest hier wat u moet doen. Het bestand is niet gevonden.",  # running text
    "Uw inschrijving is verwijderd.",  # a decision about the reader
    "Het document kan niet worden gedownload als u niet bent ingelogd.",  # a condition
    "Het bestand is op 3 maart verwijderd.",  # a date: an event
    "Het bestand is niet gevonden door de scanner.",  # 'door'
    "Er zijn vijf resultaten gevonden.",  # no failure, no data kept
    "Uw aanvraag is verzonden.",  # handed to someone: not a confirmation of keeping data
    "Uw uitkering wordt stopgezet.",
])
def test_near_misses_of_a_status_line_stay(check, text):
    assert len(passives(check, text, rules=STATUS_ON)) == 1, text


@pytest.mark.parametrize("text", [
    "Het cijfer geeft aan hoeveel mensen dagelijks besmet worden.",
    "Hoe voorkom je dat je besmet wordt?",
    "Veel kinderen werden vorige week besmet.",
    "Mensen die besmet worden, moeten thuisblijven.",
    "Je kunt besmet worden als je dicht bij iemand staat.",
    "Zij werd besmet met het virus.",
    "Patiënten kunnen geïnfecteerd worden in het ziekenhuis.",
    "Hoeveel bedden worden bezet door patiënten met griep?",
    "De IC-bedden worden bezet door coronapatiënten.",
    "Dit getal laat zien hoeveel parkeerplaatsen worden bezet door bezoekers.",
])
def test_catching_an_illness_and_beds_in_use(check, text):
    assert passives(check, text) == [], text


@pytest.mark.parametrize("text", [
    "Hoeveel mensen worden besmet door één patiënt?",  # 'door': the active says who passes it on
    "Bewoners worden soms besmet door hun bezoek.",
    "Het cijfer geeft aan hoeveel mensen gemiddeld besmet worden door één zieke.",
    "Het water wordt besmet door de fabriek.",
    "Het drinkwater werd besmet met bacteriën.",
    "De grond wordt besmet met olie.",
    "Het cijfer geeft aan hoeveel putten gemiddeld besmet worden met bacteriën.",
    "De computer wordt geïnfecteerd met een virus.",
    "Mensen worden getest door de GGD.",
    "Kinderen worden gevaccineerd.",
    "Het pand wordt bezet door krakers.",
    "Het gemeentehuis werd bezet door demonstranten.",
    "De bedden worden verschoond door de verpleging.",
])
def test_near_misses_of_illness_and_beds_stay(check, text):
    assert len(passives(check, text)) == 1, text


def test_no_passive_at_all(check):
    assert passives(check, "Ik word morgen 40.") == []
