"""DD104 of the thirty-ninth session (rules39e). Sentences written for these tests.

A compound adjective of a noun and a relational head ("hand" + "matig", "persoons" +
"gebonden", "straf" + "rechtelijk", "inkomens" + "afhankelijk": ``wordlists/relational_heads.tsv``)
is written Dutch: speech says "met de hand", "voor één persoon", "volgens het strafrecht",
"hangt af van uw inkomen". With the setting ``relational_adjectives`` (on) such an adjective
that speech does not use at the plain bar gets the loanword bar and is as familiar as the
whole word, not as its parts. One that speech uses as a word of its own keeps the plain bar
("regelmatig", "kunstmatig") (docs/judged.md, thirty-ninth session, rules39e)."""

import pytest

from conftest import codes

from duidelijk.rules.difficult_words import DifficultWord, relational_adjective, relational_whole

OFF = {"DD104": {"relational_adjectives": False}}


def found(check, text, **settings):
    return [text[f.start:f.end] for f in codes(check(text, select="DD104", **settings), "DD104")]


HARD = [
    ("De gemeente kiest voor een persoonsgebonden aanpak.", "persoonsgebonden"),
    ("Hij wordt strafrechtelijk vervolgd voor de inbraak.", "strafrechtelijk"),
    ("De verkeerstechnische aanpassingen aan de kruising zijn klaar.", "verkeerstechnische"),
    ("Een medewerker doet daarna een handmatige controle.", "handmatige"),
    ("U kunt uw gegevens ook handmatig invullen.", "handmatig"),
    ("Laat eerst een bouwkundige keuring van het huis doen.", "bouwkundige"),
    ("Dit is een tijdgebonden aanbod voor nieuwe klanten.", "tijdgebonden"),
]


@pytest.mark.parametrize("text, word", HARD)
def test_relational_adjective_is_hard(check, text, word):
    assert word in found(check, text)


@pytest.mark.parametrize("text, word", HARD)
def test_not_hard_with_the_setting_off(check, text, word):
    assert word not in found(check, text, rules=OFF)


def test_setting_is_on_by_default():
    assert DifficultWord.settings["relational_adjectives"] is True


# everyday words, with a relational head and without, that stay quiet
EVERYDAY = [
    "Wij bellen u regelmatig om te horen hoe het gaat.",
    "Na de operatie heeft zij een kunstmatige heup.",
    "De deskundige komt volgende week bij u thuis.",
    "Deze verf is milieuvriendelijk en droogt snel.",
    "Zij is financieel onafhankelijk van haar ouders.",
    "U kunt gratis juridische hulp krijgen.",
    "Dit is een wetenschappelijk onderzoek van de universiteit.",
    "De brief is aan u gericht.",
    "De hond is erg afhankelijk van zijn baas.",
    "De prijs is matig en het eten is goed.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_stay_quiet(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("word, pos, whole", [
    ("persoonsgebonden", "ADJ", "persoonsgebonden"),
    ("inkomensafhankelijke", "ADJ", "inkomensafhankelijk"),
    ("handmatige", "ADJ", "handmatig"),
    ("deskundige", "ADJ", ""),  # "des" is no noun of four letters
    ("gericht", "VERB", ""),  # the head alone
    ("afhankelijke", "ADJ", ""),
    ("ongericht", "ADJ", ""),
    ("persoonsgebonden", "NOUN", ""),  # not an adjective
])
def test_relational_whole(word, pos, whole):
    assert relational_whole(word, pos) == whole


def test_speech_keeps_its_own_words():
    assert relational_adjective("regelmatig", "ADJ", 3.5) == ""
    assert relational_adjective("kunstmatige", "ADJ", 3.5) == ""
    assert relational_adjective("handmatige", "ADJ", 3.5) == "handmatig"
