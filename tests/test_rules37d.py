"""DD104 of the thirty-seventh session (rules37d). Sentences written for these tests.

An adjective in "-matig" made from a noun ("handmatig", "rechtmatig") is written Dutch: the
suffix says 'in the way of' or 'by the rule of' the noun, where speech says "met de hand",
"volgens de regels". With the setting ``matig_adjectives`` such a word gets the loanword bar,
unless speech uses it at the plain bar ("kunstmatig"). The setting is off by default: on the
tunable sets it made 9 new findings, fewer than the 10 this session's bar asks
(docs/judged.md, thirty-seventh session, rules37d)."""

import pytest

from conftest import codes

from duidelijk.rules.difficult_words import DifficultWord, matig_adjective

ON = {"DD104": {"matig_adjectives": True}}


def found(check, text, **settings):
    return [text[f.start:f.end] for f in codes(check(text, select="DD104", **settings), "DD104")]


@pytest.mark.parametrize("text, word", [
    ("U kunt uw gegevens ook handmatig invullen.", "handmatig"),
    ("Daarna doet een medewerker een handmatige controle.", "handmatige"),
    ("De buren maken overmatig veel lawaai in de nacht.", "overmatig"),
])
def test_matig_adjective_is_hard_with_the_setting(check, text, word):
    assert found(check, text, rules=ON) == [word]


def test_setting_is_off_by_default(check):
    # the thirty-ninth session's setting relational_adjectives (on, rules39e) includes the
    # "-matig" adjectives: without it, this setting's default finds nothing
    assert DifficultWord.settings["matig_adjectives"] is False
    off = {"DD104": {"relational_adjectives": False}}
    assert found(check, "U kunt uw gegevens ook handmatig invullen.", rules=off) == []


# everyday words, with "-matig" and without, that stay quiet with the setting on
EVERYDAY = [
    "Wij bellen u regelmatig om te horen hoe het gaat.",
    "Hij werkt in onregelmatige diensten in het ziekenhuis.",
    "Het gras op het veld is kunstmatig.",
    "Het weer was matig, maar het bleef droog.",
    "Zij reageerde gematigd op het nieuws.",
    "Wij kiezen willekeurig tien huizen in de straat.",
    "U krijgt dagelijks een bericht van ons.",
    "De huur betaalt u maandelijks.",
    "Lees de brief zorgvuldig door.",
    "Wees voorzichtig met vuurwerk.",
    "U krijgt eenmalig een bedrag van 100 euro.",
    "Geef het schriftelijk aan ons door.",
    "Het formulier is ingewikkeld.",
    "Dat is een vriendelijke buurman.",
    "De weg is gevaarlijk bij regen.",
    "De huur is betaalbaar voor de meeste mensen.",
    "Het loket is goed bereikbaar met de bus.",
    "Hij is eerlijk over zijn inkomen.",
    "Het gebouw is goed zichtbaar vanaf de straat.",
    "Zij is gelukkig met haar nieuwe huis.",
    "De wijkagent komt regelmatig langs.",
    "Het is waarschijnlijk morgen klaar.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_stay_quiet(check, text):
    assert found(check, text, rules=ON) == []


@pytest.mark.parametrize("word, expected", [
    ("handmatig", True), ("rechtmatig", True), ("stelselmatig", True),
    ("kunstmatig", False),  # said at the plain bar
    ("regelmatig", False),  # said at the plain bar (and common enough by its own frequency)
    ("matig", False), ("gematigd", False), ("handig", False),
])
def test_matig_adjective(word, expected):
    assert matig_adjective(word, word, "ADJ", 3.5) is expected
