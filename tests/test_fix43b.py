"""DD102 of the forty-third session (fix43b): which verb a "door" phrase belongs to, and "zijn te"
+ a verb of finding or perceiving that says what there is. Sentences written for these tests."""

import pytest

from conftest import codes

NAMED = "Zet voorop wie het doet."
UNNAMED = "Er staat niet wie het doet."


def found(check, text):
    return {f.text: f for f in codes(check(text, select="DD102"), "DD102")}


# --- 1. a "door" phrase that closes a relative clause is that clause's doer, not the main verb's

@pytest.mark.parametrize("text, relative, main", [
    ("De plannen die zijn gekozen door de bewoners van de wijk en die binnen het budget passen worden uitgevoerd.",
     "zijn gekozen", "worden uitgevoerd"),
    ("De bomen die het vaakst zijn genoemd door kinderen uit de buurt en die gezond zijn worden gespaard.",
     "zijn genoemd", "worden gespaard"),
    ("De brief die is verstuurd door de gemeente wordt morgen bezorgd.", "is verstuurd", "wordt morgen bezorgd"),
    ("De aanvragen die zijn goedgekeurd door de commissie worden binnen een maand betaald.",
     "zijn goedgekeurd", "worden binnen een maand betaald"),
])
def test_door_phrase_of_relative_clause(check, text, relative, main):
    result = found(check, text)
    assert NAMED in result[relative].message  # the relative clause names its doer
    assert UNNAMED in result[main].message  # the main clause does not
    assert result[main].suggestions == []  # no rewrite that makes the relative clause's doer act


def test_relative_clause_doer_gives_no_wrong_rewrite(check):
    # was: "De gemeente bezorgt de brief die is verstuurd morgen."
    result = found(check, "De brief die is verstuurd door de gemeente wordt morgen bezorgd.")
    assert not any("De gemeente bezorgt" in s for f in result.values() for s in f.suggestions)


@pytest.mark.parametrize("text, span", [
    # the main verb's own "door" phrase stays its doer
    ("Uw aanvraag wordt beoordeeld door de afdeling Vergunningen.", "wordt beoordeeld"),
    ("De subsidie wordt verdeeld door de gemeente.", "wordt verdeeld"),
    ("De formulieren die zijn ingevuld door de aanvragers worden door ons beoordeeld.",
     "worden door ons beoordeeld"),
    # a relative clause inside the doer itself
    ("De brief wordt door de medewerker die uw zaak behandelt ondertekend.",
     "wordt door de medewerker die uw zaak behandelt ondertekend"),
    # after a clause between commas, the phrase goes with the main verb
    ("De aanvraag wordt, nadat alle stukken binnen zijn en de kosten zijn betaald, beoordeeld door een medewerker.",
     "wordt, nadat alle stukken binnen zijn en de kosten zijn betaald, beoordeeld"),
])
def test_own_door_phrase_stays(check, text, span):
    assert NAMED in found(check, text)[span].message


def test_rewrite_with_own_doer_stays(check):
    assert found(check, "De subsidie wordt verdeeld door de gemeente.")["wordt verdeeld"].suggestions == [
        "De gemeente verdeelt de subsidie."]


# --- 1b. a doer far from the verb, which the parse hung on a word of an "als" phrase

@pytest.mark.parametrize("text, span", [
    ("Deze gegevens worden dagelijks aangeleverd als open data bestand door Stichting Nationale Intensive Care "
     "Evaluatie (NICE), een samenwerkingsverband van ziekenhuizen.", "worden dagelijks aangeleverd"),
    ("De rapporten worden elke week aangeleverd als pdf-bestand door Stichting Open Wijkdata, een samenwerking "
     "van buurthuizen in de stad.", "worden elke week aangeleverd"),
    ("Uw aanvraag wordt binnen acht weken na ontvangst zorgvuldig bekeken door een medewerker van het team "
     "Vergunningen.", "wordt binnen acht weken na ontvangst zorgvuldig bekeken"),
])
def test_far_doer_is_named(check, text, span):
    assert NAMED in found(check, text)[span].message


@pytest.mark.parametrize("text, span", [
    ("De straat wordt opgeknapt.", "wordt opgeknapt"),
    ("De cijfers worden elke dag aangeleverd als los bestand.", "worden elke dag aangeleverd"),
])
def test_no_doer_stays_unnamed(check, text, span):
    assert UNNAMED in found(check, text)[span].message


def test_not_passive(check):
    assert found(check, "Ik word morgen 40.") == {}


# --- 2. "zijn te" + vinden/zien with "geen", "weinig", "veel" before the subject: what there is

@pytest.mark.parametrize("text", [
    "In het rioolwater is daar meestal geen ontlasting te vinden.",
    "Omdat daar in het water nauwelijks vuil te vinden is, is het water schoon.",
    "In de tekst zijn geen fouten te vinden.",
    "In het park zijn weinig vogels te zien.",
    "Op de website is veel informatie te vinden over afval.",
    "Weinig mensen zijn te vinden voor dit werk.",
])
def test_there_is(check, text):
    assert found(check, text) == {}


@pytest.mark.parametrize("text", [
    # a definite subject: the reader can do it ("U vindt de uitslag op Mijn Amsterdam")
    "De uitslag is op Mijn Amsterdam te vinden.",
    "Het formulier is te vinden op onze website.",
    "De openingstijden zijn te vinden op de website.",
    "Alle informatie is op de website te vinden.",
    "Meer informatie is te vinden op onze website.",
    "Het formulier is niet te vinden op de website.",
    "Geen van de formulieren is op de website te vinden.",
    "De kosten zijn op de factuur terug te vinden.",
    "Uw gegevens zijn op Mijn Omgeving in te zien.",
    # other verbs: an act with a natural doer, also with "geen"
    "De formulieren zijn te downloaden op onze website.",
    "Geen enkel formulier is nog aan te vragen.",
    "Het formulier is aan te vragen bij de balie.",
])
def test_modal_passive_stays(check, text):
    assert any("betekent dat iemand iets kan of moet doen" in f.message for f in found(check, text).values())
