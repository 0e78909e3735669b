"""rules40g: two DD102 passives whose doer is plain from the sentence itself.
1. A passive in a question clause ("of ...", "welke ...") under a verb of deciding whose subject
   is a person or a body: the one who decides stands in front ("De medewerker besluit of de
   aanvraag wordt toegekend").
2. "zijn" + a verb of handing in ("indienen", "inleveren", "insturen", "inzenden") said of the
   reader's own thing: the reader did it ("Uw aanvraag is ingediend").
Own sentences, both ways: decisions about the reader without a named decider stay, and so do
impersonal passives."""

import pytest


def passives(check, text):
    return [f.text for f in check(text, select=["DD102"]).findings if f.code == "DD102"]


@pytest.mark.parametrize("text", [
    "Landen bepalen zelf welke bewijzen worden geaccepteerd bij de grens.",
    "De medewerker besluit vervolgens of de aanvraag wordt toegekend of wordt afgewezen.",
    "De gemeente beslist of uw vergunning wordt verlengd.",
    "Wij beslissen binnen acht weken of uw aanvraag wordt toegekend.",
    "De rechter bepaalt wanneer de zaak wordt behandeld.",
    "U kiest zelf welke gegevens worden gedeeld.",
    "De school kiest welke leerlingen worden toegelaten.",
    "De commissie bepaalt hoeveel subsidie wordt uitgekeerd.",
    "Het college maakt uit of de straat wordt afgesloten.",
])
def test_the_one_who_decides_is_named(check, text):
    assert passives(check, text) == [], text


@pytest.mark.parametrize("text", [
    "Uw aanvraag is ingediend.",
    "Uw bezwaar is op tijd ingediend.",
    "Je formulier is ingeleverd.",
    "Jouw foto's zijn ingestuurd.",
    "Uw zienswijze is ingezonden.",
    "Jullie aanvraag is ingediend bij de gemeente.",
])
def test_the_readers_own_handing_in(check, text):
    assert passives(check, text) == [], text


@pytest.mark.parametrize("text,span", [
    # no subject that decides, or a subject that is a thing: the doer is not named
    ("Het inkomen bepaalt welke toeslag wordt uitgekeerd.", "wordt uitgekeerd"),
    ("Met het model wordt bepaald welke inwoners worden uitgenodigd.", "worden uitgenodigd"),
    ("Kies welke gegevens worden gedeeld.", "worden gedeeld"),
    # "dat", another verb, or another clause: not a question the subject decides
    ("De wet bepaalt dat uw aanvraag wordt afgewezen.", "wordt afgewezen"),
    ("De medewerker weet niet of de aanvraag wordt toegekend.", "wordt toegekend"),
    ("Als de medewerker het besluit, wordt uw aanvraag toegekend.", "wordt uw aanvraag toegekend"),
    ("De medewerker besluit snel. Uw aanvraag wordt dan toegekend.", "wordt dan toegekend"),
    # decisions about the reader and impersonal passives without a named doer stay
    ("Uw aanvraag is afgewezen.", "is afgewezen"),
    ("Er wordt gekeken naar uw inkomen.", "wordt gekeken"),
    # the organisation's step, not the reader's
    ("Uw aanvraag is ontvangen.", "is ontvangen"),
    ("Uw nieuwe pas is opgestuurd.", "is opgestuurd"),
    # not the reader's thing, "niet", "door" or "worden"
    ("Het voorstel is ingediend.", "is ingediend"),
    ("Uw bezwaar is niet op tijd ingediend.", "is niet op tijd ingediend"),
    ("Uw aanvraag wordt morgen ingediend.", "wordt morgen ingediend"),
    ("Uw aanvraag is ingediend en wordt beoordeeld.", "wordt beoordeeld"),
])
def test_still_a_passive(check, text, span):
    found = passives(check, text)
    assert any(span in f or f in span for f in found), (text, found)


def test_door_keeps_the_passive(check):
    assert passives(check, "Uw aanvraag is door uw werkgever ingediend.")
    assert passives(check, "De gemeente beslist of uw aanvraag door de commissie wordt beoordeeld.")


def test_not_passive_stays_silent(check):
    assert passives(check, "Ik word morgen 40.") == []
