"""rules41i: DD102 on the revised stance (benchmarks/judged/README.md, "Passive (DD102)"): catching an
illness has no natural doer. "besmet worden" of a person was already silent ("Veel kinderen werden
besmet": besmet raken); now also when the tagger does not see the person in the subject, because Dutch
makes the group word another way: an adjective used as a plural noun ("ouderen", "zieken") or a number
joined to a noun of age ("70-plussers", "65-jarigen"). And "zijn" + "besmet" of a part of a group
counted before ("hoeveel mensen ... en hoeveel daarvan besmet zijn", "hoeveel van hen"): the
person's state, as "ziek zijn". Kept: a thing ("Het drinkwater is besmet", "hoeveel monsters ... en
hoeveel daarvan zijn besmet"), "door" (who passes it on: "Zet voorop wie het doet"), other verbs
("hoeveel ouderen worden gecontroleerd": someone does that). Own sentences."""

import pytest


def passives(check, text):
    return [f.text for f in check(text, select=["DD102"]).findings if f.code == "DD102"]


@pytest.mark.parametrize("text", [
    "Dit getal laat zien hoeveel ouderen dagelijks besmet worden.",
    "Dit getal laat zien hoeveel ouderen in deze regio dagelijks besmet worden.",
    "Dit getal laat zien hoeveel 70-plussers dagelijks besmet worden.",
    "De grafiek toont hoeveel 65-plussers besmet worden.",
    "We weten hoeveel bewoners er zijn en hoeveel daarvan besmet zijn.",
    "Hier ziet u hoeveel leerlingen er zijn en hoeveel ervan besmet zijn.",
    "Veel bewoners zijn besmet.",
    "Veel kinderen werden besmet.",
])
def test_catching_an_illness_is_silent(check, text):
    assert passives(check, text) == [], text


@pytest.mark.parametrize("text", [
    "Het drinkwater is besmet.",  # a thing: someone polluted it
    "Hoeveel monsters zijn er genomen en hoeveel daarvan zijn besmet?",
    "Het water wordt besmet door de fabriek.",
    "Hoeveel mensen worden besmet door één patiënt?",  # who passes it on is the point
    "Het rapport zegt hoeveel ouderen dagelijks worden gecontroleerd.",  # someone checks them
    "De lijst zegt hoeveel 70-plussers elke week worden gebeld.",
    "Hoeveel computers zijn er en hoeveel daarvan worden gerepareerd?",
])
def test_acts_and_things_stay(check, text):
    assert len(passives(check, text)) >= 1, text


def test_no_passive_trap(check):
    assert passives(check, "Ik word morgen 40.") == []
    assert passives(check, "Mijn oudste dochter wordt volgende week achttien.") == []


# a program's progress line while the reader waits: a status line of a program (twijfel on the
# revised stance); the setting progress_lines, on by default, off gives them back
PROGRESS_OFF = {"DD102": {"progress_lines": False}}


@pytest.mark.parametrize("text", [
    "De betaling wordt momenteel verwerkt.",
    "Code wordt gecontroleerd, even geduld.",
    "De kaart wordt geladen...",
    "Het bestand wordt nu verzonden.",
    "Stap 2 van 3\nDe foto wordt op dit moment verkleind.",
])
def test_progress_line_is_silent(check, text):
    assert passives(check, text) == [], text
    assert len([f for f in check(text, select=["DD102"], rules=PROGRESS_OFF).findings if f.code == "DD102"]) == 1, text


@pytest.mark.parametrize("text", [
    "De betaling wordt verwerkt.",  # no word of the moment or of waiting
    "Uw aanvraag wordt momenteel behandeld.",  # the reader's own thing: who handles it?
    "Uw gegevens worden op dit moment opgehaald.",
    "De aanvraag wordt momenteel door de afdeling beoordeeld.",  # door
    "De betaling kan momenteel niet worden verwerkt.",  # a modal and 'niet'
    "De klant wordt nu geholpen, even geduld.",  # a person
    "De toeslag wordt nu vastgesteld.",  # a decision
    "De betaling wordt momenteel verwerkt. U krijgt een e-mail als het klaar is.",  # running text
    "Als u betaalt, wordt de betaling nu verwerkt.",
    "De betaling werd gisteren verwerkt.",
])
def test_not_a_progress_line_stays(check, text):
    assert len(passives(check, text)) >= 1, text
