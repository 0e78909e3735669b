"""Thirty-eighth session, rev38e: review of DD119's setting 'written' (a pointer of written
Dutch, 'hier' + a preposition, first in its sentence or after a noun). The count of things before
the pointer: a noun in a phrase with a preposition of another noun is part of that one thing, a
time joined by 'en' is no thing. Sentences written for these tests."""
import pytest

from conftest import codes


def found(check, text):
    return [f.text for f in codes(check(text, select=["DD119"]), "DD119")]


@pytest.mark.parametrize("text", [
    # one thing, with a noun in a phrase of it: the reader takes the first noun
    "Wij hebben uw aanvraag voor een parkeervergunning ontvangen. Hierop beslissen wij binnen acht weken.",
    "Wij hebben uw melding over de kapotte lantaarnpaal in de Dorpsstraat ontvangen. "
    "Hierop komt binnen een week een monteur langs.",
    "De gemeente geeft subsidie voor de isolatie van uw woning. Een aanvraag hiervoor doet u voor 1 april.",
    "Wij sturen u het formulier voor de aanvraag van bijzondere bijstand. Hierop vult u uw inkomen in.",
    "U heeft bezwaar gemaakt tegen de hoogte van uw aanslag. Hierop hebben wij nog niet beslist.",
    # the tree is named again in the pointer's own clause: 'hierop' is on the complaint
    "Uw buurman heeft een klacht ingediend over de boom in uw tuin. Hierop hebben wij de boom bekeken.",
    # two months joined by 'en' say when: no things
    "U heeft in januari en februari de huur niet betaald. Hiermee is uw schuld opgelopen.",
])
def test_one_thing_is_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # two things on their own
    ("Wij hebben uw aanvraag en uw bezwaarschrift ontvangen. Hierop beslissen wij binnen acht weken.", "Hierop"),
    # two things joined by 'en' in the phrase of a noun: the reader has to choose
    ("Wij sturen u een kopie van het besluit en de brief van de arts. Hiervan bewaart u het best een kopie.",
     "Hiervan"),
    ("U heeft subsidie gekregen voor de isolatie van uw dak en uw vloer. De kosten hiervan moet u bewijzen.",
     "hiervan"),
    # things of their own, each with a phrase
    ("In de bijlage vindt u het verslag van het gesprek en het advies van de wijkverpleegkundige. "
     "Hierin leest u wat wij voor u kunnen doen.", "Hierin"),
])
def test_more_things_are_found(check, text, span):
    assert found(check, text) == [span]


@pytest.mark.parametrize("text", [
    # 'hiermee' with a verb of sending or telling that the writer does now: "met deze brief"
    "U heeft een afspraak gemaakt voor een nieuw paspoort en een identiteitskaart. Hiermee bevestigen wij uw afspraak.",
    "U heeft uw adres en uw telefoonnummer gewijzigd. Hiermee bevestig ik dat de wijziging is verwerkt.",
    "U heeft bezwaar gemaakt tegen de aanslag en de WOZ-waarde. Hiermee informeren wij u over de stand van zaken.",
])
def test_hiermee_of_the_letter_is_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # an act of the writer that is no sending or telling needs a thing to do it with
    ("U kunt bij ons een voedselpakket en kleding krijgen. Hiermee helpen wij u de eerste weken.", "Hiermee"),
    # a verb of sending with the reader as its subject: a thing before it
    ("U krijgt een brief en een code voor de app. Hiermee kunt u ook berichten van ons ontvangen.", "Hiermee"),
    # the writer in the past tense: no act of this letter
    ("Wij hebben de plannen en de tekeningen bekeken. Hiermee informeerden wij de buren.", "Hiermee"),
])
def test_hiermee_of_a_thing_is_found(check, text, span):
    assert found(check, text) == [span]


def test_message_says_how_to_name_what_happens(check):
    from test_own_language import masked

    from duidelijk.findings import Severity

    text = ("De gemeente controleert elk jaar de aanvragen, de betalingen en de bewijsstukken. "
            "Hierbij letten wij vooral op fouten.")
    message = codes(check(text, select=["DD119"]), "DD119")[0].message
    assert "'bij'" in message and "'bij die controle'" in message
    bad = [f for f in check(masked(message), ignore=["DD116", "DD115"]).findings
           if f.severity.rank >= Severity.WARNING.rank]
    assert bad == [], message
