"""DD104 of the forty-first session (rules41b). Sentences written for these tests.

A compound of two parts that Dutch text seldom writes, whose head names a frame and not a thing
or an act (a kind, a system, a stage, a standing: ``wordlists/frame_heads.tsv``), is known as a
whole or not at all: "toetsingsfase", "zorgmodel", "meldsysteem". With the setting
``frame_heads`` (off by default) DD104 rates such a word as familiar as the whole word, not as
its easy parts. After a thing ("fietstype", "boomsoort"), a rank ("hoofdcategorie") or a place
in a course ("beginfase") the frame says no more than its parts, and a compound that text
writes often stays quiet too."""

import pytest

from conftest import codes

from duidelijk.findings import Severity
from duidelijk.dictionary import frame_compound, frame_heads
from duidelijk.rules.difficult_words import DifficultWord

ON = {"DD104": {"frame_heads": True}}


def found(check, text, **settings):
    return [(f.code, text[f.start:f.end]) for f in codes(check(text, select=["DD104"], **settings))]


HARD = [
    ("Uw bezwaar zit nu in de toetsingsfase.", "toetsingsfase"),
    ("De gemeente werkt met een nieuw zorgmodel voor de wijkteams.", "zorgmodel"),
    ("Tijdens de bezwaarfase kijkt een commissie opnieuw naar uw zaak.", "bezwaarfase"),
    ("Via het meldsysteem komt uw melding bij de juiste afdeling.", "meldsysteem"),
    ("Elke aanvraag krijgt een zorgcategorie.", "zorgcategorie"),
]


@pytest.mark.parametrize("text, word", HARD)
def test_rare_compound_with_a_frame_head_is_hard_with_the_setting(check, text, word):
    assert found(check, text, rules=ON) == [("DD104", word)]


@pytest.mark.parametrize("text, word", HARD)
def test_setting_is_off_by_default(check, text, word):
    assert DifficultWord.settings["frame_heads"] is False
    assert found(check, text) == []


def test_a_new_frame_compound_is_a_suggestion_not_a_warning(check):
    # the whole is a word text never writes (familiarity 0), but its parts are easy: the
    # setting does not make it a warning by this alone
    text = HARD[0][0]
    findings = [f for f in codes(check(text, select=["DD104"], rules=ON)) if f.code == "DD104"]
    assert [f.severity for f in findings] == [Severity.SUGGESTION]


EVERYDAY = [
    # after a thing the frame is that thing's: the reader can picture it
    "Welk fietstype past het best bij uw werk?",
    "De eik is een boomsoort die hier veel staat.",
    # a rank or a place in a course means no more than the head
    "Kies eerst een hoofdcategorie en daarna een onderwerp.",
    "In de beginfase van de bouw is er wat meer lawaai.",
    "Het project zit nu in de eindfase.",
    # a compound text writes often enough is a word of its own
    "Welke leeftijdscategorie hoort bij uw kind?",
    # an everyday compound with a head outside the list
    "U kunt kiezen uit drie betaalmethoden.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_frame_compounds_stay_quiet(check, text):
    assert found(check, text, rules=ON) == []


def test_frame_compound_reads_the_head_and_the_first_part():
    assert frame_compound("toetsingsfase", "toetsingsfase")
    assert frame_compound("zorgmodellen", "zorgmodel")  # a plural head
    assert not frame_compound("fietstype", "fietstype")  # a thing first
    assert not frame_compound("subcategorie", "subcategorie")  # a rank first
    assert not frame_compound("tussenfase", "tussenfase")  # a place in a course first
    assert not frame_compound("betaalmethode", "betaalmethode")  # no frame head
    assert not frame_compound("fase", "fase")  # no compound


def test_frame_heads_leave_out_the_everyday_manner_words():
    heads = frame_heads()
    assert {"categorie", "systeem", "model", "fase", "status", "set"} <= heads
    assert not heads & {"methode", "manier", "aanpak", "vorm", "onderdeel", "deel", "waarde", "niveau"}


# DD105: a long word of that kind is no everyday compound with its own setting frame_heads (off)
LONG_ON = {"DD104": {"frame_heads": True}, "DD105": {"frame_heads": True}}
LONG = [
    ("Uw aanvraag zit nu in de beoordelingsfase.", "beoordelingsfase"),
    ("De gemeente werkt met een nieuw registratiesysteem.", "registratiesysteem"),
]


@pytest.mark.parametrize("text, word", LONG)
def test_long_frame_compound_is_a_long_word_with_the_setting(check, text, word):
    got = [(f.code, text[f.start:f.end]) for f in codes(check(text, select=["DD104", "DD105"], rules=LONG_ON))]
    assert got == [("DD105", word)]


@pytest.mark.parametrize("text, word", LONG)
def test_long_frame_compound_passes_by_default(check, text, word):
    from duidelijk.rules.long_words import LongWord

    assert LongWord.settings["frame_heads"] is False
    assert codes(check(text, select=["DD104", "DD105"])) == []
