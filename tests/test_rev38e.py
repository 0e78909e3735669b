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
