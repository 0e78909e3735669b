"""DD118 (verstopt-werkwoord) (fortieth session, rules40d): two more shapes an editor always
changes. A noun of action that is not in -ing ("selectie", "inzet", "verkoop", "installatie")
in DD118's frames: with who does it after "door", or with what is done after "van" in a
passive that names no one; and "doen" with a plural noun of action that carries what the plain
verb takes ("Er worden voorspellingen gedaan over de kosten": 'De kosten worden voorspeld'), the
latter behind DD118's setting plural_doen (off by default). Sentences written for these tests,
both ways."""

import pytest

from conftest import codes


PLURAL_ON = {"DD118": {"plural_doen": True}}  # the plural part is a setting, off by default


def findings(check, text, code="DD118", **settings):
    return [f for f in check(text, select=code, **settings).findings if f.code == code]


@pytest.mark.parametrize("text, span, verb, example", [
    # a loan noun in -tie with who does it after "door"
    ("De installatie van de zonnepanelen door de monteur duurt een dag.",
     "De installatie van de zonnepanelen door de monteur", "installeren", "De monteur installeert"),
    ("De selectie van de spelers door de trainer is klaar.",
     "De selectie van de spelers door de trainer", "selecteren", "De trainer selecteert"),
    ("Bij de registratie van uw hond door de dierenarts krijgt u een penning.",
     "de registratie van uw hond door de dierenarts", "registreren", "De dierenarts registreert"),
    # the stem of a verb with a particle or prefix ("verkoop", "aanleg")
    ("De verkoop van uw huis door de makelaar duurt vaak een paar maanden.",
     "De verkoop van uw huis door de makelaar", "verkopen", "De makelaar verkoopt"),
    ("De aanleg van de nieuwe weg door de gemeente duurt twee jaar.",
     "De aanleg van de nieuwe weg door de gemeente", "aanleggen", "De gemeente legt"),
    # in a passive that names no one who acts: 'Zeg daarin wie ...'
    ("De gegevens worden gebruikt voor de selectie van nieuwe projecten.",
     "de selectie van nieuwe projecten", "selecteren", ""),
    ("Met de inzet van het algoritme wordt de aanvraag sneller afgehandeld.",
     "de inzet van het algoritme", "inzetten", ""),
])
def test_other_action_nouns_named(check, text, span, verb, example):
    found = findings(check, text)
    assert [f.text for f in found] == [span]
    assert found[0].message.startswith(f"Schrijf liever een zin met het werkwoord '{verb}'."), found[0].message
    if example:
        assert f"bijvoorbeeld: '{example}" in found[0].message, found[0].message
    else:
        assert "Zeg daarin wie" in found[0].message, found[0].message


@pytest.mark.parametrize("text, span, form", [
    ("Elk jaar worden er voorspellingen gedaan over de drukte op het strand.", "voorspellingen gedaan", "voorspeld"),
    ("Door de gemeente worden er elk voorjaar tellingen gedaan van het aantal vogels.", "tellingen gedaan", "geteld"),
    ("Bewoners kunnen meldingen doen van overlast via de website.", "meldingen doen", "melden"),
    ("Wij doen elk jaar schattingen van het aantal bezoekers.", "doen elk jaar schattingen", "schatten"),
])
def test_plural_with_doen_and_its_object_named(check, text, span, form):
    found = findings(check, text, rules=PLURAL_ON)
    assert [f.text for f in found] == [span]
    assert found[0].message.startswith(f"Schrijf liever '{form}' in plaats van"), found[0].message
    # off by default: DD106's (off by default too), as the thirty-eighth session left it
    assert findings(check, text) == []
    assert [f.text for f in findings(check, text, "DD106")] == [span]


@pytest.mark.parametrize("text", [
    "Doe een melding als de lamp kapot is.",  # "een melding doen" alone: DD106's, not DD118's
    "De uitvoering is goed.",  # no what and no who
    "De inzet van vrijwilligers is belangrijk.",  # persons after "van": they may be who acts
    "Wij hebben het besluit van de raad gelezen.",  # the decision as a text
    "Het verzoek van uw werkgever is binnen.",  # the request made, a thing
    "U kunt dit toevoegen aan uw aanvraag door het formulier opnieuw te openen.",  # the
    # application, and "door" says how: no "van", no person after "door"
    "Het gebruik van de parkeerplaats is gratis.",  # no one named, nor the reader's thing
    "De aanleg van de nieuwe weg duurt twee jaar.",  # no one named, nor the reader's thing
    "Selectie van de kandidaten",  # a heading
    "De Dienst Verkoop van Grond beantwoordt uw vragen.",  # a name
    "Wij doen voorstellen voor nieuwe regels.",  # the plural is the verb's form: no hint
    "De computer doet voorspellingen.",  # a plural without what is predicted: DD106's
    "Ik doe boodschappen voor mijn moeder.",  # no act of one verb
])
def test_not_named(check, text):
    assert codes(check(text, select="DD118", rules=PLURAL_ON), "DD118") == []


def test_plural_without_object_stays_with_dd106(check):
    report = check("De computer doet voorspellingen.", select=["DD106", "DD118"], rules=PLURAL_ON)
    assert [f.code for f in report.findings] == ["DD106"]


def test_owner_or_van_phrase_is_a_thing(check):
    """A noun of another shape with an owner, or after "van" on another noun of action, is the
    thing ("uw aanvraag"): only the noun in -ing is named."""
    found = findings(check, "De beoordeling van uw aanvraag door mevrouw Jansen duurt een week.")
    assert [f.text for f in found] == ["De beoordeling van uw aanvraag door mevrouw Jansen"]
