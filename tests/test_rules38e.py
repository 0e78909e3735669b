"""Thirty-eighth session, rules38e: DD119's setting 'written' (on by default). A pointer of
written Dutch, 'hier' + a preposition, first in its sentence or after a noun, where the words
before it name two or more things it can stand for: the reader must look back and choose.
Sentences written for these tests."""
import pytest

from conftest import codes

OFF = {"DD119": {"written": False}}


def found(check, text, rules=None):
    return [f.text for f in codes(check(text, select=["DD119"], rules=rules or {}), "DD119")]


@pytest.mark.parametrize("text, span", [
    # first in the sentence, after a sentence with two or more things
    # (rules39f: "Hiermee is een belangrijke stap gezet" after one act is the whole statement: not found)
    ("De gemeente heeft een website en een app over afval gemaakt. "
     "Hiermee ziet u wanneer de container wordt geleegd.", "Hiermee"),
    ("De gemeente controleert elk jaar de aanvragen, de betalingen en de bewijsstukken. "
     "Hierbij letten wij vooral op fouten.", "Hierbij"),
    ("Wij sturen u een kopie van het besluit en de brief van de arts. Hiervan bewaart u het best een kopie.",
     "Hiervan"),
    ("In de bijlage vindt u het rapport van de arts en het advies van de consulent. "
     "Hierin leest u waarom wij zo hebben besloten.", "Hierin"),
    ("Wij kregen een klacht van uw buurman en een melding van de wijkagent. Hierop hebben wij de boom bekeken.",
     "Hierop"),
    # "Hiermee heeft u ..." has the word order of the letter formula, but only 'hierbij' is the formula
    # (rules39f: "Hiermee heeft u de regels overtreden" after what the reader did is the whole
    # statement, not found; here 'hebben' is the verb itself, and a thing is meant)
    ("U krijgt van ons een brief en een formulier. Hiermee heeft u alles voor uw aanvraag.", "Hiermee"),
    # after a noun
    ("De medewerker vergelijkt uw loonstroken met de gegevens van de Belastingdienst. "
     "De uitkomst hiervan bepaalt of u een controle krijgt.", "hiervan"),
    ("Wij vervangen de ramen en de deuren van uw woning. De kosten hiervan betaalt de verhuurder.", "hiervan"),
])
def test_found(check, text, span):
    assert found(check, text) == [span]


@pytest.mark.parametrize("text", [
    # one thing before it: the reader finds it at once
    "U heeft een nieuwe pas aangevraagd. Hiervan krijgt u binnen een week bericht.",
    "De afvalpas is gratis. Hiermee kunt u uw afval wegbrengen.",
    "Uw aanvraag is binnen. Hierop beslissen wij binnen acht weken.",
    "Wij hebben uw bezwaar ontvangen. Een kopie hiervan sturen wij naar de afdeling.",
    # 'hiervoor' first on a verb: to do the act just named
    "U moet uw afval scheiden in de keuken en in de tuin. Hiervoor krijgt u twee containers.",
    # the letter formula
    "Op 3 mei vroeg u een vergunning aan voor de bouw van een schuur. Hierbij ontvangt u ons besluit.",
    # the sentence names the thing itself
    "Wij nemen maatregelen tegen de overlast in de straat. Denk hierbij aan extra controles.",
    # a part of the set
    "Wij hebben de bomen en de struiken in het park geteld. De helft hiervan is ziek.",
    # a fixed group of words
    "U heeft inkomsten uit werk en uit een uitkering niet doorgegeven. Als gevolg hiervan krijgt u te veel geld.",
    # places in the text and causes stay out
    "U leest de regels en de bedragen in deze brief. Hieronder staat wat u moet doen.",
    "De weg en de stoep worden opnieuw gemaakt. Hierdoor is de straat een week dicht.",
    # in the middle of the sentence, on a verb: the setting 'pointers'
    "Uw aanvraag en de bijlagen zijn binnen. Wij maken hiervan een kopie.",
    # speech: 'daar' + preposition, or the thing named
    "Het college heeft het plan voor de sporthal en het zwembad besproken met de raad. Daarmee is een stap gezet.",
    "De gemeente controleert de aanvragen en de betalingen. Bij die controle letten wij op fouten.",
])
def test_not_found(check, text):
    assert found(check, text) == []


def test_on_by_default_and_a_setting(check):
    text = "Een van de computers combineert al deze gegevens. Hiermee bepalen wij of u een brief krijgt."
    assert [f.text for f in codes(check(text), "DD119")] == ["Hiermee"]
    assert found(check, text, OFF) == []


def test_message_says_what_to_do_and_is_plain(check):
    from test_own_language import masked

    from duidelijk.findings import Severity

    text = "Een van de computers combineert al deze gegevens. Hiermee bepalen wij of u een brief krijgt."
    message = codes(check(text, select=["DD119"]), "DD119")[0].message
    assert "schrijftaal" in message and "'met'" in message
    bad = [f for f in check(masked(message), ignore=["DD116", "DD115"]).findings
           if f.severity.rank >= Severity.WARNING.rank]
    assert bad == [], message
