"""rev42: mends after the review of the forty-second session's rule changes on fresh sentences.

- DD103 "informeren naar" (rules42d) asks only when 'naar' is the verb's own and the verb tells
  no one: not "Wij informeren u naar aanleiding van ...", not a 'naar' in another clause;
- DD103 "persoonsgegevens" -> 'gegevens' (rules42d): the copula "zijn" is no owner's word;
- DD104 an imperative read as a noun (rules42c) also after "en"/"of" that follow an order, and
  with an adverb before its object ("ververs dan de pagina");
- DD103 a participle without "ge-" in "-t" that opens a line without a subject is a participle
  ("Verstrekt op 1 juni 2026" -> 'Gegeven', not 'Geeft').
- DD103 "acht" in a clock time ("vóór half acht") is the hour, no form of "achten".
All sentences written for these tests.
"""

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document


def findings(text: str, code: str) -> list:
    config = Config()
    [report] = analyse([text_document(text, None, config.placeholders)], config)
    return [(text[f.start:f.end], f.suggestions, f.message) for f in report.findings if f.code == code]


# --- "informeren naar" ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wij informeren u naar aanleiding van uw vraag over de nieuwe regels.",
    "Wij informeren de bewoners die naar de nieuwe wijk verhuizen.",
    "Wij informeren u voordat we naar uw huis komen.",
    "Wij hebben de buren geïnformeerd naar aanleiding van uw klacht.",
    "De wijkagent informeert de bewoners naar aanleiding van de inbraken.",
])
def test_informeren_with_another_naar_tells(text):
    found = findings(text, "DD103")
    assert found
    for span, suggestions, message in found:
        assert "naar" not in span.split()[1:] or span.lower().startswith("naar aanleiding"), found
        assert "vragen" not in message and "gevraagd" not in suggestions, found


def test_naar_aanleiding_van_keeps_its_own_finding():
    found = findings("Wij informeren u naar aanleiding van uw vraag over de nieuwe regels.", "DD103")
    assert any(span == "naar aanleiding van" for span, _, _ in found), found


@pytest.mark.parametrize("text, span, plain", [
    ("Ik heb bij de balie geïnformeerd naar de kosten van een paspoort.", "geïnformeerd", "gevraagd"),
    ("U kunt bij ons informeren naar de openingstijden.", "informeren naar", "vragen naar"),
    ("Heeft u geïnformeerd naar de mogelijkheden?", "geïnformeerd", "gevraagd"),
])
def test_informeren_naar_still_asks(text, span, plain):
    found = [f for f in findings(text, "DD103") if f[0] == span]
    assert found and found[0][1][:1] == [plain], findings(text, "DD103")


def test_informeren_naar_with_words_between_still_asks():
    found = findings("De medewerker informeert bij de GGD naar de regels.", "DD103")
    assert any("vragen naar" in message for _, _, message in found), found


# --- "persoonsgegevens" after "zijn" ------------------------------------------------------------

@pytest.mark.parametrize("text", ["Welke gegevens zijn persoonsgegevens?",
                                  "Uw naam en adres zijn persoonsgegevens."])
def test_copula_zijn_is_no_owner(text):
    [(span, suggestions, _)] = [f for f in findings(text, "DD103") if f[0] == "persoonsgegevens"]
    assert suggestions == []


@pytest.mark.parametrize("text", ["Zijn persoonsgegevens staan in het dossier.",
                                  "Haar persoonsgegevens zijn gewijzigd."])
def test_possessive_zijn_and_haar_stay_owners(text):
    [(span, suggestions, _)] = [f for f in findings(text, "DD103") if f[0] == "persoonsgegevens"]
    assert suggestions[:1] == ["gegevens"]


# --- an imperative after "en"/"of" or before an adverb ----------------------------------------

@pytest.mark.parametrize("text", [
    "Lukt het niet, sluit dan de browser en ververs de pagina.",
    "Sluit de browser of ververs de pagina.",
    "Lukt het niet, ververs dan de pagina.",
    "Ververs eerst uw browser.",
])
def test_imperative_in_more_places(text):
    assert not [f for f in findings(text, "DD104") if f[0].lower() == "ververs"]


@pytest.mark.parametrize("text", [
    "In de fabriek werkten schilders en ververs de hele dag door.",
    "De ververs van de firma Jansen heeft de stoffen geleverd.",
    "De schilders en ververs de hele week.",
])
def test_noun_ververs_stays_hard(text):
    assert [f for f in findings(text, "DD104") if f[0].lower() == "ververs"]


# --- a participle without "ge-" opening a status line -------------------------------------------

def test_participle_on_status_line():
    [(span, suggestions, _)] = findings("Verstrekt op 1 juni 2026", "DD103")
    assert suggestions[:1] == ["Gegeven"]


@pytest.mark.parametrize("text, plain", [
    ("De gemeente verstrekt de pas.", "geeft"),
    ("Verstrekt de gemeente de pas?", "Geeft"),
    ("Dat de gemeente de pas verstrekt, is bekend.", "geeft"),
])
def test_present_tense_stays_finite(text, plain):
    [(span, suggestions, _)] = findings(text, "DD103")
    assert suggestions[:1] == [plain]


# --- 'acht' in a clock time ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "U kunt uw oud papier elke dinsdag vóór half acht 's ochtends aan de straat zetten.",
    "Tot half acht is de balie open.",
])
def test_acht_of_a_clock_time_is_no_verb(text):
    assert not [f for f in findings(text, "DD103") if f[0] == "acht"]


@pytest.mark.parametrize("text, span", [("Dit acht ik niet redelijk.", "acht"),
                                        ("Wij achten het niet nodig.", "achten")])
def test_achten_stays(text, span):
    assert [f for f in findings(text, "DD103") if f[0] == span]
