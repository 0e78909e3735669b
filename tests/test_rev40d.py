"""DD118 (verstopt-werkwoord), review of rules40d (fortieth session, rev40d): nouns of action
not in -ing in DD118's frames. Mends: a loan noun in -tie/-sie names only the '-eren' verb Dutch
word formation makes of it ("visie" is no 'vieren', "sanctie" no 'saneren'); loan nouns whose
everyday sense with "van" is a thing, a text or a state are no act ("de informatie van uw
verzekeraar", "de specificatie van uw rekening", "de combinatie van werk en zorg"); "bij" with
a verb that puts a thing with a form ("Bij de aanvraag zit een kopie") is no moment of acting;
and the present of verbs in "-ueren" is 'evalueert', not 'evaluert'. Sentences written for
these tests, both ways."""

import pytest

from conftest import codes


def findings(check, text):
    return [f for f in check(text, select="DD118").findings if f.code == "DD118"]


@pytest.mark.parametrize("text, span, verb", [
    ("De registratie van uw kind door de ambtenaar gebeurt op het stadhuis.",
     "De registratie van uw kind door de ambtenaar", "registreren"),
    ("De reparatie van de lantaarnpaal door de monteur duurt een uur.",
     "De reparatie van de lantaarnpaal door de monteur", "repareren"),
    ("De publicatie van het besluit door de gemeente gebeurt in het Gemeenteblad.",
     "De publicatie van het besluit door de gemeente", "publiceren"),
    ("De aanpak van de overlast door de wijkagent begint volgende week.",
     "De aanpak van de overlast door de wijkagent", "aanpakken"),
    ("Met de invoer van uw gegevens wordt uw aanvraag gestart.", "de invoer van uw gegevens", "invoeren"),
    ("Bij de aanvraag van een paspoort wordt een pasfoto gevraagd.", "de aanvraag van een paspoort", "aanvragen"),
    ("De opvang van de vluchtelingen door de gemeente begint in juni.",
     "De opvang van de vluchtelingen door de gemeente", "opvangen"),
    ("De inventarisatie van de schade door de expert duurt een week.",
     "De inventarisatie van de schade door de expert", "inventariseren"),
])
def test_acts_named(check, text, span, verb):
    found = findings(check, text)
    assert [f.text for f in found] == [span]
    assert f"het werkwoord '{verb}'" in found[0].message, found[0].message


@pytest.mark.parametrize("text, form", [
    ("De gegevens worden bewaard voor de evaluatie van de regeling.", "wie de regeling evalueert."),
    ("Na evaluatie van de proef wordt besloten of de regel blijft.", "wie de proef evalueert."),
    ("De evaluatie van het plan door de wethouder is in juni.", "'De wethouder evalueert"),
])
def test_present_of_verbs_in_ueren(check, text, form):
    found = findings(check, text)
    assert len(found) == 1 and form in found[0].message, [f.message for f in found]


@pytest.mark.parametrize("text", [
    # a thing, a text or a state
    "Met de informatie van uw zorgverzekeraar wordt uw eigen bijdrage berekend.",
    "Met de informatie van uw aanvraag wordt uw toeslag berekend.",
    "Met de specificatie van uw rekening wordt het bedrag berekend.",
    "Met de combinatie van werk en zorg wordt rekening gehouden.",
    "De documentatie van het systeem wordt bijgehouden door de leverancier.",
    # 'bij' where a thing goes with a form
    "Bij de aanvraag van uw parkeervergunning zit een kopie van uw kenteken.",
    "Bij de aanvraag van uw parkeervergunning stuurt u een kopie van uw kenteken mee.",
    # no '-eren' verb of that sense by word formation
    "De visie van het college wordt in juni besproken in de raad.",
    "De missie van de bibliotheek wordt op de website uitgelegd.",
    "De sanctie van de rechter wordt door de gemeente uitgevoerd.",
    # near-misses that stay silent
    "De inzet van de speler was geweldig.",
    "De verkoop van het huis is rond.",
    "De selectie van het Nederlands elftal wordt morgen bekendgemaakt.",
    "De installatie van de school wordt vervangen.",
    "De opbrengst van de verkoop wordt gebruikt voor de speeltuin.",
    "De aanvraag van uw vergunning is compleet.",
    "De situatie van het gezin wordt besproken door de consulent.",
    "De organisatie van de gemeente verandert door de bezuinigingen.",
])
def test_not_named(check, text):
    assert codes(check(text, select="DD118"), "DD118") == []


def test_bij_with_send_alone_is_still_a_moment(check):
    """'sturen' without 'mee' is no putting-with: "Bij de behandeling van uw aanvraag sturen wij
    u een brief" is 'als wij uw aanvraag behandelen'."""
    found = findings(check, "Bij de behandeling van uw aanvraag sturen wij u een brief.")
    assert [f.text for f in found] == ["de behandeling van uw aanvraag"]


def test_loan_formation():
    from duidelijk.rules.nominalisation import act_verb

    assert act_verb("publicatie") == "publiceren"
    assert act_verb("inspectie") == "inspecteren"
    assert act_verb("constructie") == "construeren"
    assert act_verb("productie") == "produceren"
    assert act_verb("distributie") == "distribueren"
    assert act_verb("consumptie") == "consumeren"
    for noun in ("visie", "missie", "sanctie", "informatie", "specificatie", "combinatie"):
        assert act_verb(noun) is None, noun


def test_present_singular_of_ueren():
    from duidelijk.verbs import present_singular

    assert present_singular("", "evalueren") == ("", "evalueert")
    assert present_singular("", "construeren") == ("", "construeert")
    assert present_singular("", "financieren") == ("", "financiert")
    assert present_singular("", "studeren") == ("", "studeert")
    assert present_singular("", "duren") == ("", "duurt")
